import type { Db } from '../../store/database.js';
import { DAY_MS } from '../types.js';
import { startOfUtcDay, type PricePoint } from './daily-prices.js';

/** How far back trends look: the 90-day window plus the observation that carries into it. */
export const HISTORY_DAYS = 90;

/**
 * Price observations for products over the last {@link HISTORY_DAYS} days up to `now`, plus for
 * each product the last observation before that window (its price on the window's first day when
 * nothing was observed that day). Sorted ascending per product.
 */
export function readHistories(db: Db, productIds: readonly number[] | 'all', now: number): Map<number, PricePoint[]> {
  const from = startOfUtcDay(now) - HISTORY_DAYS * DAY_MS;
  const filter = productIds === 'all' ? '' : `AND product_id IN (${productIds.map(() => '?').join(',') || 'NULL'})`;
  const ids = productIds === 'all' ? [] : productIds;
  const out = new Map<number, PricePoint[]>();
  const push = (id: number, at: number, priceCents: number) => {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    list.push({ at, priceCents });
  };
  for (const [id, point] of carriedIn(db, from, filter, ids)) push(id, point.at, point.priceCents);
  // Two statements instead of a UNION: this one walks the primary key in order, so nothing is sorted.
  const window = db
    .prepare(
      `SELECT product_id, observed_at, price_cents FROM price_history
       WHERE observed_at >= ? AND observed_at <= ? ${filter} ORDER BY product_id, observed_at`,
    )
    .raw()
    .all(from, now, ...ids) as [number, number, number][];
  for (const [id, at, cents] of window) push(id, at, cents);
  return out;
}

/**
 * Every product's history as {@link readHistories} gives it, one product at a time in product id
 * order, without holding them all: the deal scan reads about 100 points for each of thousands of
 * products, which as one map was ~90 MB of short-lived heap at every start. `each` is called for
 * every product id in `productIds` (ascending), with [] when it has no observations.
 */
export function eachHistory(db: Db, productIds: readonly number[], now: number, each: (productId: number, points: PricePoint[]) => void): void {
  if (productIds.length === 0) return;
  const from = startOfUtcDay(now) - HISTORY_DAYS * DAY_MS;
  // Only the id range asked for is read, so a scan a hundred products at a time reads each once.
  const range = [productIds[0]!, productIds.at(-1)!];
  const carryIn = carriedIn(db, from, 'AND product_id BETWEEN ? AND ?', range);
  // One row per product with its points as two JSON arrays: handing SQLite's rows to JavaScript
  // one value at a time cost ten times the query (about 2 us a row over ~300k rows).
  const rows = db
    .prepare(
      `SELECT product_id, json_group_array(observed_at ORDER BY observed_at), json_group_array(price_cents ORDER BY observed_at)
       FROM price_history WHERE observed_at >= ? AND observed_at <= ? AND product_id BETWEEN ? AND ? GROUP BY product_id ORDER BY product_id`,
    )
    .raw()
    .iterate(from, now, ...range) as IterableIterator<[number, string, string]>;
  let next = rows.next();
  try {
    for (const id of productIds) {
      const carried = carryIn.get(id);
      const points: PricePoint[] = carried ? [carried] : [];
      while (!next.done && next.value[0] < id) next = rows.next();
      if (!next.done && next.value[0] === id) {
        const at = JSON.parse(next.value[1]) as number[];
        const cents = JSON.parse(next.value[2]) as number[];
        for (let k = 0; k < at.length; k++) points.push({ at: at[k]!, priceCents: cents[k]! });
        next = rows.next();
      }
      each(id, points);
    }
  } finally {
    rows.return?.();
  }
}

/** Each product's last observation before `from` (`filter` narrows the products), by product id. */
function carriedIn(db: Db, from: number, filter: string, ids: readonly number[]): Map<number, PricePoint> {
  // SQLite takes the bare price_cents column from the row holding MAX(observed_at).
  const rows = db
    .prepare(`SELECT product_id, MAX(observed_at), price_cents FROM price_history WHERE observed_at < ? ${filter} GROUP BY product_id`)
    .raw()
    .all(from, ...ids) as [number, number, number][];
  return new Map(rows.map(([id, at, priceCents]) => [id, { at, priceCents }]));
}
