import type { DealRepository } from '../../store/deals/index.js';
import type { DealKind } from './deal-rules.js';

/** An active deal row, with what the lookups filter on. Prices are not here: they are read live. */
export interface IndexedDeal {
  productId: number;
  kind: DealKind;
  referenceCents: number;
  detectedAt: number;
  /** The product's category, lower-case. */
  category: string;
  /** `brand name`, lower-case, for name matching. */
  text: string;
}

/** The active deals and the store's categories, as of one version of the deals and products tables. */
export interface DealIndex {
  /** Active deal rows, by product id then row id. */
  deals: IndexedDeal[];
  /** Every category of the catalog, as written. */
  categories: string[];
  /** The rows of each lower-case category, in `deals` order. */
  byCategory: ReadonlyMap<string, readonly IndexedDeal[]>;
  /** The rows of each product, in `deals` order. */
  byProduct: ReadonlyMap<number, readonly IndexedDeal[]>;
  /** The rows whose `text` contains `fragment`, in `deals` order (worked out once per fragment and copy of the index). */
  containing(fragment: string): readonly IndexedDeal[];
}

/** Fragments {@link DealIndex.containing} remembers per copy of the index; past this it starts over. */
const MAX_FRAGMENTS = 1000;

interface Cached {
  signature: string;
  index: DealIndex;
}

/** What the index is read from. */
export type DealIndexSource = Pick<DealRepository, 'dealsSignature' | 'activeDealRows' | 'categories'>;

const cached = new WeakMap<DealIndexSource, Cached>();

/**
 * The active deals with their products' categories and names, read once per change instead of
 * on every question. Asking about deals ("is tide on sale?") joined every active deal to its
 * product on each call, which was most of that turn. The deal scan marks the deals changed
 * whenever it writes them, and products coming or going change the product count and top id, so
 * one indexed read per call (`dealsSignature`) tells whether the copy is current (also across
 * processes). The copy is kept per repository object.
 * Prices are left out on purpose: they move with every price refresh and are read live.
 */
export function dealIndex(deals: DealIndexSource): DealIndex {
  const signature = deals.dealsSignature();
  const hit = cached.get(deals);
  if (hit && hit.signature === signature) return hit.index;
  const rows = deals.activeDealRows().map((r) => ({ ...r, category: r.category.toLowerCase(), text: r.text.toLowerCase() }));
  const index = indexOf(rows, deals.categories());
  cached.set(deals, { signature, index });
  return index;
}

/**
 * The lookups over one read of the deals. Each lookup keeps the rows in `deals` order, so a
 * filter applied to a lookup's rows gives what the same filter over all rows gives.
 */
function indexOf(deals: IndexedDeal[], categories: string[]): DealIndex {
  const byCategory = groupBy(deals, (d) => d.category);
  const byProduct = groupBy(deals, (d) => d.productId);
  const fragments = new Map<string, IndexedDeal[]>();
  return {
    deals,
    categories,
    byCategory,
    byProduct,
    containing: (fragment) => {
      let rows = fragments.get(fragment);
      if (!rows) {
        if (fragments.size >= MAX_FRAGMENTS) fragments.clear();
        fragments.set(fragment, (rows = deals.filter((d) => d.text.includes(fragment))));
      }
      return rows;
    },
  };
}

function groupBy<K>(deals: readonly IndexedDeal[], key: (d: IndexedDeal) => K): Map<K, IndexedDeal[]> {
  const out = new Map<K, IndexedDeal[]>();
  for (const d of deals) {
    const k = key(d);
    const rows = out.get(k);
    if (rows) rows.push(d);
    else out.set(k, [d]);
  }
  return out;
}
