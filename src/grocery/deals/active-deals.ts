import type { Db } from '../../store/database.js';
import { PRODUCT_SELECT, rowToProduct, type ProductRow } from '../catalog/index.js';
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

type Ranked = { productId: number; kind: DealKind; kinds: DealKind[]; priceCents: number; referenceCents: number; savingsCents: number; pctOff: number; detectedAt: number };

/**
 * Active deals, one per product, ranked by savings in cents (then percent off, then product id
 * for a stable order). A deal whose product's price has moved since detection is measured from
 * today's price, and left out when it no longer saves anything.
 *
 * The deals come from {@link dealIndex} (re-read only when deals or products change); today's
 * prices are read for the deals that pass the filters, and full products for the ones shown.
 */
export function activeDeals(db: Db, query: ActiveDealsQuery = {}): ActiveDeal[] {
  return activeDealsIn(db, dealIndex(db), query);
}

/** {@link activeDeals} over a copy of the deal index the caller already holds. */
export function activeDealsIn(db: Db, index: DealIndex, query: ActiveDealsQuery): ActiveDeal[] {
  if (query.productIds?.length === 0) return [];
  const candidates = matchingDeals(index, query);
  if (candidates.length === 0) return [];
  const prices = currentPrices(db, candidates.map((d) => d.productId));
  const best = new Map<number, Ranked>();
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
  const ranked = [...best.values()]
    .sort((a, b) => b.savingsCents - a.savingsCents || b.pctOff - a.pctOff || a.productId - b.productId)
    .slice(0, query.limit ?? DEFAULT_DEAL_LIMIT);
  const products = productsOf(db, ranked.map((d) => d.productId));
  const out: ActiveDeal[] = [];
  for (const d of ranked) {
    const product = products.get(d.productId);
    if (!product) continue;
    out.push({ ...d, product, text: `${product.name} is ${describeDeal(d.kind, d.priceCents, d.referenceCents)}` });
  }
  return out;
}

/**
 * The index rows that pass every filter, in index order: started from the narrowest lookup the
 * query allows (its products, its category, or its first name fragment) instead of every row.
 */
function matchingDeals(index: DealIndex, query: ActiveDealsQuery): IndexedDeal[] {
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

const CHUNK = 50;
interface Statements {
  prices: ReturnType<typeof prepareIds<{ id: number; price_cents: number }>>;
  allPrices: ReturnType<typeof prepareIds<{ id: number; price_cents: number }>>;
  products: ReturnType<typeof prepareIds<ProductRow>>;
}
const statements = new WeakMap<Db, Statements>();
const prepareIds = <Row>(db: Db, sql: string) => db.prepare<number[], Row>(sql);
const idList = Array(CHUNK).fill('?').join(',');

// Prepared once per database with a fixed number of ids: compiling a statement per call cost
// more than running it.
function statementsOf(db: Db): Statements {
  let s = statements.get(db);
  if (!s) {
    s = {
      prices: prepareIds(db, `SELECT id, price_cents FROM products WHERE id IN (${idList})`),
      allPrices: prepareIds(db, 'SELECT id, price_cents FROM products'),
      products: prepareIds(db, `${PRODUCT_SELECT} WHERE p.id IN (${idList})`),
    };
    statements.set(db, s);
  }
  return s;
}

/** Runs a fixed-size `IN (...)` statement over any number of ids (padding repeats an id, which returns nothing extra). */
function byIds<Row>(stmt: ReturnType<typeof prepareIds<Row>>, ids: readonly number[]): Row[] {
  const unique = [...new Set(ids)];
  const rows: Row[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    while (chunk.length < CHUNK) chunk.push(chunk[0]!);
    rows.push(...stmt.all(...chunk));
  }
  return rows;
}

/** Today's price of each product. */
function currentPrices(db: Db, productIds: readonly number[]): Map<number, number> {
  const s = statementsOf(db);
  const rows = productIds.length > CHUNK * 8 ? s.allPrices.all() : byIds(s.prices, productIds);
  return new Map(rows.map((r) => [r.id, r.price_cents]));
}

/** Products by id, through the catalog's one row-to-Product mapping. */
function productsOf(db: Db, productIds: readonly number[]): Map<number, Product> {
  return new Map(byIds(statementsOf(db).products, productIds).map((r) => [r.id, rowToProduct(r)]));
}
