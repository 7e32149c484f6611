/**
 * Which product a list line means (chooseProduct, findProduct): over the demo store, with the
 * preference memory, the way add_to_list and get_price ask. Remembered work (normalized names,
 * item keys) must never hide a change: a pick or a new name counts from the very next line.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/grocery/catalog/index.js';
import type { PreferenceMemory } from '../../src/memory/index.js';
import type { Db } from '../../src/store/database.js';
import { chooseProduct } from '../../src/tools/choose-product.js';
import { findProduct } from '../../src/tools/find-product.js';
import { FAIRLIFE_2PCT, GV_2PCT_GAL, openMemoryTestBed } from '../memory/memory-test-bed.js';

let db: Db;
let catalog: Catalog;
let memory: PreferenceMemory;
let ana: number;
let ben: number;
let close: () => Promise<void>;

beforeEach(() => void ({ db, catalog, memory, ana, ben, close } = openMemoryTestBed()));
afterEach(() => close());

const chosen = (userId: number, name: string, brand?: string) => {
  const c = chooseProduct({ catalog, memory }, userId, { name, brand });
  return c.kind === 'product' ? c.product.id : c.kind === 'ambiguous' ? c.options.map((p) => p.id) : 'none';
};

describe('chooseProduct', () => {
  it('takes the product whose full name was written, with or without its brand, in any case', () => {
    const milk = catalog.get(GV_2PCT_GAL)!;
    expect(chosen(ana, milk.name)).toBe(GV_2PCT_GAL);
    expect(chosen(ana, `${milk.brand} ${milk.name}`)).toBe(GV_2PCT_GAL);
    expect(chosen(ana, milk.name.toUpperCase())).toBe(GV_2PCT_GAL);
  });

  it('a pick makes that milk the answer for "milk" on the very next line, for that person only', () => {
    const before = chosen(ana, 'milk');
    memory.learnFromPick(ana, catalog.get(FAIRLIFE_2PCT)!, 'milk');
    expect(chosen(ana, 'milk')).toBe(FAIRLIFE_2PCT);
    expect(chosen(ana, '2 gallons of milk')).toBe(FAIRLIFE_2PCT);
    expect(findProduct({ catalog, memory }, ana, { name: 'milk' }).id).toBe(FAIRLIFE_2PCT);
    expect(chosen(ben, 'milk')).toEqual(before);
  });

  it('a category pick answers for the category name when the words were never used', () => {
    memory.learnFromPick(ana, catalog.get(FAIRLIFE_2PCT)!);
    expect(memory.usualProductFor(ana, 'milk')).toBe(FAIRLIFE_2PCT);
    memory.learnFromPick(ana, catalog.get(GV_2PCT_GAL)!, 'milk');
    // The person's own words outrank the category.
    memory.learnFromPick(ana, catalog.get(FAIRLIFE_2PCT)!);
    expect(chosen(ana, 'milk')).toBe(GV_2PCT_GAL);
  });

  it('names the store does not sell stay free text', () => {
    expect(chosen(ana, 'birthday candles for a unicorn')).toBe('none');
    expect(() => findProduct({ catalog, memory }, ana, { name: 'birthday candles for a unicorn' })).toThrow();
  });
});

describe('chooseProduct and the amount said', () => {
  const pick = (userId: number, item: { name: string; quantity?: number; unit?: string }) => {
    const c = chooseProduct({ catalog, memory }, userId, item);
    return c.kind === 'product' ? c.product : c.kind === 'ambiguous' ? c.options[0]! : undefined;
  };

  it('takes a loose piece for a count and a bag by the pound for a weight, of the same produce', () => {
    const bag = pick(ana, { name: 'onions' })!;
    expect(bag.size?.unit).toBe('lb');
    const loose = pick(ana, { name: 'onions', quantity: 3 })!;
    expect(loose.name).toBe(bag.name.replace(/, [^,]*$/, ', each'));
    const apple = pick(ana, { name: 'apples', quantity: 2, unit: 'lb' })!;
    expect(apple.size?.unit).toBe('lb');
    expect(pick(ana, { name: 'apples', quantity: 3 })!.name).toMatch(/, each$/);
  });

  it('leaves the choice alone when the amount says nothing about pieces or weight', () => {
    expect(pick(ana, { name: 'onions', quantity: 2, unit: 'bag' })!.id).toBe(pick(ana, { name: 'onions' })!.id);
    expect(pick(ana, { name: 'milk', quantity: 2, unit: 'gal' })!.id).toBe(pick(ana, { name: 'milk' })!.id);
  });
});
