/**
 * What the preference memory learns from choices and orders, and how it ranks products and
 * picks deal alerts from that. Structured data only, so one backend (the default) is enough;
 * recall and isolation on both backends are in preference-recall.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/grocery/catalog/index.js';
import { importOrders } from '../../src/grocery/imports/index.js';
import type { Product } from '../../src/grocery/types.js';
import type { PreferenceMemory } from '../../src/memory/index.js';
import type { Db } from '../../src/store/database.js';
import { FAIRLIFE_2PCT, GV_2PCT_GAL, GV_WHOLE_GAL, HORIZON_WHOLE_64, openMemoryTestBed } from './memory-test-bed.js';
import { orderHistoryOf } from '../helpers/catalog.js';

let db: Db;
let dir: string;
let catalog: Catalog;
let memory: PreferenceMemory;
let ana: number;
let ben: number;
let close: () => Promise<void>;

beforeEach(() => void ({ db, dir, catalog, memory, ana, ben, close } = openMemoryTestBed()));
afterEach(() => close());

const product = (id: number) => catalog.get(id)!;
const search = (query: string, limit = 10): Product[] => catalog.search({ query, limit }).map((h) => h.product);
const ids = (products: readonly Product[]) => products.map((p) => p.id);

function importOrderCsv(userId: number, rows: [orderId: string, date: string, productId: number][]): void {
  const file = path.join(dir, `orders-${userId}-${rows.length}.csv`);
  const lines = rows.map(([order, date, id]) => `${date},${order},"${product(id).name}",1,${(product(id).priceCents / 100).toFixed(2)},${id}`);
  fs.writeFileSync(file, ['date,order_id,product_name,quantity,price,product_id', ...lines].join('\n'));
  importOrders(orderHistoryOf(db), userId, file, { catalog });
}

describe('usual products learned from picks', () => {
  it('after choosing a milk once, "milk" means that milk, however the amount is said', () => {
    expect(memory.usualProductFor(ana, 'milk')).toBeNull();
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    expect(memory.usualProductFor(ana, 'milk')).toBe(GV_2PCT_GAL);
    expect(memory.usualProductFor(ana, '2 gallons of Milk')).toBe(GV_2PCT_GAL);
    expect(memory.usualChoice(ana, 'milk')).toMatchObject({ brand: 'Great Value', size: '1 gal', category: 'milk' });
  });

  it("one person's usual milk is not another's", () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    expect(memory.usualProductFor(ben, 'milk')).toBeNull();
  });

  it('a choice made under other words still teaches the category ("whole milk" teaches "milk")', () => {
    memory.learnFromPick(ana, product(HORIZON_WHOLE_64), 'organic whole milk');
    expect(memory.usualProductFor(ana, 'milk')).toBe(HORIZON_WHOLE_64);
    expect(memory.usualProductFor(ana, 'eggs')).toBeNull();
  });

  it('repeated choices add weight: three picks of one milk outweigh a later one-off', () => {
    for (let i = 0; i < 3; i++) memory.learnFromPick(ana, product(HORIZON_WHOLE_64), 'milk');
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    expect(memory.usualChoice(ana, 'milk')).toMatchObject({ productId: HORIZON_WHOLE_64, score: 6 });
    expect(memory.list(ana, 'brand')[0]).toMatchObject({ value: 'horizon organic', weight: 3, source: 'learned' });
  });

  it('between two milks chosen equally often, the latest choice wins', () => {
    memory.learnFromPick(ana, product(HORIZON_WHOLE_64), 'milk');
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    expect(memory.usualProductFor(ana, 'milk')).toBe(GV_2PCT_GAL);
  });

  it('an out-of-stock usual is not offered', () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    db.prepare('UPDATE products SET in_stock = 0 WHERE id = ?').run(GV_2PCT_GAL);
    expect(memory.usualProductFor(ana, 'milk')).toBeNull();
  });
});

describe('usual products learned from imported orders', () => {
  it('the milk bought in most orders becomes the usual one, with its brand and size', () => {
    importOrderCsv(ana, [
      ['A1', '2026-09-01', GV_WHOLE_GAL],
      ['A2', '2026-09-08', GV_WHOLE_GAL],
      ['A3', '2026-09-15', GV_WHOLE_GAL],
      ['A3', '2026-09-15', FAIRLIFE_2PCT],
    ]);
    const learned = memory.learnFromOrders(ana);
    expect(learned).toMatchObject({ orders: 3, products: 2 });
    expect(learned.usuals).toEqual([expect.objectContaining({ productId: GV_WHOLE_GAL, brand: 'Great Value', size: '1 gal', score: 3 })]);
    expect(memory.usualProductFor(ana, 'milk')).toBe(GV_WHOLE_GAL);
    expect(memory.usualProductFor(ben, 'milk')).toBeNull();
  });

  it('learning from the same orders twice, or after re-importing them, changes nothing', () => {
    const rows: [string, string, number][] = [
      ['A1', '2026-09-01', GV_WHOLE_GAL],
      ['A2', '2026-09-08', GV_WHOLE_GAL],
    ];
    importOrderCsv(ana, rows);
    const first = memory.learnFromOrders(ana);
    importOrderCsv(ana, rows);
    expect(memory.learnFromOrders(ana)).toEqual(first);
    expect(memory.usualChoice(ana, 'milk')?.score).toBe(2);
  });

  it('two milks bought equally often are no clear favourite, so the person is still asked', () => {
    importOrderCsv(ana, [
      ['A1', '2026-09-01', GV_WHOLE_GAL],
      ['A2', '2026-09-08', FAIRLIFE_2PCT],
    ]);
    memory.learnFromOrders(ana);
    expect(memory.usualProductFor(ana, 'milk')).toBeNull();
  });

  it('a single order is not yet a habit, but a pick on top of it is', () => {
    importOrderCsv(ana, [['A1', '2026-09-01', GV_WHOLE_GAL]]);
    memory.learnFromOrders(ana);
    expect(memory.usualProductFor(ana, 'milk')).toBeNull();
    memory.learnFromPick(ana, product(FAIRLIFE_2PCT), 'milk');
    expect(memory.usualProductFor(ana, 'milk')).toBe(FAIRLIFE_2PCT);
  });
});

describe('ranking products for a person', () => {
  it('keeps the catalog order for someone the assistant knows nothing about', () => {
    const milk = search('milk');
    expect(ids(memory.rankProducts(ana, milk))).toEqual(ids(milk));
  });

  it('leaves out everything with an allergen the person stated, including "nuts" meaning peanuts too', async () => {
    await memory.remember(ana, 'allergy', 'nuts');
    const snacks = [...search('peanut butter', 5), ...search('almonds', 5), ...search('salsa', 3)];
    const ranked = memory.rankProducts(ana, snacks);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((p) => !p.allergens.includes('peanuts') && !p.allergens.includes('tree_nuts'))).toBe(true);
    expect(ranked.map((p) => p.category)).toContain('salsa');
  });

  it('says what it left out and why, so a reply can explain an empty result', async () => {
    await memory.remember(ana, 'allergy', 'peanuts');
    const jars = search('peanut butter', 6);
    const screened = memory.screenProducts(ana, jars);
    expect(screened.products).toEqual([]);
    expect(screened.excluded.map((x) => x.reason)).toEqual(jars.map(() => 'contains peanuts'));
    expect(memory.screenProducts(ben, jars)).toEqual({ products: jars, excluded: [] });
  });

  it('leaves out products named after an allergy the catalog does not tag', async () => {
    await memory.remember(ana, 'allergy', 'strawberries');
    const products = [...search('strawberry', 5), ...search('salsa', 2)];
    expect(products.some((p) => /strawberr/i.test(p.name))).toBe(true);
    const ranked = memory.rankProducts(ana, products);
    expect(ranked.some((p) => /strawberr/i.test(p.name))).toBe(false);
    expect(ranked.length).toBeGreaterThanOrEqual(2);
  });

  it('puts products that fit a vegan diet before the ones that do not', async () => {
    await memory.remember(ana, 'diet', 'vegan');
    const milks = [...search('milk', 10), ...search('almond milk', 4)];
    const ranked = memory.rankProducts(ana, milks);
    expect(ranked).toHaveLength(milks.length);
    const firstDairy = ranked.findIndex((p) => !p.dietFlags.includes('vegan'));
    expect(firstDairy).toBeGreaterThan(0);
    expect(ranked.slice(firstDairy).every((p) => !p.dietFlags.includes('vegan'))).toBe(true);
  });

  it('puts a stated favourite brand first and a disliked brand last', async () => {
    await memory.remember(ana, 'brand', 'Great Value');
    await memory.remember(ana, 'dislikes', 'Oreo');
    const cookies = search('cookies', 12);
    expect(cookies.some((p) => p.brand === 'Oreo')).toBe(true);
    const ranked = memory.rankProducts(ana, cookies);
    expect(ranked[0]!.brand).toBe('Great Value');
    expect(ranked.at(-1)!.brand).toBe('Oreo');
    expect(ranked).toHaveLength(cookies.length);
  });

  it('puts the usual product first, then others of its brand', () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    const ranked = memory.rankProducts(ana, search('milk', 20));
    expect(ranked[0]!.id).toBe(GV_2PCT_GAL);
    expect(ranked[1]!.brand).toBe('Great Value');
  });

  it('never ranks an allergen back in, even when it is the usual product', async () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    await memory.remember(ana, 'allergy', 'dairy');
    expect(memory.rankProducts(ana, search('milk', 20)).map((p) => p.id)).not.toContain(GV_2PCT_GAL);
  });
});

describe('interest in a product (deal alerts)', () => {
  it('says why: the usual product, something bought before, a liked brand or a liked thing', async () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    await memory.remember(ana, 'brand', 'Herdez');
    await memory.remember(ana, 'likes', 'granola bars');
    expect(memory.interestedIn(ana, product(GV_2PCT_GAL))).toEqual({ reason: 'usual', text: 'you usually buy it' });
    expect(memory.interestedIn(ana, search('herdez salsa', 1)[0]!)).toMatchObject({ reason: 'brand', text: 'you like Herdez' });
    expect(memory.interestedIn(ana, search('granola bar', 1)[0]!)).toMatchObject({ reason: 'likes', text: 'you like granola bars' });
  });

  it('picks the deals worth telling each person about, from one list of deals', async () => {
    memory.learnFromPick(ana, product(GV_2PCT_GAL), 'milk');
    await memory.remember(ben, 'brand', 'Herdez');
    const deals = [product(GV_2PCT_GAL), search('herdez salsa', 1)[0]!, search('tortilla chips', 1)[0]!];
    expect(memory.interestsIn(ana, deals).map((d) => [d.product.id, d.interest.reason])).toEqual([[GV_2PCT_GAL, 'usual']]);
    expect(memory.interestsIn(ben, deals).map((d) => [d.product.brand, d.interest.reason])).toEqual([['Herdez', 'brand']]);
  });

  it('stays quiet about products nothing connects to the person, and about ones they cannot eat', async () => {
    await memory.remember(ana, 'brand', 'Jif');
    await memory.remember(ana, 'allergy', 'peanuts');
    expect(memory.interestedIn(ana, search('tortilla chips', 1)[0]!)).toBeNull();
    expect(memory.interestedIn(ana, search('jif peanut butter', 1)[0]!)).toBeNull();
    expect(memory.interestedIn(ben, product(GV_2PCT_GAL))).toBeNull();
  });
});
