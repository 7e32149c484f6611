import { afterEach, describe, expect, it } from 'vitest';
import { catalogOf } from '../../helpers/catalog.js';
import { DAY_MS } from '../../../src/grocery/types.js';
import { createPriceHistoryRepository, createPriceRepository } from '../../../src/store/prices/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createSeededTempDb, createTempDb } from '../../helpers/temp-db.js';
import { addDailyHistory, addProduct, NOW, TODAY } from '../../grocery/prices/store-fixture.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('price repository', () => {
  it('reads every demo product exactly as the catalog does, by id and by category', () => {
    const seeded = createSeededTempDb(NOW);
    cleanup = seeded.cleanup;
    const prices = createPriceRepository(sqliteConnection(seeded.db));
    const ids = seeded.db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[];
    const catalog = catalogOf(seeded.db).getMany(ids);
    // More ids than one IN list holds, with a duplicate and an unknown id.
    const read = prices.products([...ids, ids[0]!, 999_999_999]);
    expect(read.size).toBe(ids.length);
    for (const id of ids) expect(read.get(id), `product ${id}`).toEqual(catalog.get(id));
    const eggs = prices.productsInCategory('eggs');
    expect(eggs.length).toBeGreaterThan(1);
    expect(eggs.map((p) => p.id)).toEqual([...eggs.map((p) => p.id)].sort((a, b) => a - b));
    for (const p of eggs) expect(p).toEqual(catalog.get(p.id));
  });

  it('writes a new price and reads back what a refresh needs', () => {
    const t = createTempDb();
    cleanup = t.cleanup;
    const id = addProduct(t.db, { name: 'Milk 1 gal', category: 'milk', priceCents: 348, wasPriceCents: 399, size: { value: 1, unit: 'gal' } });
    const prices = createPriceRepository(sqliteConnection(t.db));
    expect(prices.storedPrice(id)).toEqual({ productId: id, priceCents: 348, wasPriceCents: 399, inStock: true, size: { value: 1, unit: 'gal', text: '1 gal', packCount: 1 } });
    prices.updatePrice(id, { priceCents: 299, wasPriceCents: null, inStock: false, unitPrice: { millicents: 2336, unit: 'fl oz' }, updatedAt: NOW + 1 });
    expect(prices.products([id]).get(id)).toMatchObject({ priceCents: 299, wasPriceCents: null, inStock: false, unitPrice: { millicents: 2336, unit: 'fl oz' } });
    expect(prices.storedPrice(999_999)).toBeUndefined();
  });
});

describe('price history repository', () => {
  it('gives the window with the last earlier point carried in, per product, and the same one product at a time', () => {
    const t = createTempDb();
    cleanup = t.cleanup;
    const a = addProduct(t.db, { name: 'A', category: 'x', priceCents: 100 });
    const b = addProduct(t.db, { name: 'B', category: 'x', priceCents: 100 });
    const c = addProduct(t.db, { name: 'C', category: 'x', priceCents: 100 });
    addDailyHistory(t.db, a, [110, 120, 130, 140]);
    addDailyHistory(t.db, b, [200], TODAY - 10 * DAY_MS);
    const history = createPriceHistoryRepository(sqliteConnection(t.db));
    const from = TODAY - 2 * DAY_MS;
    const got = history.histories([a, b, c], from, NOW);
    expect(got.get(a)).toEqual([
      { at: TODAY - 3 * DAY_MS + DAY_MS / 2, priceCents: 120 },
      { at: TODAY - 2 * DAY_MS + DAY_MS / 2, priceCents: 130 },
      { at: TODAY - DAY_MS + DAY_MS / 2, priceCents: 140 },
    ]);
    expect(got.get(b)).toEqual([{ at: TODAY - 11 * DAY_MS + DAY_MS / 2, priceCents: 200 }]);
    expect(got.has(c)).toBe(false);
    expect(history.histories([], from, NOW).size).toBe(0);
    const each: [number, unknown][] = [];
    history.eachHistory([a, b, c], from, NOW, (id, points) => each.push([id, points]));
    expect(each).toEqual([[a, got.get(a)], [b, got.get(b)], [c, []]]);
  });

  it('knows when each source last recorded a price, and a second price at the same instant replaces the first', () => {
    const t = createTempDb();
    cleanup = t.cleanup;
    const id = addProduct(t.db, { name: 'A', category: 'x', priceCents: 100 });
    const history = createPriceHistoryRepository(sqliteConnection(t.db));
    expect(history.lastObservedAt(id, 'demo')).toBeUndefined();
    history.addObservation(id, NOW, 90, 'demo');
    history.addObservation(id, NOW - DAY_MS, 95, 'walmart');
    history.addObservation(id, NOW, 80, 'demo');
    expect(history.lastObservedAt(id, 'demo')).toBe(NOW);
    expect(history.lastObservedAt(id, 'walmart')).toBe(NOW - DAY_MS);
    expect(history.histories([id], NOW - 2 * DAY_MS, NOW).get(id)).toEqual([
      { at: NOW - DAY_MS, priceCents: 95 },
      { at: NOW, priceCents: 80 },
    ]);
  });
});
