import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoProducts } from '../../../src/grocery/demo-store/index.js';
import { DAY_MS } from '../../../src/grocery/types.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { catalogOf, holdsDemoStore, seedDemoStoreInto } from '../../helpers/catalog.js';

const NOW = Date.UTC(2026, 10, 20, 15, 0, 0);

describe('generateDemoProducts', () => {
  it('gives the same store for the same seed and a different one for another seed', () => {
    const a = generateDemoProducts(7);
    const b = generateDemoProducts(7);
    const c = generateDemoProducts(8);
    expect(b).toEqual(a);
    expect(c.map((p) => p.priceCents)).not.toEqual(a.map((p) => p.priceCents));
  });
});

describe('seedDemoStore', () => {
  let db: Db;
  let cleanup: () => void;
  beforeAll(() => {
    ({ db, cleanup } = createTempDb());
    seedDemoStoreInto(db, { now: NOW });
  });
  afterAll(() => cleanup());

  it('loads 3,000+ products across 15+ departments and labels the store as the demo', () => {
    const products = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
    const departments = (db.prepare('SELECT count(DISTINCT department_id) AS n FROM products').get() as { n: number }).n;
    expect(products).toBeGreaterThanOrEqual(3000);
    expect(departments).toBeGreaterThanOrEqual(15);
    expect(holdsDemoStore(db)).toBe(true);
    // How long the load takes is a speed figure, measured in bench/catalog.ts (demo_seed_ms), not here.
  });

  it('prices a piece of produce below a bag of it, and a bag below the pieces it holds', () => {
    const rows = db.prepare("SELECT name, size_text, price_cents FROM products WHERE size_text = 'each' OR size_text LIKE '% lb bag' OR size_text LIKE '% lb'").all() as { name: string; size_text: string; price_cents: number }[];
    const each = new Map(rows.filter((r) => r.size_text === 'each').map((r) => [r.name.replace(/, each$/, ''), r.price_cents]));
    let pairs = 0;
    for (const r of rows.filter((x) => x.size_text !== 'each')) {
      const piece = each.get(r.name.replace(/, [\d.]+ lb( bag)?$/, ''));
      if (piece === undefined) continue;
      pairs++;
      expect(piece, r.name).toBeLessThan(r.price_cents);
    }
    expect(pairs).toBeGreaterThanOrEqual(5);
  });

  it('marks the nuts a product name gives away, whatever its category says', () => {
    const allergens = (pattern: string) => db.prepare('SELECT name, allergens FROM products WHERE lower(name) LIKE lower(?)').all(pattern) as { name: string; allergens: string }[];
    const peanut = allergens('%peanut%');
    expect(peanut.length).toBeGreaterThan(5);
    for (const p of [...peanut, ...allergens('Snickers%'), ...allergens('%trail mix%')]) expect(p.allergens.split(' '), p.name).toContain('peanuts');
    for (const p of allergens('%almond%')) expect(p.allergens.split(' '), p.name).toContain('tree_nuts');
  });

  it('finds brands written with "&" between letters however they are typed', () => {
    const catalog = catalogOf(db);
    for (const q of ["m&m's", 'm&ms', 'mms', 'peanut m&ms']) expect(catalog.bestMatch(q)?.brand, q).toBe("M&M's");
    expect(catalog.bestMatch('a&w root beer')?.brand).toBe('A&W');
    expect(catalog.bestMatch('mac & cheese')?.name).toMatch(/macaroni & cheese/i);
  });

  it('is a no-op on a store that already has products', () => {
    const before = db.prepare('SELECT count(*) AS n FROM products').get();
    expect(seedDemoStoreInto(db, { now: NOW + DAY_MS }).seeded).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM products').get()).toEqual(before);
  });

  it('has real-looking products with sizes, unit prices, store brands, flags and aisles in store order', () => {
    const names = new Set(db.prepare('SELECT name FROM products').pluck().all() as string[]);
    for (const name of ['Great Value Whole Milk, 1 gal', 'Oreo Chocolate Sandwich Cookies, 13.29 oz', 'Tide Original Liquid Laundry Detergent, 92 fl oz']) {
      expect(names.has(name)).toBe(true);
    }
    const catalog = catalogOf(db);
    const milk = catalog.search({ query: 'Great Value Whole Milk 1 gal', limit: 1 })[0]!.product;
    expect(milk.isStoreBrand).toBe(true);
    expect(milk.size).toEqual({ value: 1, unit: 'gal', text: '1 gal' });
    expect(milk.unitPrice).toEqual({ millicents: Math.round((milk.priceCents * 1000) / 128), unit: 'fl oz' });
    expect(milk.allergens).toContain('milk');
    expect(milk.department.name).toBe('Dairy & Eggs');
    const outOfStock = (db.prepare('SELECT count(*) AS n FROM products WHERE in_stock = 0').get() as { n: number }).n;
    expect(outOfStock).toBeGreaterThan(0);
    expect(outOfStock).toBeLessThan(300);
    const vegan = (db.prepare("SELECT count(*) AS n FROM products WHERE ' ' || diet_flags || ' ' LIKE '% vegan %'").get() as { n: number }).n;
    expect(vegan).toBeGreaterThan(100);
    const produce = db.prepare("SELECT store_order FROM departments WHERE slug IN ('produce', 'pet') ORDER BY slug").pluck().all() as number[];
    expect(produce[1]!).toBeLessThan(produce[0]!); // 'pet' sorts first by slug, 'produce' comes first in the store
    const aliases = db.prepare("SELECT DISTINCT alias FROM product_aliases WHERE alias IN ('oj', 'tp')").pluck().all();
    expect(aliases.sort()).toEqual(['oj', 'tp']);
    expect(db.prepare("SELECT synonym FROM synonyms WHERE term = 'pop'").pluck().all()).toContain('soda');
  });

  it('keeps 90+ days of daily history for every product, ending now', () => {
    const h = db
      .prepare('SELECT min(n) AS "minDays", min(first) AS oldest, max(last) AS newest FROM (SELECT count(*) AS n, min(observed_at) AS first, max(observed_at) AS last FROM price_history GROUP BY product_id) per_product')
      .get() as { minDays: number; oldest: number; newest: number };
    expect(h.minDays).toBeGreaterThanOrEqual(90);
    expect(h.newest).toBe(NOW);
    expect(NOW - h.oldest).toBeGreaterThanOrEqual(89 * DAY_MS);
    const withoutHistory = db.prepare('SELECT count(*) AS n FROM products p WHERE NOT EXISTS (SELECT 1 FROM price_history h WHERE h.product_id = p.id)').get();
    expect(withoutHistory).toEqual({ n: 0 });
    const mismatched = db
      .prepare('SELECT count(*) AS n FROM products p JOIN price_history h ON h.product_id = p.id AND h.observed_at = ? WHERE h.price_cents != p.price_cents')
      .get(NOW);
    expect(mismatched).toEqual({ n: 0 });
  });

  it('has running rollbacks, 10%+ drops, 90-day lows and increases', () => {
    const series = new Map<number, number[]>();
    for (const r of db.prepare('SELECT product_id, price_cents FROM price_history ORDER BY product_id, observed_at').raw().iterate() as Iterable<[number, number]>) {
      const list = series.get(r[0]) ?? [];
      list.push(r[1]);
      series.set(r[0], list);
    }
    let drops = 0;
    let lows = 0;
    let increases = 0;
    for (const prices of series.values()) {
      const today = prices.at(-1)!;
      const month = prices.slice(-31, -1).sort((a, b) => a - b);
      const median = month[Math.floor(month.length / 2)]!;
      if (today <= median * 0.9) drops++;
      if (today < Math.min(...prices.slice(-91, -1))) lows++;
      if (today > prices.at(-31)!) increases++;
    }
    const rollbacks = db
      .prepare('SELECT count(*) AS n FROM products WHERE was_price_cents IS NOT NULL AND was_price_cents > price_cents')
      .get() as { n: number };
    expect(rollbacks.n).toBeGreaterThan(50);
    expect(drops).toBeGreaterThan(50);
    expect(lows).toBeGreaterThan(50);
    expect(increases).toBeGreaterThan(50);
    // Most prices hold still: a store where everything moves daily would look fake.
    const flat = [...series.values()].filter((p) => new Set(p.slice(-30)).size === 1).length;
    expect(flat).toBeGreaterThan(series.size / 3);
  });
});
