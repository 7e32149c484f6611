/**
 * Ranking and usual products answer from what is in SQLite at the moment of the call: a pick, a
 * preference saved straight into the table, a product going out of stock or renamed is seen by the
 * very next call. (Ranking remembers item keys and product words by text, and reads every
 * category's usual in one query; these tests hold it to the answers of one query per category.)
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/grocery/catalog/index.js';
import type { Product } from '../../src/grocery/types.js';
import { createPreferenceStore, type PreferenceMemory } from '../../src/memory/index.js';
import type { Db } from '../../src/store/database.js';
import { createPreferenceRepository } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { FAIRLIFE_2PCT, GV_2PCT_GAL, GV_WHOLE_GAL, HORIZON_WHOLE_64, openMemoryTestBed } from './memory-test-bed.js';

let db: Db;
let catalog: Catalog;
let memory: PreferenceMemory;
let ana: number;
let close: () => Promise<void>;

beforeEach(() => void ({ db, catalog, memory, ana, close } = openMemoryTestBed()));
afterEach(() => close());

const product = (id: number) => catalog.get(id)!;
const search = (query: string, limit = 12): Product[] => catalog.search({ query, limit }).map((h) => h.product);
const ids = (products: readonly Product[]) => products.map((p) => p.id);

describe('usual products across many categories', () => {
  it('knows the usual of every category the person has one in, for ranking and for deal alerts', () => {
    const usuals = new Map<string, number>();
    for (const query of ['eggs', 'bread', 'bananas', 'coffee', 'butter', 'cereal']) {
      const [first, second] = search(query).filter((p) => p.inStock);
      memory.learnFromPick(ana, first!);
      memory.learnFromPick(ana, first!);
      memory.learnFromPick(ana, second!);
      usuals.set(first!.category, first!.id);
    }
    // Milk: one pick each, so the later one is the usual.
    memory.learnFromPick(ana, product(HORIZON_WHOLE_64));
    memory.learnFromPick(ana, product(GV_2PCT_GAL));
    usuals.set('milk', GV_2PCT_GAL);
    for (const [category, id] of usuals) {
      expect(memory.usualChoice(ana, category)?.productId, category).toBe(id);
      expect(memory.interestedIn(ana, product(id)), category).toEqual({ reason: 'usual', text: 'you usually buy it' });
    }
    expect(memory.rankProducts(ana, search('milk', 20))[0]!.id).toBe(GV_2PCT_GAL);
  });

  it('a usual that goes out of stock gives way on the next call to the other milk chosen', () => {
    memory.learnFromPick(ana, product(FAIRLIFE_2PCT));
    memory.learnFromPick(ana, product(GV_WHOLE_GAL));
    const milk = search('milk', 20);
    expect(memory.rankProducts(ana, milk)[0]!.id).toBe(GV_WHOLE_GAL);
    db.prepare('UPDATE products SET in_stock = 0 WHERE id = ?').run(GV_WHOLE_GAL);
    expect(memory.interestedIn(ana, product(FAIRLIFE_2PCT))).toEqual({ reason: 'usual', text: 'you usually buy it' });
    expect(memory.interestedIn(ana, product(GV_WHOLE_GAL))?.reason).toBe('bought');
  });
});

describe('ranking sees every write at once', () => {
  it('a first pick moves the product to the top of the very next ranking', () => {
    const milk = search('milk', 20);
    expect(ids(memory.rankProducts(ana, milk))).toEqual(ids(milk));
    memory.learnFromPick(ana, product(FAIRLIFE_2PCT), 'milk');
    expect(memory.rankProducts(ana, milk)[0]!.id).toBe(FAIRLIFE_2PCT);
  });

  it('a dislike saved straight into the preference table (as remember_preference does) is seen by the next ranking', () => {
    const milk = search('milk', 20);
    expect(memory.rankProducts(ana, milk)[0]!.brand).toBe(milk[0]!.brand);
    createPreferenceStore(createPreferenceRepository(sqliteConnection(db))).remember(ana, 'dislikes', milk[0]!.brand!);
    expect(memory.rankProducts(ana, milk).at(-1)!.brand).toBe(milk[0]!.brand);
  });

  it('a product renamed to something the person is allergic to is left out at once', async () => {
    await memory.remember(ana, 'allergy', 'kiwi');
    const milk = product(GV_2PCT_GAL);
    expect(ids(memory.rankProducts(ana, [milk]))).toEqual([GV_2PCT_GAL]);
    const renamed = { ...milk, name: 'Great Value Kiwi Milk, 1 gal' };
    expect(memory.screenProducts(ana, [renamed])).toEqual({ products: [], excluded: [{ product: renamed, reason: 'contains kiwi' }] });
    expect(ids(memory.rankProducts(ana, [milk]))).toEqual([GV_2PCT_GAL]);
  });
});
