import { describe, expect, it } from 'vitest';
import { lookupUnit, matchQuantityPrefix, NUMBER_WORDS, parseQuantity, UNITS } from '../../../src/grocery/quantity/index.js';

const vol = (amount: number, unit: string) => ({ amount, unit, dimension: 'volume' });
const wt = (amount: number, unit: string) => ({ amount, unit, dimension: 'weight' });
const pkg = (amount: number, unit: string) => ({ amount, unit, dimension: 'package' });
const count = (amount: number) => ({ amount, dimension: 'count' });

describe('parseQuantity', () => {
  it.each([
    ['2 gallons', vol(2, 'gal')],
    ['a dozen', count(12)],
    ['half a dozen', count(6)],
    ['a half dozen', count(6)],
    ['2 dozen', count(24)],
    ['1/2 lb', wt(0.5, 'lb')],
    ['1.5 kg', wt(1.5, 'kg')],
    ['two 12-packs', pkg(2, '12-pack')],
    ['a 12 pack', pkg(1, '12-pack')],
    ['12 pack', pkg(1, '12-pack')],
    ['12 packs', pkg(12, 'pack')],
    ['a loaf', pkg(1, 'loaf')],
    ['3 loaves', pkg(3, 'loaf')],
    ['3 cans', pkg(3, 'can')],
    ['2 boxes', pkg(2, 'box')],
    ['4 bunches', pkg(4, 'bunch')],
    ['16 oz', wt(16, 'oz')],
    ['16 fl oz', vol(16, 'fl oz')],
    ['16 fluid ounces', vol(16, 'fl oz')],
    ['2 lbs', wt(2, 'lb')],
    ['2lb', wt(2, 'lb')],
    ['500 g', wt(500, 'g')],
    ['750 ml', vol(750, 'ml')],
    ['2 liters', vol(2, 'l')],
    ['3 cups', vol(3, 'cup')],
    ['a quart', vol(1, 'qt')],
    ['2 pints', vol(2, 'pt')],
    ['a half gallon', vol(0.5, 'gal')],
    ['half a gallon', vol(0.5, 'gal')],
    ['a gallon and a half', vol(1.5, 'gal')],
    ['12', count(12)],
    ['12 ct', count(12)],
    ['three', count(3)],
    ['twenty', count(20)],
    ['twenty-five', count(25)],
    ['a couple', count(2)],
    ['a few', count(3)],
    ['1 1/2 lb', wt(1.5, 'lb')],
    ['1½ lb', wt(1.5, 'lb')],
    ['½ gal', vol(0.5, 'gal')],
    ['one and a half pounds', wt(1.5, 'lb')],
    ['two 5 lb bags', wt(10, 'lb')],
    ['gallon', vol(1, 'gal')],
    ['2 Gallons', vol(2, 'gal')],
  ])('reads "%s"', (text, expected) => {
    expect(parseQuantity(text)).toEqual(expected);
  });

  it.each(['milk', 'some', 'a lot', '0', '0 lb', '', '2 gallons of milk', '1/0 lb'])('does not read "%s" as a quantity', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });
});

describe('matchQuantityPrefix', () => {
  const prefix = (text: string) => matchQuantityPrefix(text.split(' '));

  it('consumes a following "of" so the rest is the item', () => {
    expect(prefix('2 loaves of bread')).toEqual({ quantity: pkg(2, 'loaf'), consumed: 3 });
    expect(prefix('half a gallon of milk')).toEqual({ quantity: vol(0.5, 'gal'), consumed: 4 });
    expect(prefix('a couple of apples')).toEqual({ quantity: count(2), consumed: 3 });
    expect(prefix('two 12-packs of coke')).toEqual({ quantity: pkg(2, '12-pack'), consumed: 3 });
    expect(prefix('2 of the yogurts')).toEqual({ quantity: count(2), consumed: 2 });
  });

  it('reads counts before a plain item', () => {
    expect(prefix('a dozen eggs')).toEqual({ quantity: count(12), consumed: 2 });
    expect(prefix('an onion')).toEqual({ quantity: count(1), consumed: 1 });
    expect(prefix('3 bananas')).toEqual({ quantity: count(3), consumed: 1 });
    expect(prefix('a few limes')).toEqual({ quantity: count(3), consumed: 2 });
    expect(prefix('dozen eggs')).toEqual({ quantity: count(12), consumed: 1 });
  });

  it('counts a glued number and unit as one token', () => {
    expect(prefix('2lb ground beef')).toEqual({ quantity: wt(2, 'lb'), consumed: 1 });
    expect(prefix('1.5kg rice')).toEqual({ quantity: wt(1.5, 'kg'), consumed: 1 });
  });

  it('reads a sized package as its contents', () => {
    expect(prefix('a 5-lb bag of potatoes')).toEqual({ quantity: wt(5, 'lb'), consumed: 4 });
    expect(prefix('a 12-pack of coke')).toEqual({ quantity: pkg(1, '12-pack'), consumed: 3 });
    expect(prefix('a 2 liter of coke')).toEqual({ quantity: vol(2, 'l'), consumed: 4 });
    expect(prefix('an 8 oz block of cheese')).toEqual({ quantity: wt(8, 'oz'), consumed: 5 });
    expect(prefix('a pound and a half of beef')).toEqual({ quantity: wt(1.5, 'lb'), consumed: 6 });
  });

  it('leaves phrases without a stated quantity alone', () => {
    expect(prefix('milk')).toBeUndefined();
    expect(prefix('some milk')).toBeUndefined();
    expect(prefix('a lot of milk')).toBeUndefined();
    expect(prefix('2% milk')).toBeUndefined();
  });

  it('ignores case and trailing commas', () => {
    expect(matchQuantityPrefix(['Two', 'Gallons,', 'milk'])).toEqual({ quantity: vol(2, 'gal'), consumed: 2 });
  });
});

describe('the lexicon', () => {
  it('gives every spelling one unit', () => {
    const seen = new Map<string, string>();
    for (const u of UNITS) {
      for (const s of u.spellings) {
        expect(seen.get(s), `"${s}" is spelled by ${seen.get(s)} and ${u.name}`).toBeUndefined();
        seen.set(s, u.name);
        expect(lookupUnit(s)?.name).toBe(u.name);
      }
    }
  });

  it('knows every package unit the understanding labels use', () => {
    for (const u of ['pack', 'can', 'bottle', 'box', 'bag', 'loaf', 'bunch', 'jar', 'carton', 'head', 'stick', 'roll', 'bar', 'tub', 'container', 'case', 'block', 'slice', 'piece', 'package']) {
      expect(lookupUnit(u)?.dimension).toBe('package');
    }
    expect(lookupUnit('24pk')?.name).toBe('24-pack');
  });

  it('has number words one to twenty', () => {
    const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    words.forEach((w, i) => expect(NUMBER_WORDS[w]).toBe(i + 1));
  });
});
