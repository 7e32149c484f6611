import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  convert,
  formatQuantity,
  packagesNeeded,
  parseQuantity,
  quantityOf,
  subtractQuantities,
  type Quantity,
} from '../../../src/grocery/quantity/index.js';

const q = (text: string): Quantity => {
  const parsed = parseQuantity(text);
  if (!parsed) throw new Error(`test setup: "${text}" did not parse`);
  return parsed;
};

describe('convert', () => {
  it('converts within a dimension', () => {
    expect(convert(q('48 oz'), 'lb')).toEqual({ amount: 3, unit: 'lb', dimension: 'weight' });
    expect(convert(q('1 gal'), 'qt')?.amount).toBe(4);
    expect(convert(q('1 kg'), 'g')?.amount).toBe(1000);
    expect(convert(q('1 lb'), 'g')?.amount).toBeCloseTo(453.59, 2);
    expect(convert(q('2 cups'), 'pt')?.amount).toBe(1);
  });

  it('refuses to cross dimensions or package units', () => {
    expect(convert(q('2 gal'), 'lb')).toBeUndefined();
    expect(convert(q('2 loaves'), 'bag')).toBeUndefined();
    expect(convert(q('2 loaves'), 'loaf')?.amount).toBe(2);
  });
});

describe('addQuantities', () => {
  it('adds weights across units: 2 lb + 16 oz = 3 lb', () => {
    expect(addQuantities(q('2 lb'), q('16 oz'))).toEqual({ amount: 3, unit: 'lb', dimension: 'weight' });
    expect(formatQuantity(addQuantities(q('16 oz'), q('2 lb'))!)).toBe('3 lb');
  });

  it('adds counts, dozens included', () => {
    expect(addQuantities(q('a dozen'), q('6'))).toEqual({ amount: 18, dimension: 'count' });
  });

  it('adds package units only to the same unit', () => {
    expect(addQuantities(q('2 loaves'), q('a loaf'))).toEqual({ amount: 3, unit: 'loaf', dimension: 'package' });
    expect(addQuantities(q('2 loaves'), q('a bag'))).toBeUndefined();
    expect(addQuantities(q('a 12 pack'), q('6 pack'))).toBeUndefined();
  });

  it('treats a bare count next to packages as packages', () => {
    expect(addQuantities(q('1'), q('a loaf'))).toEqual({ amount: 2, unit: 'loaf', dimension: 'package' });
  });

  it('cannot add volume to weight or a count to a measure', () => {
    expect(addQuantities(q('2 gal'), q('3 lb'))).toBeUndefined();
    expect(addQuantities(q('2 gal'), q('2'))).toBeUndefined();
  });
});

describe('subtractQuantities', () => {
  it('reduces across units', () => {
    expect(subtractQuantities(q('3 lb'), q('8 oz'))).toEqual({ amount: 2.5, unit: 'lb', dimension: 'weight' });
    expect(subtractQuantities(q('12'), q('a dozen'))?.amount).toBe(0);
    expect(subtractQuantities(q('3 cans'), q('1'))?.amount).toBe(2);
    expect(subtractQuantities(q('3 cans'), q('1 lb'))).toBeUndefined();
  });
});

describe('formatQuantity', () => {
  it.each([
    ['48 oz', '3 lb'],
    ['8 oz', '8 oz'],
    ['1 gal', '1 gal'],
    ['a half gallon', '½ gal'],
    ['128 fl oz', '1 gal'],
    ['64 fl oz', '64 fl oz'],
    ['2 pints', '1 qt'],
    ['2 cups', '2 cups'],
    ['1500 g', '1½ kg'],
    ['2 loaves', '2 loaves'],
    ['a loaf', '1 loaf'],
    ['2 boxes', '2 boxes'],
    ['two 12-packs', '2 12-packs'],
    ['a dozen', '12'],
    ['1.5 lb', '1½ lb'],
    ['0.75 lb', '¾ lb'],
    ['1.33 lb', '1.33 lb'],
  ])('shows %s as "%s"', (text, shown) => {
    expect(formatQuantity(q(text))).toBe(shown);
  });
});

describe('quantityOf', () => {
  it('builds quantities from stored amounts and units', () => {
    expect(quantityOf(2, 'gallons')).toEqual({ amount: 2, unit: 'gal', dimension: 'volume' });
    expect(quantityOf(2, 'dozen')).toEqual({ amount: 24, dimension: 'count' });
    expect(quantityOf(3, null)).toEqual({ amount: 3, dimension: 'count' });
    expect(quantityOf(1, 'Handful')).toEqual({ amount: 1, unit: 'handful', dimension: 'package' });
  });
});

describe('packagesNeeded', () => {
  it.each([
    ['2 gallons', { value: 1, unit: 'gal' }, 2],
    ['1 gallon', { value: 0.5, unit: 'gal' }, 2],
    ['3 lb', { value: 1, unit: 'lb' }, 3],
    ['2 lb', { value: 16, unit: 'oz' }, 2],
    ['40 oz', { value: 1, unit: 'lb' }, 3],
    ['a dozen', { value: 12, unit: 'ct' }, 1],
    ['18', { value: 12, unit: 'ct' }, 2],
    ['2', { value: 1, unit: 'gal' }, 2],
    ['two 12-packs', { value: 12, unit: 'fl oz' }, 2],
    ['3 loaves', { value: 20, unit: 'oz' }, 3],
    ['64 oz', { value: 64, unit: 'fl oz' }, 1],
    ['70 oz', { value: 32, unit: 'fl oz' }, 3],
    ['½ gal', { value: 1, unit: 'gal' }, 1],
  ] as const)('%s of a product sized %o needs %i', (text, size, n) => {
    expect(packagesNeeded(q(text), size)).toBe(n);
  });

  it('counts the amount when the size is unknown', () => {
    expect(packagesNeeded(q('2'), null)).toBe(2);
    expect(packagesNeeded(q('2.5 lb'), null)).toBe(3);
  });
});
