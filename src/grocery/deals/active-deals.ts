import type { Db } from '../../store/database.js';
import { loadProducts } from '../prices/index.js';
import type { Product } from '../types.js';
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
  limit?: number;
}

/** Deals shown when no limit is asked for. */
export const DEFAULT_DEAL_LIMIT = 20;

/**
 * Active deals, one per product, ranked by savings in cents (then percent off, then product id
 * for a stable order). A deal whose product's price has moved since detection is measured from
 * today's price, and left out when it no longer saves anything.
 */
export function activeDeals(db: Db, query: ActiveDealsQuery = {}): ActiveDeal[] {
  const where = ['d.active = 1'];
  const params: (string | number)[] = [];
  if (query.productIds) {
    if (query.productIds.length === 0) return [];
    where.push(`d.product_id IN (${query.productIds.map(() => '?').join(',')})`);
    params.push(...query.productIds);
  }
  if (query.category !== undefined) {
    where.push('p.category = ? COLLATE NOCASE');
    params.push(query.category);
  }
  const rows = db
    .prepare(
      `SELECT d.product_id, d.kind, d.reference_cents, d.detected_at FROM deals d
       JOIN products p ON p.id = d.product_id WHERE ${where.join(' AND ')}`,
    )
    .all(...params) as { product_id: number; kind: DealKind; reference_cents: number; detected_at: number }[];
  const products = loadProducts(db, rows.map((r) => r.product_id));
  const best = new Map<number, ActiveDeal>();
  for (const r of rows) {
    const product = products.get(r.product_id);
    if (!product) continue;
    const savingsCents = r.reference_cents - product.priceCents;
    if (savingsCents <= 0) continue;
    const seen = best.get(product.id);
    if (seen) {
      seen.kinds.push(r.kind);
      if (savingsCents <= seen.savingsCents) continue;
    }
    best.set(product.id, {
      productId: product.id,
      product,
      kind: r.kind,
      kinds: seen ? seen.kinds : [r.kind],
      priceCents: product.priceCents,
      referenceCents: r.reference_cents,
      savingsCents,
      pctOff: pctOff(product.priceCents, r.reference_cents),
      detectedAt: r.detected_at,
      text: `${product.name} is ${describeDeal(r.kind, product.priceCents, r.reference_cents)}`,
    });
  }
  return [...best.values()]
    .sort((a, b) => b.savingsCents - a.savingsCents || b.pctOff - a.pctOff || a.productId - b.productId)
    .slice(0, query.limit ?? DEFAULT_DEAL_LIMIT);
}
