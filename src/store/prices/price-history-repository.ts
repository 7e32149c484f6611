import type { PricePoint } from '../../grocery/prices/daily-prices.js';
import type { SqlConnection } from '../sql.js';

/** The price observations of products (`price_history`). */
export interface PriceHistoryRepository {
  /**
   * Observations from `from` to `to` (inclusive), plus for each product the last observation
   * before `from`; sorted ascending per product. `'all'` reads every product.
   */
  histories(productIds: readonly number[] | 'all', from: number, to: number): Map<number, PricePoint[]>;
  /**
   * What {@link histories} gives, one product at a time: `each` is called for every id of
   * `productIds` (which must be ascending), in that order, with [] when it has no observations.
   * Reads a bounded number of products at once, never the whole table.
   */
  eachHistory(productIds: readonly number[], from: number, to: number, each: (productId: number, points: PricePoint[]) => void): void;
  /** When `source` last recorded a price for the product; undefined when it never did. */
  lastObservedAt(productId: number, source: string): number | undefined;
  /** Records a price at `observedAt` (a second price at the same instant replaces the first). */
  addObservation(productId: number, observedAt: number, priceCents: number, source: string): void;
}

/** Products whose observations {@link PriceHistoryRepository.eachHistory} holds at once. */
const PRODUCTS_PER_READ = 500;

interface PointRow {
  product_id: number;
  observed_at: number;
  price_cents: number;
}

/**
 * The {@link PriceHistoryRepository} over a connection.
 *
 * @example
 * const history = createPriceHistoryRepository(sqliteConnection(db));
 * history.histories([7], now - 90 * DAY_MS, now).get(7) // [{ at, priceCents }, ...]
 */
export function createPriceHistoryRepository(conn: SqlConnection): PriceHistoryRepository {
  const pg = conn.dialect === 'postgres';
  // Each product's last observation before the window. SQLite takes the bare columns from the row
  // holding MAX(observed_at); PostgreSQL says the same with DISTINCT ON.
  const carriedInSql = (filter: string) =>
    pg
      ? `SELECT DISTINCT ON (product_id) product_id, observed_at, price_cents FROM price_history
         WHERE observed_at < ? ${filter} ORDER BY product_id, observed_at DESC`
      : `SELECT product_id, MAX(observed_at) AS observed_at, price_cents FROM price_history WHERE observed_at < ? ${filter} GROUP BY product_id`;
  const carriedInRange = conn.statement<PointRow>(carriedInSql('AND product_id BETWEEN ? AND ?'));
  // One row per product with its points as two JSON arrays: handing SQLite's rows to JavaScript
  // one value at a time cost ten times the query (about 2 us a row over ~300k rows).
  const grouped = conn.statement<{ product_id: number; observed: string; prices: string }>(
    pg
      ? `SELECT product_id, json_agg(observed_at ORDER BY observed_at)::text AS observed, json_agg(price_cents ORDER BY observed_at)::text AS prices
         FROM price_history WHERE observed_at >= ? AND observed_at <= ? AND product_id BETWEEN ? AND ? GROUP BY product_id ORDER BY product_id`
      : `SELECT product_id, json_group_array(observed_at ORDER BY observed_at) AS observed, json_group_array(price_cents ORDER BY observed_at) AS prices
         FROM price_history WHERE observed_at >= ? AND observed_at <= ? AND product_id BETWEEN ? AND ? GROUP BY product_id ORDER BY product_id`,
  );
  const lastSeen = conn.statement('SELECT max(observed_at) AS at FROM price_history WHERE product_id = ? AND source = ?');
  const insert = conn.statement(`INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES (?, ?, ?, ?)
    ON CONFLICT (product_id, observed_at) DO UPDATE SET price_cents = excluded.price_cents, source = excluded.source`);

  const pointsById = (rows: readonly PointRow[]) => new Map(rows.map((r) => [r.product_id, { at: r.observed_at, priceCents: r.price_cents }]));

  function eachIn(ids: readonly number[], from: number, to: number, each: (productId: number, points: PricePoint[]) => void): void {
    // Only the id range asked for is read, so a scan a hundred products at a time reads each once.
    const range = [ids[0]!, ids.at(-1)!];
    const carryIn = pointsById(carriedInRange.all(from, ...range));
    const rows = grouped.all(from, to, ...range);
    let r = 0;
    for (const id of ids) {
      const carried = carryIn.get(id);
      const points: PricePoint[] = carried ? [carried] : [];
      while (r < rows.length && rows[r]!.product_id < id) r++;
      const row = rows[r];
      if (row && row.product_id === id) {
        const at = JSON.parse(row.observed) as number[];
        const cents = JSON.parse(row.prices) as number[];
        for (let k = 0; k < at.length; k++) points.push({ at: at[k]!, priceCents: cents[k]! });
        r++;
      }
      each(id, points);
    }
  }

  return {
    histories(productIds, from, to) {
      const filter = productIds === 'all' ? '' : `AND product_id IN (${productIds.map(() => '?').join(',') || 'NULL'})`;
      const ids = productIds === 'all' ? [] : productIds;
      const out = new Map<number, PricePoint[]>();
      const push = (id: number, at: number, priceCents: number) => {
        let list = out.get(id);
        if (!list) out.set(id, (list = []));
        list.push({ at, priceCents });
      };
      for (const r of conn.statement<PointRow>(carriedInSql(filter)).all(from, ...ids)) push(r.product_id, r.observed_at, r.price_cents);
      // Two statements instead of a UNION: this one walks the primary key in order, so nothing is sorted.
      const window = conn
        .statement<PointRow>(
          `SELECT product_id, observed_at, price_cents FROM price_history
           WHERE observed_at >= ? AND observed_at <= ? ${filter} ORDER BY product_id, observed_at`,
        )
        .all(from, to, ...ids);
      for (const r of window) push(r.product_id, r.observed_at, r.price_cents);
      return out;
    },
    eachHistory(productIds, from, to, each) {
      for (let i = 0; i < productIds.length; i += PRODUCTS_PER_READ) eachIn(productIds.slice(i, i + PRODUCTS_PER_READ), from, to, each);
    },
    lastObservedAt: (productId, source) => lastSeen.value<number | null>(productId, source) ?? undefined,
    addObservation(productId, observedAt, priceCents, source) {
      insert.run(productId, observedAt, priceCents, source);
    },
  };
}
