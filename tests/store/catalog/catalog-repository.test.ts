import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogRepository, type CatalogRepository, type ProductRecord } from '../../../src/store/catalog/index.js';
import { toTsQuery } from '../../../src/store/catalog/postgres-product-search.js';
import type { Db } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 20);
let db: Db;
let repo: CatalogRepository;
let cleanup: () => void;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  repo = createCatalogRepository(sqliteConnection(db));
});
afterEach(() => cleanup());

function record(over: Partial<ProductRecord> & Pick<ProductRecord, 'name' | 'category' | 'priceCents'>): ProductRecord {
  return {
    sku: null, brand: null, isStoreBrand: false, department: null, aisle: null, sizeValue: null, sizeUnit: null, sizeText: null,
    packCount: 1, wasPriceCents: null, unitPriceMillicents: null, unitPriceUnit: null, inStock: true, rating: null, reviewCount: 0,
    dietFlags: [], allergens: [], popularity: 0, source: 'import', aliases: [], ...over,
  };
}

const all = (words: string[]) => words.map((w) => [{ words: [w] }]);

describe('catalog repository (SQLite)', () => {
  it('saves products and reads them back as the domain sees them, leaving unknown ids out', () => {
    const { ids } = repo.saveProducts(
      [
        record({ sku: 'A', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', priceCents: 399, department: 'Dairy & Eggs', dietFlags: ['Vegan', 'dairy free'] }),
        record({ sku: 'B', name: 'Acme Cola, 2 l', brand: 'Acme', category: 'soda', priceCents: 199, inStock: false }),
      ],
      { now: NOW },
    );
    expect(repo.product(ids[0]!)).toMatchObject({ name: 'Acme Oat Milk, 64 fl oz', dietFlags: ['vegan', 'dairy_free'], department: { name: 'Dairy & Eggs', slug: 'dairy-eggs' } });
    expect([...repo.products([ids[1]!, 9999, ids[0]!], 10).keys()].sort()).toEqual([...ids].sort());
    expect(repo.product(9999)).toBeUndefined();
  });

  it('matches every word or any word, through filters that ignore case', () => {
    repo.saveProducts(
      [
        record({ name: 'Acme Oat Milk', brand: 'Acme', category: 'plant milk', priceCents: 399 }),
        record({ name: 'Bolt Whole Milk', brand: 'Bolt', category: 'milk', priceCents: 349 }),
        record({ name: 'Bolt Oat Cookies', brand: 'Bolt', category: 'cookies', priceCents: 299, inStock: false }),
      ],
      { now: NOW },
    );
    const names = (rows: { id: number }[]) => rows.map((r) => repo.product(r.id)!.name).sort();
    expect(names(repo.matching(all(['oat', 'milk']), 'all', {}, 10))).toEqual(['Acme Oat Milk']);
    expect(names(repo.matching(all(['oat', 'milk']), 'any', {}, 10))).toEqual(['Acme Oat Milk', 'Bolt Oat Cookies', 'Bolt Whole Milk']);
    expect(names(repo.matching(all(['oat']), 'all', { brand: 'BOLT' }, 10))).toEqual(['Bolt Oat Cookies']);
    expect(names(repo.matching(all(['oat']), 'all', { inStock: true }, 10))).toEqual(['Acme Oat Milk']);
    expect(names(repo.matching([[{ words: ['cook'], prefix: true }]], 'all', {}, 10))).toEqual(['Bolt Oat Cookies']);
    expect(repo.isIndexed('cookie')).toBe(true);
    expect(repo.isIndexed('cake')).toBe(false);
  });

  it('finds an alias added to a product that already exists', () => {
    const [id] = repo.saveProducts([record({ sku: 'S', name: 'Acme Seltzer', category: 'sparkling water', priceCents: 499 })], { now: NOW }).ids;
    expect(repo.matching(all(['fizz']), 'all', {}, 5)).toEqual([]);
    repo.saveProducts([record({ sku: 'S', name: 'Acme Seltzer', category: 'sparkling water', priceCents: 499, aliases: ['fizz'] })], { now: NOW });
    expect(repo.matching(all(['fizz']), 'all', {}, 5).map((r) => [r.id, r.aliases])).toEqual([[id, ['fizz']]]);
  });

  it('lists categories and brands once each in code point order, and the synonyms as stored', () => {
    repo.saveProducts(
      [
        record({ name: 'b1', brand: 'acme', category: 'milk', priceCents: 1 }),
        record({ name: 'b2', brand: 'Zeta', category: 'Eggs', priceCents: 1 }),
        record({ name: 'b3', brand: 'Zeta', category: 'milk', priceCents: 1 }),
      ],
      { now: NOW },
    );
    db.prepare("INSERT INTO synonyms (term, synonym) VALUES ('pop', 'soda')").run();
    expect(repo.categories()).toEqual(['Eggs', 'milk']);
    expect(repo.brands()).toEqual(['Zeta', 'acme']);
    expect(repo.synonyms()).toEqual([['pop', 'soda']]);
    expect(repo.productTexts()).toHaveLength(3);
  });
});

describe('PostgreSQL search query text', () => {
  it('quotes every word, so nothing typed is read as a tsquery operator', () => {
    const q = toTsQuery([[{ words: ["o'brien"] }, { words: ['a|b', '!c'] }], [{ words: ['ban'], prefix: true }]], ' & ');
    expect(q).toBe("(('o' & 'brien') | ('a' & 'b' & 'c')) & (('ban':*))");
    expect(toTsQuery([[{ words: ['&'] }]], ' | ')).toBe('');
  });
});
