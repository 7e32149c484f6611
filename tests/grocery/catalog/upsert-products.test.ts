import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/grocery/catalog/index.js';
import { DAY_MS } from '../../../src/grocery/types.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb, onPostgres } from '../../helpers/temp-db.js';
import { catalogOf } from '../../helpers/catalog.js';

const NOW = Date.UTC(2026, 10, 20);
let db: Db;
let catalog: Catalog;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  catalog = catalogOf(db);
});
afterEach(() => cleanup());

const history = (id: number) =>
  db.prepare('SELECT observed_at AS at, price_cents AS cents FROM price_history WHERE product_id = ? ORDER BY observed_at').all(id);

describe('catalog.upsertProducts', () => {
  it('inserts new products that search finds at once, with a first history point and a unit price', () => {
    const r = catalog.upsertProducts(
      [{ sku: 'X1', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', department: 'Dairy & Eggs', aisle: 'E9', size: '64 fl oz', priceCents: 399, aliases: ['oatmilk'] }],
      { now: NOW },
    );
    expect(r).toMatchObject({ inserted: 1, updated: 0, priceChanges: 0 });
    const id = r.ids[0]!;
    expect(catalog.search({ query: 'oat milk' })[0]?.product.id).toBe(id);
    expect(catalog.search({ query: 'oatmilk' })[0]?.product.id).toBe(id);
    expect(history(id)).toEqual([{ at: NOW, cents: 399 }]);
    const p = catalog.get(id)!;
    expect(p.unitPrice).toEqual({ millicents: Math.round(399_000 / 64), unit: 'fl oz' });
    expect(p.department.name).toBe('Dairy & Eggs');
    expect(p.aisle?.code).toBe('E9');
  });

  it('updates by sku, appends history only when the price changes, and re-indexes a renamed product', () => {
    const [id] = catalog.upsertProducts([{ sku: 'X2', name: 'Acme Cola, 2 l', category: 'soda', priceCents: 199 }], { now: NOW }).ids;
    const same = catalog.upsertProducts([{ sku: 'X2', name: 'Acme Cola, 2 l', category: 'soda', priceCents: 199 }], { now: NOW + DAY_MS });
    expect(same).toMatchObject({ inserted: 0, updated: 1, priceChanges: 0 });
    const cheaper = catalog.upsertProducts([{ sku: 'X2', name: 'Acme Root Beer, 2 l', category: 'soda', priceCents: 149 }], { now: NOW + 2 * DAY_MS });
    expect(cheaper).toMatchObject({ updated: 1, priceChanges: 1, ids: [id] });
    expect(history(id!)).toEqual([
      { at: NOW, cents: 199 },
      { at: NOW + 2 * DAY_MS, cents: 149 },
    ]);
    expect(catalog.search({ query: 'root beer' }).map((h) => h.product.id)).toEqual([id]);
    expect(catalog.search({ query: 'cola' })).toEqual([]);
    expect(catalog.get(id!)!.priceCents).toBe(149);
  });

  it('keys products without a sku by name and brand', () => {
    catalog.upsertProducts([{ name: 'Fresh Kale, 1 bunch', category: 'kale', priceCents: 150 }], { now: NOW });
    const r = catalog.upsertProducts([{ name: 'fresh kale, 1 bunch', category: 'kale', priceCents: 175 }], { now: NOW + DAY_MS });
    expect(r).toMatchObject({ inserted: 0, updated: 1, priceChanges: 1 });
    expect((db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n).toBe(1);
  });

  it('keeps the FTS index in step when products are deleted', () => {
    const [id] = catalog.upsertProducts([{ sku: 'X3', name: 'Acme Pickles, 24 fl oz', category: 'pickles', priceCents: 249 }], { now: NOW }).ids;
    db.prepare('DELETE FROM products WHERE id = ?').run(id);
    catalog.invalidate();
    expect(catalog.search({ query: 'pickles' })).toEqual([]);
    // SQLite keeps the index in a table of its own; PostgreSQL's search document is a column of the row just deleted.
    if (!onPostgres) expect((db.prepare('SELECT count(*) AS n FROM products_fts').get() as { n: number }).n).toBe(0);
  });
});

describe('aliases added later', () => {
  it('makes an existing product findable by a new alias', () => {
    const [id] = catalog.upsertProducts([{ sku: 'X4', name: 'Acme Seltzer, 12 pk', category: 'sparkling water', priceCents: 499 }], { now: NOW }).ids;
    expect(catalog.search({ query: 'fizz' })).toEqual([]);
    catalog.upsertProducts([{ sku: 'X4', name: 'Acme Seltzer, 12 pk', category: 'sparkling water', priceCents: 499, aliases: ['fizz'] }], { now: NOW });
    expect(catalog.search({ query: 'fizz' }).map((h) => h.product.id)).toEqual([id]);
  });
});
