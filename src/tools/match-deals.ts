import { z } from 'zod';
import { itemKey, joinAll } from '../grocery/lists/index.js';
import type { ActiveDeal } from '../grocery/deals/index.js';
import type { Product } from '../grocery/types.js';
import { dietFilters } from './diet-filters.js';
import { listLabel, targetList } from './list-result.js';
import { productChoices, shownProducts, withDemoNote } from './product-text.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({
  list: listArg,
  items: z.array(z.string().trim().min(1).max(120)).min(1).max(30).optional().describe('items to check instead of a list'),
});

/** How many deals one reply shows. */
const MAX_SHOWN = 6;
/** How many deals on look-alikes (not on the list, not named) one reply shows at most, after the real ones. */
const MAX_SIMILAR = 3;

/**
 * match_deals: current deals on what is on a list (or on named items: "is Tide on sale?"). Deals
 * on the list's own products come first, then at most a few on similar products, said as such;
 * named items are never said to be on the list. An empty list gets the store's best deals
 * instead of a dead end, and a list without deals the swaps that would cost less.
 */
export function matchDealsTool(deps: Pick<ToolDeps, 'deals' | 'lists' | 'demoStore' | 'substitutes' | 'preferences'>): ToolDefinition<typeof input> {
  return {
    name: 'match_deals',
    description: 'Current deals on a list or on named items.',
    input,
    execute({ list, items }, ctx): ToolResult {
      const texts = new Map<number, string>();
      const badges = new Map<number, string>();
      let asked: { name: string; productId?: number | null }[];
      let onList: Product[] = [];
      let where: string;
      if (items) {
        asked = items.map((name) => ({ name }));
        where = items.join(', ');
      } else {
        const target = targetList(deps, ctx, list);
        const view = deps.lists.view(ctx.userId, target.id);
        const open = view.groups.flatMap((g) => g.lines.filter((l) => !l.checked));
        asked = open.map((l) => ({ name: l.itemName, productId: l.productId }));
        onList = open.flatMap((l) => (l.product ? [l.product] : []));
        where = `your ${listLabel(target.name)}`;
        if (asked.length === 0) return topDeals(deps, `Your ${listLabel(target.name)} is empty, so here are the best deals in the store:`);
      }
      const found = deps.deals.dealsForItems(asked);
      // What is on the list itself comes first; deals on look-alikes only after, and only a few.
      const own: Product[] = [];
      const similar: Product[] = [];
      for (const entry of found) {
        for (const d of entry.deals) {
          const product = d.deal.product;
          if (own.some((p) => p.id === product.id) || similar.some((p) => p.id === product.id)) continue;
          // The product itself, or (for a name without a product) the thing the name says: "eggs" on sale.
          const mine = d.match !== 'same_category' || (!entry.item.productId && namesCategory(entry.item.name, product.category));
          (mine ? own : similar).push(product);
          texts.set(product.id, d.deal.text);
          badges.set(product.id, dealBadge(d.deal));
        }
      }
      if (own.length === 0 && similar.length === 0 && !items) {
        // No deal on the list: the swaps that would cost less are the next best answer to "how can I save".
        const swaps = cheaperSwaps(deps, ctx.userId, onList);
        if (swaps.length) {
          const text = withDemoNote(`No deals on ${where} right now. To spend less, you could swap:\n${swaps.map((w, i) => `${i + 1}) ${w.text}`).join('\n')}`, deps.demoStore);
          const offered = swaps.map((w) => w.product);
          return { ok: true, data: { deals: [], swaps: offered.map((p) => p.id) }, text, choices: productChoices(offered), effects: { shown: shownProducts(offered) } };
        }
      }
      if (own.length === 0 && similar.length === 0) {
        const none = items ? `${sentenceList(items)} ${items.length === 1 ? "isn't" : "aren't"} on sale right now.` : `No deals on ${where} right now.`;
        // "ok, add it" next turn means the item asked about.
        const touched = items?.map((name) => ({ name }));
        return { ok: true, data: { deals: [] }, text: `${none} Say "track the price of ..." and I'll tell you when it drops.`, effects: touched ? { touched } : undefined };
      }
      const shownOwn = own.slice(0, MAX_SHOWN);
      const shownSimilar = similar.slice(0, Math.max(0, Math.min(MAX_SIMILAR, MAX_SHOWN - shownOwn.length)));
      const shown = [...shownOwn, ...shownSimilar];
      const numbered = (list: Product[], from: number) => list.map((p, i) => `${from + i + 1}) ${texts.get(p.id)}`);
      const out: string[] = [];
      if (shownOwn.length) {
        out.push(items ? `On sale now:` : `On ${where}:`, ...numbered(shownOwn, 0));
        if (own.length > shownOwn.length) out.push(`…and ${own.length - shownOwn.length} more.`);
      } else {
        out.push(items ? `${sentenceList(items)} ${items.length === 1 ? "isn't" : "aren't"} on sale right now.` : `No deals on ${where} right now.`);
      }
      if (shownSimilar.length) out.push('Deals on similar things:', ...numbered(shownSimilar, shownOwn.length));
      const text = withDemoNote(out.join('\n'), deps.demoStore);
      // "ok, add it" next turn means the item asked about; "the second one", the deal shown second.
      const touched = items?.map((name) => ({ name }));
      return {
        ok: true,
        data: { deals: shownOwn.map((p) => p.id), similar: shownSimilar.map((p) => p.id) },
        text,
        choices: productChoices(shown, badges),
        effects: { shown: shownProducts(shown), ...(touched ? { touched } : {}) },
      };
    },
  };
}

/** Swaps offered at most; lines looked at at most. */
const MAX_SWAPS = 3;
const MAX_LINES_SWAPPED = 25;

/**
 * The list's lines whose product has a cheaper stand-in the person can have (their allergies,
 * diet and brand dislikes applied), most money saved first: "Beef Choice New York Strip Steak,
 * 1 lb → Great Value ... ($2.36 less)".
 */
function cheaperSwaps(
  deps: Pick<ToolDeps, 'substitutes' | 'preferences'>,
  userId: number,
  products: readonly Product[],
): { product: Product; saves: number; text: string }[] {
  const prefs = dietFilters(deps.preferences, userId);
  const swaps: { product: Product; saves: number; text: string }[] = [];
  for (const product of products.slice(0, MAX_LINES_SWAPPED)) {
    const [best] = deps.substitutes.findSubstitutes(product, {
      cheaperOnly: true, limit: 1, avoidAllergens: prefs.avoidAllergens, dietFlags: prefs.dietFlags, avoidBrands: prefs.dislikedBrands,
    });
    if (!best || best.priceDifferenceCents >= 0 || swaps.some((w) => w.product.id === best.product.id)) continue;
    swaps.push({ product: best.product, saves: -best.priceDifferenceCents, text: `${product.name} → ${best.product.name} (${best.why})` });
  }
  return swaps.sort((a, b) => b.saves - a.saves).slice(0, MAX_SWAPS);
}

function topDeals(deps: Pick<ToolDeps, 'deals' | 'demoStore'>, heading: string): ToolResult {
  const deals = deps.deals.activeDeals({ limit: 5 });
  if (deals.length === 0) return { ok: true, data: { deals: [] }, text: 'There are no deals in the store right now.' };
  const products = deals.map((d) => d.product);
  const badges = new Map(deals.map((d) => [d.product.id, dealBadge(d)]));
  const text = withDemoNote(`${heading}\n${deals.map((d, i) => `${i + 1}) ${d.text}`).join('\n')}`, deps.demoStore);
  return { ok: true, data: { deals: products.map((p) => p.id) }, text, choices: productChoices(products, badges), effects: { shown: shownProducts(products) } };
}

/** A deal as a card's badge: "Rollback", "25% off", "Lowest in 90 days". */
function dealBadge(d: Pick<ActiveDeal, 'kind' | 'priceCents' | 'referenceCents'>): string {
  if (d.kind === 'rollback') return 'Rollback';
  if (d.kind === 'low_90d') return 'Lowest in 90 days';
  const off = Math.round((1 - d.priceCents / d.referenceCents) * 100);
  return off > 0 ? `${off}% off` : 'Deal';
}

/** True when every word of the category is in the name: "large eggs" names "eggs", "tide" names nothing. */
function namesCategory(name: string, category: string): boolean {
  const words = new Set(wordsOf(name));
  const need = wordsOf(category);
  return need.length > 0 && need.every((w) => words.has(w));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((w) => itemKey(w));
}

function sentenceList(items: readonly string[]): string {
  const text = joinAll(items);
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
