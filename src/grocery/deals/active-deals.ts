import type { DealRepository } from '../../store/deals/index.js';
import type { Product } from '../types.js';
import { dealIndex, type DealIndex, type IndexedDeal } from './deal-index.js';
import { describeDeal, pctOff, type DealKind } from './deal-rules.js';

/** A product's best active deal, as shown to people. */
export interface ActiveDeal {
  productId: number;
  product: Product;
  /** The kind with the largest saving; see `kinds` for every kind that applies. */
  kind: DealKind;
  kinds: DealKind[];
  priceCents: number;
  referenceCents: number;
  savingsCents: number;
  pctOff: number;
  detectedAt: number;
  /** e.g. "Great Value Large Eggs 18 ct is on rollback ($2.50, was $3.00)" */
  text: string;
}

/** Filters for {@link activeDeals}. */
export interface ActiveDealsQuery {
  productIds?: readonly number[];
  category?: string;
  /**
   * Only products whose brand or name contains every one of these fragments (lower-case letters
   * and digits, as substrings). A cheap pre-filter in SQL for name matching: callers that need
   * whole-word matches check the products they get back.
   */
  nameContains?: readonly string[];
  limit?: number;
}

/** Deals shown when no limit is asked for. */
export const DEFAULT_DEAL_LIMIT = 20;

/** Up to this many candidate products (or the limit, when larger) are read whole at once. */
const READ_WHOLE_UP_TO = 50;

/** A deal ranked at today's price, before its product is read. */
export type RankedDeal = Omit<ActiveDeal, 'product' | 'text'>;

/**
 * Active deals, one per product, ranked by savings in cents (then percent off, then product id
 * for a stable order). A deal whose product's price has moved since detection is measured from
 * today's price, and left out when it no longer saves anything.
 *
 * The deals come from {@link dealIndex} (re-read only when deals or products change); today's
 * prices are read for the deals that pass the filters, and full products for the ones shown.
 */
export function activeDeals(deals: DealRepository, query: ActiveDealsQuery = {}): ActiveDeal[] {
  return activeDealsIn(deals, dealIndex(deals), query);
}

/** {@link activeDeals} over a copy of the deal index the caller already holds, reading products with `read`. */
export function activeDealsIn(
  deals: Pick<DealRepository, 'currentPrices' | 'products'>,
  index: DealIndex,
  query: ActiveDealsQuery,
  read: (ids: readonly number[]) => Map<number, Product> = (ids) => deals.products(ids),
): ActiveDeal[] {
  const candidates = matchingDeals(index, query);
  if (candidates.length === 0) return [];
  const limit = query.limit ?? DEFAULT_DEAL_LIMIT;
  const productIds = [...new Set(candidates.map((d) => d.productId))];
  // When every candidate may be shown, one read of the products gives their prices too; a short
  // list out of many reads just the prices first, and the products of the deals shown.
  const whole = productIds.length <= Math.max(limit, READ_WHOLE_UP_TO) ? read(productIds) : undefined;
  const prices = whole ? new Map([...whole.values()].map((p) => [p.id, p.priceCents])) : deals.currentPrices(productIds);
  const ranked = rank(candidates, prices).slice(0, limit);
  const products = whole ?? read(ranked.map((d) => d.productId));
  const out: ActiveDeal[] = [];
  for (const d of ranked) {
    const deal = withProduct(d, products.get(d.productId));
    if (deal) out.push(deal);
  }
  return out;
}

/**
 * Every deal {@link activeDealsIn} would give for `query` (no limit), in the same order, without
 * reading their products: for callers that show only a few of a long ranking.
 */
export function rankedDealsIn(deals: Pick<DealRepository, 'currentPrices'>, index: DealIndex, query: Omit<ActiveDealsQuery, 'limit'>): RankedDeal[] {
  const candidates = matchingDeals(index, query);
  if (candidates.length === 0) return [];
  return rank(candidates, deals.currentPrices([...new Set(candidates.map((d) => d.productId))]));
}

/** A ranked deal with its product, as {@link activeDeals} gives it; undefined when the product is gone. */
export function withProduct(d: RankedDeal, product: Product | undefined): ActiveDeal | undefined {
  return product && { ...d, product, text: `${product.name} is ${describeDeal(d.kind, d.priceCents, d.referenceCents)}` };
}

/** One entry per product: its deal with the largest saving at today's price, ranked. */
function rank(candidates: readonly IndexedDeal[], prices: ReadonlyMap<number, number>): RankedDeal[] {
  const best = new Map<number, RankedDeal>();
  for (const r of candidates) {
    const priceCents = prices.get(r.productId);
    if (priceCents === undefined) continue;
    const savingsCents = r.referenceCents - priceCents;
    if (savingsCents <= 0) continue;
    const seen = best.get(r.productId);
    if (seen) {
      seen.kinds.push(r.kind);
      if (savingsCents <= seen.savingsCents) continue;
    }
    best.set(r.productId, {
      productId: r.productId,
      kind: r.kind,
      kinds: seen ? seen.kinds : [r.kind],
      priceCents,
      referenceCents: r.referenceCents,
      savingsCents,
      pctOff: pctOff(priceCents, r.referenceCents),
      detectedAt: r.detectedAt,
    });
  }
  return [...best.values()].sort((a, b) => b.savingsCents - a.savingsCents || b.pctOff - a.pctOff || a.productId - b.productId);
}

/**
 * The index rows that pass every filter, in index order: started from the narrowest lookup the
 * query allows (its products, its category, or its first name fragment) instead of every row.
 */
function matchingDeals(index: DealIndex, query: ActiveDealsQuery): IndexedDeal[] {
  if (query.productIds?.length === 0) return [];
  const ids = query.productIds ? new Set(query.productIds) : undefined;
  const category = query.category?.toLowerCase();
  const fragments = query.nameContains?.map((f) => f.toLowerCase()) ?? [];
  let pool: readonly IndexedDeal[];
  if (ids) pool = [...ids].sort((a, b) => a - b).flatMap((id) => index.byProduct.get(id) ?? []);
  else if (category !== undefined) pool = index.byCategory.get(category) ?? [];
  else if (fragments.length > 0) pool = index.containing(fragments[0]!);
  else pool = index.deals;
  return pool.filter(
    (d) => (!ids || ids.has(d.productId)) && (category === undefined || d.category === category) && fragments.every((f) => d.text.includes(f)),
  );
}
