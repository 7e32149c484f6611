import { z } from 'zod';
import { joinAll } from '../grocery/lists/index.js';
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

/**
 * match_deals: current deals on what is on a list (or on named items: "is Tide on sale?"). An
 * empty list gets the store's best deals instead of a dead end.
 */
export function matchDealsTool(deps: Pick<ToolDeps, 'deals' | 'lists' | 'demoStore' | 'substitutes' | 'preferences'>): ToolDefinition<typeof input> {
  return {
    name: 'match_deals',
    description: 'Current deals on a list or on named items.',
    input,
    execute({ list, items }, ctx): ToolResult {
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
      const lines: string[] = [];
      const products: Product[] = [];
      for (const entry of found) {
        for (const d of entry.deals) {
          if (products.some((p) => p.id === d.deal.productId)) continue;
          products.push(d.deal.product);
          lines.push(`${products.length}) ${d.text}`);
        }
      }
      if (products.length === 0 && !items) {
        // No deal on the list: the swaps that would cost less are the next best answer to "how can I save".
        const swaps = cheaperSwaps(deps, ctx.userId, onList);
        if (swaps.length) {
          const text = withDemoNote(`No deals on ${where} right now. To spend less, you could swap:\n${swaps.map((w, i) => `${i + 1}) ${w.text}`).join('\n')}`, deps.demoStore);
          const offered = swaps.map((w) => w.product);
          return { ok: true, data: { deals: [], swaps: offered.map((p) => p.id) }, text, choices: productChoices(offered), effects: { shown: shownProducts(offered) } };
        }
      }
      if (products.length === 0) {
        const none = items ? `${sentenceList(items)} ${items.length === 1 ? "isn't" : "aren't"} on sale right now.` : `No deals on ${where} right now.`;
        // "ok, add it" next turn means the item asked about.
        const touched = items?.map((name) => ({ name }));
        return { ok: true, data: { deals: [] }, text: `${none} Say "track the price of ..." and I'll tell you when it drops.`, effects: touched ? { touched } : undefined };
      }
      const shown = products.slice(0, MAX_SHOWN);
      const more = products.length > MAX_SHOWN ? `\n…and ${products.length - MAX_SHOWN} more.` : '';
      const text = withDemoNote(`Deals on ${where}:\n${lines.slice(0, MAX_SHOWN).join('\n')}${more}`, deps.demoStore);
      return { ok: true, data: { deals: shown.map((p) => p.id) }, text, choices: productChoices(shown), effects: { shown: shownProducts(shown) } };
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
  const text = withDemoNote(`${heading}\n${deals.map((d, i) => `${i + 1}) ${d.text}`).join('\n')}`, deps.demoStore);
  return { ok: true, data: { deals: products.map((p) => p.id) }, text, choices: productChoices(products), effects: { shown: shownProducts(products) } };
}

function sentenceList(items: readonly string[]): string {
  const text = joinAll(items);
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
