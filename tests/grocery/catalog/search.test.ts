import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../../src/understanding/index.js';
import type { Catalog } from '../../../src/grocery/catalog/index.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { catalogOf } from '../../helpers/catalog.js';

let catalog: Catalog;
let cleanup: () => void;
beforeAll(() => {
  // The demo store, seeded as seedDemoStore does (copied from a template it was seeded into once).
  const t = createSeededTempDb(Date.UTC(2026, 10, 20));
  cleanup = t.cleanup;
  catalog = catalogOf(t.db);
});
afterAll(() => cleanup());

const categoriesOf = (query: string, limit = 5) => catalog.search({ query, limit }).map((h) => h.product.category);

describe('catalog.search', () => {
  it('puts plain milk before milk chocolate and flavored milk', () => {
    const hits = catalog.search({ query: 'milk', limit: 10 });
    expect(hits.map((h) => h.product.category)).toEqual(Array(10).fill('milk'));
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[9]!.score);
  });

  it.each([
    ['eggs', 'eggs'],
    ['bread', 'bread'],
    ['cheese', 'cheese'],
    ['paper towels', 'paper towels'],
    ['laundry detergent', 'laundry detergent'],
  ])('finds the category people mean for "%s"', (query, category) => {
    expect(categoriesOf(query)[0]).toBe(category);
  });

  it.each([
    ['pop', 'soda'],
    ['coriander', 'cilantro'],
    ['courgette', 'zucchini'],
    ['aubergine', 'eggplant'],
    ['green onions', 'scallions'],
    ['hamburger', 'ground beef'],
    ['tp', 'toilet paper'],
    ['oj', 'orange juice'],
  ])('understands the synonym "%s" for %s', (query, category) => {
    const found = categoriesOf(query, 3);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(Array(found.length).fill(category));
  });

  it('matches singulars and plurals both ways', () => {
    expect(categoriesOf('banana', 3)).toEqual(['bananas', 'bananas', 'bananas']);
    expect(categoriesOf('tomato', 3)).toEqual(['tomatoes', 'tomatoes', 'tomatoes']);
    const berries = catalog.search({ query: 'strawberry', limit: 3 }).map((h) => h.product.name);
    expect(berries.every((n) => /strawberries/i.test(n))).toBe(true);
  });

  it('completes a half-typed last word', () => {
    expect(categoriesOf('bana', 3)).toEqual(['bananas', 'bananas', 'bananas']);
    expect(categoriesOf('great value whole mi', 1)).toEqual(['milk']);
  });

  it.each([
    ['bananna', 'bananas'],
    ['yoghurt', 'yogurt'],
    ['tomatoe', 'tomatoes'],
    ['brocoli', 'broccoli'],
    ['cheeze', 'cheese'],
    ['detergant', 'laundry detergent'],
  ])('forgives the typo "%s"', (query, category) => {
    expect(categoriesOf(query, 1)).toEqual([category]);
  });

  it('drops a leading brand the category does not come in before matching any word', () => {
    expect(categoriesOf('Tide mac and cheese', 3)).toEqual(['mac and cheese', 'mac and cheese', 'mac and cheese']);
  });

  it('returns nothing for nonsense', () => {
    expect(catalog.search({ query: 'xqzzyv' })).toEqual([]);
    expect(catalog.search({ query: 'qwrtp zzkj' })).toEqual([]);
  });

  it('applies brand, category, price and stock filters', () => {
    const tide = catalog.search({ query: 'detergent', brand: 'tide', limit: 20 });
    expect(tide.length).toBeGreaterThan(0);
    expect(tide.every((h) => h.product.brand === 'Tide')).toBe(true);
    const cheap = catalog.search({ query: 'cereal', maxPriceCents: 300, minPriceCents: 100, limit: 50 });
    expect(cheap.length).toBeGreaterThan(0);
    expect(cheap.every((h) => h.product.priceCents <= 300 && h.product.priceCents >= 100)).toBe(true);
    const inStock = catalog.search({ query: 'chips', inStock: true, limit: 100 });
    expect(inStock.every((h) => h.product.inStock)).toBe(true);
    const inCategory = catalog.search({ query: 'chocolate', category: 'Candy', limit: 50 });
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.every((h) => h.product.category === 'candy')).toBe(true);
    const browse = catalog.search({ query: '', category: 'eggs', limit: 3 });
    expect(browse.map((h) => h.product.category)).toEqual(['eggs', 'eggs', 'eggs']);
  });

  it('sorts by price, unit price and rating when asked', () => {
    const byPrice = catalog.search({ query: 'coffee', sort: 'price', limit: 20 }).map((h) => h.product.priceCents);
    expect(byPrice).toEqual([...byPrice].sort((a, b) => a - b));
    const byUnit = catalog
      .search({ query: 'orange juice', sort: 'unit_price', limit: 10 })
      .map((h) => h.product.unitPrice!.millicents);
    expect(byUnit).toEqual([...byUnit].sort((a, b) => a - b));
    const byRating = catalog.search({ query: 'shampoo', sort: 'rating', limit: 10 }).map((h) => h.product.rating!);
    expect(byRating).toEqual([...byRating].sort((a, b) => b - a));
    // The cheapest coffee is cheaper than what relevance shows first, so sorting changed something.
    expect(byPrice[0]!).toBeLessThanOrEqual(catalog.search({ query: 'coffee', limit: 1 })[0]!.product.priceCents);
  });

  it('honours the limit', () => {
    expect(catalog.search({ query: 'chips', limit: 7 })).toHaveLength(7);
  });
});

describe('catalog.get / getMany', () => {
  it('reads products by id and skips unknown ids', () => {
    const [a, b] = catalog.search({ query: 'eggs', limit: 2 }).map((h) => h.product);
    expect(catalog.get(a!.id)).toEqual(a);
    const many = catalog.getMany([a!.id, b!.id, 999_999]);
    expect([...many.keys()].sort()).toEqual([a!.id, b!.id].sort());
    expect(catalog.get(999_999)).toBeUndefined();
  });

  it('gives the same products through search, getMany and get', () => {
    // Search and getMany read through one cached statement when the id counts match.
    const hits = catalog.search({ query: 'cereal', limit: 10 }).map((h) => h.product);
    expect(hits).toHaveLength(10);
    const many = catalog.getMany(hits.map((p) => p.id));
    for (const p of hits) {
      expect(many.get(p.id)).toEqual(p);
      expect(catalog.get(p.id)).toEqual(p);
    }
    expect(catalog.search({ query: 'cereal', limit: 10 }).map((h) => h.product)).toEqual(hits);
  });
});

describe('catalog.bestMatch', () => {
  it.each([
    ['2 gal milk', 'milk'],
    ['eggs', 'eggs'],
    ['a dozen eggs', 'eggs'],
    ['Tide pods', 'laundry detergent'],
    ['3 lb ground beef', 'ground beef'],
    ['bananas', 'bananas'],
    ['toilet paper', 'toilet paper'],
    ['2% milk', 'milk'],
  ])('links "%s" to a %s product', (line, category) => {
    expect(catalog.bestMatch(line)?.category).toBe(category);
  });

  it('prefers the brand asked for, and ignores a brand the store does not carry', () => {
    expect(catalog.bestMatch('milk', { brand: 'Horizon Organic' })?.brand).toBe('Horizon Organic');
    expect(catalog.bestMatch('milk', { brand: 'Nobody Farms' })?.category).toBe('milk');
  });

  it('matches nothing for lines that are not groceries', () => {
    expect(catalog.bestMatch('call mom')).toBeUndefined();
    expect(catalog.bestMatch('pick up the kids')).toBeUndefined();
    expect(catalog.bestMatch('')).toBeUndefined();
  });
});

describe('catalog.vocabulary', () => {
  it('lists item phrases, brands and categories people say', () => {
    const v = catalog.vocabulary();
    for (const phrase of ['milk', 'eggs', 'mac and cheese', 'peanut butter', 'half and half', 'salt and pepper chips', 'oj', 'tp']) {
      expect(v.itemPhrases).toContain(phrase);
    }
    expect(v.brands).toContain('Great Value');
    expect(v.categories).toContain('laundry detergent');
    expect(catalog.vocabulary()).toBe(v);
  });

  it('names products by their kind, as people do: a word of the name before the last word of the category', () => {
    const v = catalog.vocabulary();
    // Hidden Valley Original Ranch Dressing (salad dressing), Goldfish Cheddar Crackers (crackers).
    for (const phrase of ['ranch dressing', 'goldfish cracker', 'grape jelly', 'whole milk']) expect(v.itemPhrases).toContain(phrase);
    // Sizes, joining words and brand words do not name a kind.
    expect(v.itemPhrases.filter((p) => /^(?:oz|pk|and|with|hidden|valley) /.test(p))).toEqual([]);
  });

  it('keeps what a product is called together when it is said without a comma', () => {
    const { understand } = createUnderstanding({ vocabulary: catalog.vocabulary() });
    expect(understand('kill the ranch dressing').calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'ranch dressing' }] } }]);
    expect(understand("we're out of goldfish crackers again").calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'goldfish crackers' }] } }]);
    // Two things that are not one product's name still split.
    expect(understand('milk eggs').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'milk' }, { name: 'eggs' }] } }]);
  });
});
