import type { Db } from '../../store/database.js';
import { unitPriceOf } from '../catalog/index.js';
import type { PriceQuote } from '../sources/index.js';

/** A product whose price a refresh changed. */
export interface PriceChange {
  productId: number;
  oldCents: number;
  newCents: number;
}

/** Options for {@link recordPrices}. */
export interface RecordPricesOptions {
  /** Written to `price_history.source`: 'demo' or 'walmart'. */
  source: string;
  /** Stamped on the product rows as `updated_at`. */
  now: number;
}

interface ProductPriceRow {
  id: number;
  price_cents: number;
  was_price_cents: number | null;
  in_stock: number;
  size_value: number | null;
  size_unit: string | null;
  size_text: string | null;
  pack_count: number;
}

/**
 * Writes a batch of price observations in one transaction: the product's price, was-price,
 * stock and unit price (recomputed with the catalog's `unitPriceOf`), and a `price_history`
 * point at the observation time for every price that moved (the same upsert upsertProducts
 * uses). Products that no longer exist are skipped, and so are stale quotes: observed no later
 * than the last price this source recorded for the product. Returns the prices that changed; an
 * unchanged price gives no change and no history point, so recording the same quotes twice
 * changes nothing.
 *
 * @example
 * const changes = recordPrices(db, [{ productId: 7, priceCents: 299, observedAt: now }], { source: 'demo', now });
 * // [{ productId: 7, oldCents: 348, newCents: 299 }]
 */
export function recordPrices(db: Db, quotes: readonly PriceQuote[], opts: RecordPricesOptions): PriceChange[] {
  const read = db.prepare<[number], ProductPriceRow>(
    `SELECT id, price_cents, was_price_cents, in_stock, size_value, size_unit, size_text, pack_count
     FROM products WHERE id = ?`,
  );
  const update = db.prepare(
    `UPDATE products SET price_cents = ?, was_price_cents = ?, in_stock = ?, unit_price_millicents = ?,
       unit_price_unit = ?, updated_at = ? WHERE id = ?`,
  );
  const lastSeen = db.prepare<[number, string], { at: number | null }>(
    'SELECT max(observed_at) AS at FROM price_history WHERE product_id = ? AND source = ?',
  );
  const history = db.prepare(`INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES (?, ?, ?, ?)
    ON CONFLICT (product_id, observed_at) DO UPDATE SET price_cents = excluded.price_cents, source = excluded.source`);

  return db
    .transaction((): PriceChange[] => {
      const changes: PriceChange[] = [];
      for (const q of quotes) {
        if (!(Number.isInteger(q.priceCents) && q.priceCents >= 0)) continue;
        const row = read.get(q.productId);
        if (!row) continue;
        // Observations only move forward: a quote no newer than the last price this source
        // recorded (a retried batch, a restarted demo feed replaying its tick) is stale.
        const last = lastSeen.get(row.id, opts.source)?.at;
        if (last !== null && last !== undefined && q.observedAt <= last) continue;
        const size =
          row.size_value !== null && row.size_unit !== null
            ? { value: row.size_value, unit: row.size_unit, text: row.size_text ?? '', packCount: row.pack_count }
            : null;
        const unit = unitPriceOf(q.priceCents, size);
        const was = wasPriceOf(q, row);
        const inStock = q.inStock === undefined ? row.in_stock : q.inStock ? 1 : 0;
        update.run(q.priceCents, was, inStock, unit?.millicents ?? null, unit?.unit ?? null, opts.now, row.id);
        if (q.priceCents !== row.price_cents) {
          history.run(row.id, q.observedAt, q.priceCents, opts.source);
          changes.push({ productId: row.id, oldCents: row.price_cents, newCents: q.priceCents });
        }
      }
      return changes;
    })
    .immediate();
}

/**
 * A was-price only means something above the price: a source that stays silent keeps the stored one until the price reaches it.
 * (`PriceQuote.wasPriceCents`: null says there is none, left out keeps what is stored.)
 */
function wasPriceOf(q: PriceQuote, row: ProductPriceRow): number | null {
  const was = q.wasPriceCents === undefined ? row.was_price_cents : q.wasPriceCents;
  return was !== null && was > q.priceCents ? was : null;
}
