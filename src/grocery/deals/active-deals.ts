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

type DealRow = { product_id: number; kind: DealKind; reference_cents: number; detected_at: number; price_cents: number };
type Ranked = { productId: number; kind: DealKind; kinds: DealKind[]; priceCents: number; referenceCents: number; savingsCents: number; pctOff: number; detectedAt: number };

const prepareDeals = (db: Db, sql: string) => db.prepare<(string | number)[], DealRow>(sql);

// Prepared once per database and filter shape: compiling the statement cost more than running it.
const statements = new WeakMap<Db, Map<string, ReturnType<typeof prepareDeals>>>();
function prepared(db: Db, sql: string): ReturnType<typeof prepareDeals> {
  let byDb = statements.get(db);
  if (!byDb) statements.set(db, (byDb = new Map()));
  let stmt = byDb.get(sql);
  if (!stmt) {
    // Shapes vary with the number of ids asked for; a bound keeps an odd caller from growing it forever.
    if (byDb.size >= 256) byDb.clear();
    byDb.set(sql, (stmt = prepareDeals(db, sql)));
  }
  return stmt;
}

/**
 * Active deals, one per product, ranked by savings in cents (then percent off, then product id
 * for a stable order). A deal whose product's price has moved since detection is measured from
 * today's price, and left out when it no longer saves anything.
 *
 * Ranking needs only today's price, so it runs over the deal rows and one column of products;
 * full products are read for the deals that make the cut, not for every deal in the store.
 */
export function activeDeals(db: Db, query: ActiveDealsQuery = {}): ActiveDeal[] {
  const where = ['d.active = 1', 'd.reference_cents > p.price_cents'];
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
  for (const fragment of query.nameContains ?? []) {
    where.push(`instr(lower(coalesce(p.brand, '') || ' ' || p.name), ?) > 0`);
    params.push(fragment.toLowerCase());
  }
  const rows = prepared(
    db,
    `SELECT d.product_id, d.kind, d.reference_cents, d.detected_at, p.price_cents FROM deals d
     JOIN products p ON p.id = d.product_id WHERE ${where.join(' AND ')} ORDER BY d.product_id, d.id`,
  ).all(...params);
  const best = new Map<number, Ranked>();
  for (const r of rows) {
    const savingsCents = r.reference_cents - r.price_cents;
    const seen = best.get(r.product_id);
    if (seen) {
      seen.kinds.push(r.kind);
      if (savingsCents <= seen.savingsCents) continue;
    }
    best.set(r.product_id, {
      productId: r.product_id,
      kind: r.kind,
      kinds: seen ? seen.kinds : [r.kind],
      priceCents: r.price_cents,
      referenceCents: r.reference_cents,
      savingsCents,
      pctOff: pctOff(r.price_cents, r.reference_cents),
      detectedAt: r.detected_at,
    });
  }
  const ranked = [...best.values()]
    .sort((a, b) => b.savingsCents - a.savingsCents || b.pctOff - a.pctOff || a.productId - b.productId)
    .slice(0, query.limit ?? DEFAULT_DEAL_LIMIT);
  const products = loadProducts(db, ranked.map((d) => d.productId));
  const out: ActiveDeal[] = [];
  for (const d of ranked) {
    const product = products.get(d.productId);
    if (!product) continue;
    out.push({ ...d, product, text: `${product.name} is ${describeDeal(d.kind, d.priceCents, d.referenceCents)}` });
  }
  return out;
}
