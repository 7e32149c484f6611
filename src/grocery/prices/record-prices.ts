import type { PriceHistoryRepository, PriceRepository, StoredPrice } from '../../store/prices/index.js';
import type { Transactor } from '../../store/sql.js';
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

/** The stores a price refresh writes to, and how it makes one batch all-or-nothing. */
export interface PriceWriteStores {
  prices: Pick<PriceRepository, 'storedPrice' | 'updatePrice'>;
  history: Pick<PriceHistoryRepository, 'lastObservedAt' | 'addObservation'>;
  transactor: Transactor;
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
 * const changes = recordPrices({ prices, history, transactor }, [{ productId: 7, priceCents: 299, observedAt: now }], { source: 'demo', now });
 * // [{ productId: 7, oldCents: 348, newCents: 299 }]
 */
export function recordPrices(stores: PriceWriteStores, quotes: readonly PriceQuote[], opts: RecordPricesOptions): PriceChange[] {
  const { prices, history } = stores;
  return stores.transactor.atomically((): PriceChange[] => {
    const changes: PriceChange[] = [];
    for (const q of quotes) {
      if (!(Number.isInteger(q.priceCents) && q.priceCents >= 0)) continue;
      const stored = prices.storedPrice(q.productId);
      if (!stored) continue;
      // Observations only move forward: a quote no newer than the last price this source
      // recorded (a retried batch, a restarted demo feed replaying its tick) is stale.
      const last = history.lastObservedAt(stored.productId, opts.source);
      if (last !== undefined && q.observedAt <= last) continue;
      const size = stored.size && { value: stored.size.value, unit: stored.size.unit, text: stored.size.text ?? '', packCount: stored.size.packCount };
      const unitPrice = unitPriceOf(q.priceCents, size);
      const wasPriceCents = wasPriceOf(q, stored);
      const inStock = q.inStock === undefined ? stored.inStock : q.inStock;
      prices.updatePrice(stored.productId, { priceCents: q.priceCents, wasPriceCents, inStock, unitPrice, updatedAt: opts.now });
      if (q.priceCents !== stored.priceCents) {
        history.addObservation(stored.productId, q.observedAt, q.priceCents, opts.source);
        changes.push({ productId: stored.productId, oldCents: stored.priceCents, newCents: q.priceCents });
      }
    }
    return changes;
  });
}

/**
 * A was-price only means something above the price: a source that stays silent keeps the stored one until the price reaches it.
 * (`PriceQuote.wasPriceCents`: null says there is none, left out keeps what is stored.)
 */
function wasPriceOf(q: PriceQuote, stored: StoredPrice): number | null {
  const was = q.wasPriceCents === undefined ? stored.wasPriceCents : q.wasPriceCents;
  return was !== null && was > q.priceCents ? was : null;
}
