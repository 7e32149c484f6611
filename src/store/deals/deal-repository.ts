import type { DealCandidate, DealKind } from '../../grocery/deals/deal-rules.js';
import type { DealRecord } from '../../grocery/deals/detect-deals.js';
import type { Product } from '../../grocery/types.js';
import { PRODUCT_ROW_SELECT, productOf, type ProductRow } from '../prices/product-rows.js';
import type { SqlConnection } from '../sql.js';

/** An active deal with its product's category and `brand name` text, as written (not lower-cased). */
export interface ActiveDealRow {
  productId: number;
  kind: DealKind;
  referenceCents: number;
  detectedAt: number;
  category: string;
  text: string;
}

/** A product's shelf price and was-price, as the deal rules read them. */
export interface ShelfPrice {
  productId: number;
  priceCents: number;
  wasPriceCents: number | null;
}

/** The deals table, and the product reads deal lookups and deal detection make. */
export interface DealRepository {
  /**
   * Changes whenever the deals were written ({@link markDealsChanged}) or products came or went:
   * one indexed read that tells whether a copy of {@link activeDealRows} is still current.
   */
  dealsSignature(): string;
  /** Active deals by product id, then deal id. */
  activeDealRows(): ActiveDealRow[];
  /** Every product category, as written, in order. */
  categories(): string[];
  /** Today's price of each product (ids not in the catalog are left out). */
  currentPrices(productIds: readonly number[]): Map<number, number>;
  /** Products by id (ids not in the catalog are left out). */
  products(productIds: readonly number[]): Map<number, Product>;
  /** Shelf prices of every product, by id. */
  shelfPrices(): ShelfPrice[];
  /** Shelf prices of up to `limit` products with ids above `afterId`, by id. */
  shelfPricesAfter(afterId: number, limit: number): ShelfPrice[];
  /** Every active deal (by product id, then deal id). */
  activeDeals(): DealRecord[];
  /** Ends a deal as of `at`; returns it as it now stands. */
  endDeal(dealId: number, at: number): DealRecord;
  /** Moves a deal's reference (a median that moved) without starting it again. */
  updateReference(dealId: number, referenceCents: number, pctOff: number): void;
  /** Starts a deal detected at `at`: a new row, or the ended one for the same product, kind and price made active again. */
  startDeal(deal: DealCandidate, at: number): DealRecord;
  /** Marks the deals as changed, inside the writer's transaction (see {@link dealsSignature}). */
  markDealsChanged(): void;
}

/** `meta` key bumped by every deal scan that wrote to the deals table. */
export const DEALS_VERSION_KEY = 'deals_version';

const CHUNK = 50;
/** The `IN (...)` sizes statements are prepared for: a chunk is padded up to the next one. */
const SIZES = [1, 2, 4, 8, 16, 32, CHUNK];
/** Past this many ids, reading every product's price is quicker than reading them by id. */
const ALL_PRICES_FROM = CHUNK * 8;

interface DealRow {
  id: number;
  product_id: number;
  kind: DealKind;
  price_cents: number;
  reference_cents: number;
  pct_off: number;
  detected_at: number;
  ends_at: number | null;
  active: number;
}

const DEAL_COLUMNS = 'id, product_id, kind, price_cents, reference_cents, pct_off, detected_at, ends_at, active';

/**
 * The {@link DealRepository} over a connection.
 *
 * @example
 * const deals = createDealRepository(sqliteConnection(db));
 * deals.activeDeals().length // 212
 */
export function createDealRepository(conn: SqlConnection): DealRepository {
  const signature = conn.statement(
    `SELECT coalesce((SELECT value FROM meta WHERE key = ?), '0') || ':' ||
            (SELECT count(*) FROM products) || ':' || coalesce((SELECT max(id) FROM products), 0) AS signature`,
  );
  const activeRows = conn.statement<{ product_id: number; kind: DealKind; reference_cents: number; detected_at: number; category: string; text: string }>(
    `SELECT d.product_id, d.kind, d.reference_cents, d.detected_at, p.category, coalesce(p.brand, '') || ' ' || p.name AS text
     FROM deals d JOIN products p ON p.id = d.product_id WHERE d.active = 1 ORDER BY d.product_id, d.id`,
  );
  const categories = conn.statement('SELECT DISTINCT category FROM products ORDER BY category');
  const allPrices = conn.statement<{ id: number; price_cents: number }>('SELECT id, price_cents FROM products');
  const shelf = conn.statement<{ id: number; price_cents: number; was_price_cents: number | null }>(
    'SELECT id, price_cents, was_price_cents FROM products ORDER BY id',
  );
  const shelfAfter = conn.statement<{ id: number; price_cents: number; was_price_cents: number | null }>(
    'SELECT id, price_cents, was_price_cents FROM products WHERE id > ? ORDER BY id LIMIT ?',
  );
  const active = conn.statement<DealRow>(`SELECT ${DEAL_COLUMNS} FROM deals WHERE active = 1 ORDER BY product_id, id`);
  const end = conn.statement<DealRow>(`UPDATE deals SET active = 0, ends_at = ? WHERE id = ? RETURNING ${DEAL_COLUMNS}`);
  const refresh = conn.statement('UPDATE deals SET reference_cents = ?, pct_off = ? WHERE id = ?');
  const start = conn.statement<DealRow>(
    `INSERT INTO deals (product_id, kind, price_cents, reference_cents, pct_off, detected_at, ends_at, active)
     VALUES (?, ?, ?, ?, ?, ?, NULL, 1)
     ON CONFLICT (product_id, kind, price_cents) DO UPDATE SET
       reference_cents = excluded.reference_cents, pct_off = excluded.pct_off,
       detected_at = excluded.detected_at, ends_at = NULL, active = 1
     RETURNING ${DEAL_COLUMNS}`,
  );
  const bump = conn.statement(
    `INSERT INTO meta (key, value) VALUES (?, '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`,
  );
  // A few fixed numbers of ids per statement: compiling a statement per call cost more than
  // running it, and padding every call to fifty ids cost more than the lookups.
  const priceSql = (ids: string) => `SELECT id, price_cents FROM products WHERE id IN (${ids})`;
  const productSql = (ids: string) => `${PRODUCT_ROW_SELECT} WHERE p.id IN (${ids})`;
  const toShelf = (r: { id: number; price_cents: number; was_price_cents: number | null }): ShelfPrice => ({
    productId: r.id,
    priceCents: r.price_cents,
    wasPriceCents: r.was_price_cents,
  });

  /** Runs a sized `IN (...)` statement over any number of ids (padding repeats an id, which returns nothing extra). */
  function byIds<Row>(sql: (idList: string) => string, ids: readonly number[]): Row[] {
    const unique = [...new Set(ids)];
    const rows: Row[] = [];
    for (let i = 0; i < unique.length; i += CHUNK) {
      const chunk = unique.slice(i, i + CHUNK);
      const size = SIZES.find((n) => n >= chunk.length)!;
      while (chunk.length < size) chunk.push(chunk[0]!);
      for (const row of conn.statement<Row>(sql(Array(size).fill('?').join(','))).all(...chunk)) rows.push(row);
    }
    return rows;
  }

  return {
    dealsSignature: () => String(signature.value(DEALS_VERSION_KEY)),
    activeDealRows: () =>
      activeRows.all().map((r) => ({
        productId: r.product_id,
        kind: r.kind,
        referenceCents: r.reference_cents,
        detectedAt: r.detected_at,
        category: r.category,
        text: r.text,
      })),
    categories: () => categories.values<string>(),
    currentPrices(productIds) {
      const rows = productIds.length > ALL_PRICES_FROM ? allPrices.all() : byIds<{ id: number; price_cents: number }>(priceSql, productIds);
      return new Map(rows.map((r) => [r.id, r.price_cents]));
    },
    products: (productIds) => new Map(byIds<ProductRow>(productSql, productIds).map((r) => [r.id, productOf(r)])),
    shelfPrices: () => shelf.all().map(toShelf),
    shelfPricesAfter: (afterId, limit) => shelfAfter.all(afterId, limit).map(toShelf),
    activeDeals: () => active.all().map(toRecord),
    endDeal: (dealId, at) => toRecord(end.get(at, dealId)!),
    updateReference(dealId, referenceCents, pctOff) {
      refresh.run(referenceCents, pctOff, dealId);
    },
    startDeal: (d, at) => toRecord(start.get(d.productId, d.kind, d.priceCents, d.referenceCents, d.pctOff, at)!),
    markDealsChanged() {
      bump.run(DEALS_VERSION_KEY);
    },
  };
}

function toRecord(r: DealRow): DealRecord {
  return {
    id: r.id,
    productId: r.product_id,
    kind: r.kind,
    priceCents: r.price_cents,
    referenceCents: r.reference_cents,
    pctOff: r.pct_off,
    detectedAt: r.detected_at,
    endsAt: r.ends_at,
    active: r.active === 1,
  };
}
