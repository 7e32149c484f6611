import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPrices } from '../../src/grocery/prices/index.js';
import type { Db } from '../../src/store/database.js';
import { priceStores } from '../helpers/price-services.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { HOUR, NOW } from './jobs-harness.js';

let db: Db;
let cleanup: () => void;

beforeEach(() => {
  ({ db, cleanup } = createSeededTempDb(NOW));
});

afterEach(() => cleanup());

/** A 1 gal milk from the demo store, for its size (128 fl oz). */
function milk(): { id: number; price_cents: number; was_price_cents: number | null } {
  return db.prepare("SELECT id, price_cents, was_price_cents FROM products WHERE size_text = '1 gal' AND category = 'milk' ORDER BY id LIMIT 1").get() as never;
}
const row = (id: number) =>
  db.prepare('SELECT price_cents, was_price_cents, in_stock, unit_price_millicents, unit_price_unit, updated_at FROM products WHERE id = ?').get(id) as {
    price_cents: number;
    was_price_cents: number | null;
    in_stock: number;
    unit_price_millicents: number;
    unit_price_unit: string;
    updated_at: number;
  };
const history = (id: number, since: number) =>
  db.prepare('SELECT observed_at, price_cents, source FROM price_history WHERE product_id = ? AND observed_at > ? ORDER BY observed_at').all(id, since);

describe('recordPrices', () => {
  it('writes the new price, was-price, stock and unit price, and one history point, and reports the change', () => {
    const m = milk();
    const at = NOW + HOUR;
    const changes = recordPrices(priceStores(db), [{ productId: m.id, priceCents: 256, wasPriceCents: m.price_cents, inStock: false, observedAt: at }], { source: 'demo', now: at + 5 });
    expect(changes).toEqual([{ productId: m.id, oldCents: m.price_cents, newCents: 256 }]);
    // $2.56 for 128 fl oz is 2,000 millicents per fl oz.
    expect(row(m.id)).toEqual({ price_cents: 256, was_price_cents: m.price_cents, in_stock: 0, unit_price_millicents: 2000, unit_price_unit: 'fl oz', updated_at: at + 5 });
    expect(history(m.id, NOW)).toEqual([{ observed_at: at, price_cents: 256, source: 'demo' }]);
  });

  it('reports nothing and writes no history for an unchanged price, an unknown product or a bad price', () => {
    const m = milk();
    const at = NOW + HOUR;
    const changes = recordPrices(
      priceStores(db),
      [
        { productId: m.id, priceCents: m.price_cents, observedAt: at },
        { productId: 999_999, priceCents: 100, observedAt: at },
        { productId: m.id, priceCents: -5, observedAt: at },
      ],
      { source: 'demo', now: at },
    );
    expect(changes).toEqual([]);
    expect(history(m.id, NOW)).toEqual([]);
    expect(row(m.id).price_cents).toBe(m.price_cents);
  });

  it('ignores a quote no newer than the last price the source recorded (a replayed or retried batch)', () => {
    const m = milk();
    const at = NOW + HOUR;
    recordPrices(priceStores(db), [{ productId: m.id, priceCents: 256, observedAt: at }], { source: 'demo', now: at });
    expect(recordPrices(priceStores(db), [{ productId: m.id, priceCents: 230, observedAt: at }], { source: 'demo', now: at })).toEqual([]);
    expect(row(m.id).price_cents).toBe(256);
    // Another source keeps its own timeline.
    expect(recordPrices(priceStores(db), [{ productId: m.id, priceCents: 248, observedAt: at }], { source: 'walmart', now: at })).toEqual([
      { productId: m.id, oldCents: 256, newCents: 248 },
    ]);
  });

  it('keeps a was-price the source does not mention only while it is above the price', () => {
    const m = milk();
    recordPrices(priceStores(db), [{ productId: m.id, priceCents: 256, wasPriceCents: 318, observedAt: NOW + HOUR }], { source: 'demo', now: NOW + HOUR });
    recordPrices(priceStores(db), [{ productId: m.id, priceCents: 268, observedAt: NOW + 2 * HOUR }], { source: 'demo', now: NOW + 2 * HOUR });
    expect(row(m.id).was_price_cents).toBe(318);
    recordPrices(priceStores(db), [{ productId: m.id, priceCents: 318, observedAt: NOW + 3 * HOUR }], { source: 'demo', now: NOW + 3 * HOUR });
    expect(row(m.id).was_price_cents).toBeNull();
  });
});
