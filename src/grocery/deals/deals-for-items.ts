import type { DealRepository } from '../../store/deals/index.js';
import type { Product } from '../types.js';
import { activeDealsIn, rankedDealsIn, withProduct, type ActiveDeal, type RankedDeal } from './active-deals.js';
import { dealIndex } from './deal-index.js';

/** A list item to look up deals for. */
export interface DealItem {
  name: string;
  productId?: number | null;
}

/** How a deal relates to the list item it was found for. */
export type DealMatch = 'listed_product' | 'same_category' | 'name';

/** Deals found for one list item. */
export interface ItemDeals {
  item: DealItem;
  deals: { deal: ActiveDeal; match: DealMatch; text: string }[];
}

/** Deals on other products of the same kind, per item, so a long category does not flood the reply. */
export const RELATED_DEALS_PER_ITEM = 3;

/**
 * Matches list items to current deals. A linked item gets the deals on its own product first,
 * then deals on other products of the same category ("eggs are on the list: Great Value Large
 * Eggs 18 ct is on rollback"). An unlinked item is matched by name: to the category whose words
 * all appear in the item name ("large eggs" -> eggs); when no category fits, to products whose
 * brand and name contain every word of the item ("tide" -> Tide Pods), then to the category of
 * `opts.bestMatch(name)` (the catalog's list-line matcher, which knows synonyms and typos).
 * Items without deals are left out.
 */
export function dealsForItems(
  deals: DealRepository,
  items: readonly DealItem[],
  opts: { bestMatch?: (name: string) => Product | undefined; getMany?: (ids: readonly number[]) => Map<number, Product> } = {},
): ItemDeals[] {
  // Products by id: the catalog's reader when given (rows read as arrays, which is quicker), else the deal repository's.
  const read = opts.getMany ?? ((ids: readonly number[]) => deals.products(ids));
  const index = dealIndex(deals);
  if (index.deals.length === 0) return [];
  // Deals are ranked per category, and all of them only for an item matched by product name, so a
  // list of ten groceries ranks ten small slices rather than every deal in the store. Rankings
  // need only today's prices; a deal's product is read when the deal is picked (a few per item).
  const byCategory = new Map<string, RankedDeal[]>();
  const inCategory = (category: string) => {
    const key = category.toLowerCase();
    let ranked = byCategory.get(key);
    if (!ranked) byCategory.set(key, (ranked = rankedDealsIn(deals, index, { category })));
    return ranked;
  };
  const products = new Map<number, Product | undefined>();
  const withItsProduct = (d: RankedDeal): ActiveDeal | undefined => {
    if (!products.has(d.productId)) products.set(d.productId, read([d.productId]).get(d.productId));
    return withProduct(d, products.get(d.productId));
  };
  // Name matching reads only the deals whose product text holds every word's stem (the index does
  // the substring test; the whole-word test below keeps the answer exact). They are few, and each
  // needs its product for that test, so they are read whole at once.
  const namedDeals = (words: readonly string[]) => activeDealsIn(deals, index, { nameContains: words.map(stemFragment), limit: Number.MAX_SAFE_INTEGER }, read);
  const categories = index.categories;
  const linked = read(items.map((i) => i.productId).filter((id): id is number => typeof id === 'number'));
  const out: ItemDeals[] = [];
  for (const item of items) {
    const product = typeof item.productId === 'number' ? linked.get(item.productId) : undefined;
    const found: ItemDeals['deals'] = [];
    const add = (ranked: RankedDeal, match: DealMatch) => {
      if (found.some((f) => f.deal.productId === ranked.productId)) return;
      const deal = withItsProduct(ranked);
      if (deal) found.push({ deal, match, text: `${item.name} ${isOrAre(item.name)} on the list: ${deal.text}` });
    };
    const addFromCategory = (category: string, max: number) => {
      for (const d of inCategory(category)) {
        if (found.length >= max) break;
        if (d.productId !== product?.id) add(d, 'same_category');
      }
    };
    if (product) {
      for (const d of inCategory(product.category)) if (d.productId === product.id) add(d, 'listed_product');
      addFromCategory(product.category, found.length + RELATED_DEALS_PER_ITEM);
    } else {
      // A category named by the item is what the person means ("eggs" is the eggs aisle, not an
      // egg sandwich). Otherwise products whose brand and name hold every word ("tide"), then the
      // category of the catalog's best match for the line ("soda" -> soft drinks).
      const words = wordsOf(item.name);
      const named = bestCategory(words, categories);
      if (named !== undefined) {
        addFromCategory(named, RELATED_DEALS_PER_ITEM);
      } else {
        for (const d of words.length > 0 ? namedDeals(words) : []) {
          if (found.length >= RELATED_DEALS_PER_ITEM) break;
          products.set(d.productId, d.product);
          if (containsAll(wordsOf(`${d.product.brand ?? ''} ${d.product.name}`), words)) add(d, 'name');
        }
        const matched = found.length < RELATED_DEALS_PER_ITEM ? opts.bestMatch?.(item.name) : undefined;
        if (matched) addFromCategory(matched.category, RELATED_DEALS_PER_ITEM);
      }
    }
    if (found.length > 0) out.push({ item, deals: found });
  }
  return out;
}

// The categories' words, per copy of the deal index (so per change of the catalog).
const categoryWords = new WeakMap<readonly string[], { category: string; words: string[] }[]>();

/** The category whose words all appear in the item's words, preferring the most specific one. */
function bestCategory(words: readonly string[], categories: readonly string[]): string | undefined {
  const have = new Set(words);
  let best: { category: string; size: number } | undefined;
  let split = categoryWords.get(categories);
  if (!split) categoryWords.set(categories, (split = categories.map((category) => ({ category, words: wordsOf(category) }))));
  for (const { category, words: need } of split) {
    if (need.length > 0 && need.every((w) => have.has(w)) && (!best || need.length > best.size)) {
      best = { category, size: need.length };
    }
  }
  return best?.category;
}

function containsAll(have: readonly string[], need: readonly string[]): boolean {
  const set = new Set(have);
  return need.every((w) => set.has(w));
}

/** Lower-case words with a plural "s"/"es" taken off, so "eggs" meets "egg" and "tomatoes" meets "tomato". */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(singular);
}

/**
 * A substring every spelling of the word contains once singularised: "berry" is "berries" in
 * product names, so the fragment is "berr"; every other rule of {@link singular} only trims.
 */
function stemFragment(word: string): string {
  return word.length > 1 && word.endsWith('y') ? word.slice(0, -1) : word;
}

function singular(w: string): string {
  if (w.length > 4 && /(ches|shes|xes|oes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 2 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function isOrAre(name: string): string {
  const last = name.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return last.length > 2 && last.endsWith('s') && !last.endsWith('ss') ? 'are' : 'is';
}
