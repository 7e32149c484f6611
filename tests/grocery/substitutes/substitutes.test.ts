import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../../src/grocery/types.js';
import type { Db } from '../../../src/store/database.js';
import { priceStores, substituteServiceOver } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addProduct, setPrice, type ProductSpec } from '../prices/store-fixture.js';
import { createSubstituteService } from '../../../src/grocery/substitutes/index.js';
import { createProductCache } from '../../../src/store/cache/index.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

/** A cookie product: `cents` for a pack of `oz` ounces, unit price derived the way a catalog would. */
function cookie(name: string, cents: number, oz: number, extra: Partial<ProductSpec> = {}): number {
  return addProduct(db, {
    name,
    category: 'cookies',
    priceCents: cents,
    size: { value: oz, unit: 'oz' },
    unitPrice: { millicents: Math.round((cents * 1000) / oz), unit: 'oz' },
    ...extra,
  });
}

const product = (id: number): Product => priceStores(db).prices.products([id]).get(id)!;
const subs = () => substituteServiceOver(db);
const names = (list: { product: Product }[]) => list.map((s) => s.product.name);

describe('findSubstitutes', () => {
  it('ranks same-size alternatives by unit price and says why', () => {
    const oreo = cookie('Oreo', 400, 13.3, { brand: 'Nabisco' });
    cookie('Mid', 350, 13.3, { brand: 'Keebler' });
    cookie('Cheap', 280, 13.3, { brand: 'Great Value' });
    cookie('Dear', 450, 13.3, { brand: 'Pepperidge' });
    addProduct(db, { name: 'Milk', category: 'milk', priceCents: 100 });
    const found = subs().findSubstitutes(product(oreo));
    expect(names(found)).toEqual(['Cheap', 'Mid', 'Dear']);
    expect(found[0]!.why).toBe('$1.20 less, 21¢/oz vs 30¢/oz, same size');
    expect(found[0]!.priceDifferenceCents).toBe(-120);
    expect(found[2]!.reasons[0]).toBe('$0.50 more');
  });

  it('prefers a size close to the original when unit prices are equal', () => {
    const orig = cookie('Orig', 400, 16);
    cookie('Huge', 1600, 64);
    cookie('Same', 400, 16);
    cookie('Bit bigger', 500, 20);
    const found = subs().findSubstitutes(product(orig));
    expect(names(found)).toEqual(['Same', 'Bit bigger', 'Huge']);
    expect(found[1]!.why).toContain('bigger (20 oz vs 16 oz)');
  });

  it('compares unit prices across units of the same measure', () => {
    const juice = addProduct(db, {
      name: 'Juice 64 fl oz', category: 'juice', priceCents: 512,
      size: { value: 64, unit: 'fl oz' }, unitPrice: { millicents: 8000, unit: 'fl oz' },
    });
    addProduct(db, {
      name: 'Juice gallon', category: 'juice', priceCents: 768,
      size: { value: 1, unit: 'gal' }, unitPrice: { millicents: 768000, unit: 'gal' },
    });
    const [sub] = subs().findSubstitutes(product(juice));
    expect(sub!.why).toBe('$2.56 more, 6.0¢/fl oz vs 8.0¢/fl oz, bigger (1 gal vs 64 fl oz)');
  });

  it('leaves out avoided brands whatever their price', () => {
    const orig = cookie('Orig', 400, 16, { brand: 'Nabisco' });
    cookie('Cheapest', 200, 16, { brand: 'Great Value' });
    cookie('Other', 300, 16, { brand: 'Keebler' });
    expect(names(subs().findSubstitutes(product(orig), { avoidBrands: ['great value'] }))).toEqual(['Other']);
  });

  it('moves a preferred brand up past a slightly cheaper one', () => {
    const orig = cookie('Orig', 400, 16, { brand: 'Nabisco' });
    cookie('Cheaper', 300, 16, { brand: 'Keebler' });
    cookie('Liked', 340, 16, { brand: 'Great Value' });
    const plain = subs().findSubstitutes(product(orig));
    expect(names(plain)).toEqual(['Cheaper', 'Liked']);
    const liked = subs().findSubstitutes(product(orig), { preferredBrands: ['Great Value'] });
    expect(names(liked)).toEqual(['Liked', 'Cheaper']);
    expect(liked[0]!.reasons).toContain('a brand you like');
  });

  it('keeps only products with the required diet flags and without avoided allergens', () => {
    const orig = cookie('Orig', 400, 16, { allergens: ['wheat', 'milk'] });
    cookie('Vegan GF', 450, 16, { dietFlags: ['vegan', 'gluten_free'], allergens: [] });
    cookie('Vegan nutty', 380, 16, { dietFlags: ['vegan'], allergens: ['peanuts'] });
    cookie('Plain', 300, 16, { allergens: ['wheat', 'milk'] });
    expect(names(subs().findSubstitutes(product(orig), { dietFlags: ['vegan'] }))).toEqual(['Vegan nutty', 'Vegan GF']);
    expect(names(subs().findSubstitutes(product(orig), { dietFlags: ['Gluten-free'] }))).toEqual(['Vegan GF']);
    expect(names(subs().findSubstitutes(product(orig), { avoidAllergens: ['peanut', 'milk'] }))).toEqual(['Vegan GF']);
  });

  it('respects a price tolerance and cheaper-only', () => {
    const orig = cookie('Orig', 400, 16);
    cookie('Much dearer', 600, 16);
    cookie('A bit dearer', 450, 16);
    cookie('Cheaper', 350, 16);
    cookie('Bulk', 700, 40); // dearer on the shelf, cheaper per ounce
    expect(names(subs().findSubstitutes(product(orig), { maxPriceDifferenceCents: 50 }))).toEqual(['Cheaper', 'A bit dearer']);
    expect(names(subs().findSubstitutes(product(orig), { cheaperOnly: true }))).toEqual(['Cheaper', 'Bulk']);
  });

  it('puts out-of-stock alternatives last and honours the limit', () => {
    const orig = cookie('Orig', 400, 16);
    cookie('Gone', 100, 16, { inStock: false });
    cookie('Here', 390, 16);
    cookie('Also here', 395, 16);
    const found = subs().findSubstitutes(product(orig));
    expect(names(found)).toEqual(['Here', 'Also here', 'Gone']);
    expect(found[2]!.reasons).toContain('out of stock right now');
    expect(names(subs().findSubstitutes(product(orig), { limit: 1 }))).toEqual(['Here']);
  });
});

describe('findSubstitutes with the product cache', () => {
  it('reads a category once, and answers from the new prices after a product changes', () => {
    const cache = createProductCache();
    const cached = createSubstituteService({ products: priceStores(db).prices, cache });
    const oreo = cookie('Oreo', 400, 13.3, { brand: 'Nabisco' });
    const mid = cookie('Mid', 350, 13.3, { brand: 'Keebler' });
    cookie('Cheap', 280, 13.3, { brand: 'Great Value' });
    expect(names(cached.findSubstitutes(product(oreo), { cheaperOnly: true }))).toEqual(['Cheap', 'Mid']);
    const misses = () => cache.stats().areas['category-products']?.misses;
    const before = misses();
    cached.findSubstitutes(product(oreo), { cheaperOnly: true });
    expect(misses()).toBe(before);
    // A price feed's write: the shelf price and the unit price it gives, then the cache told.
    setPrice(db, mid, 200);
    db.prepare('UPDATE products SET unit_price_millicents = ? WHERE id = ?').run(Math.round((200 * 1000) / 13.3), mid);
    cache.invalidateProducts([mid]);
    const found = cached.findSubstitutes(product(oreo), { cheaperOnly: true });
    expect(names(found)).toEqual(['Mid', 'Cheap']);
    expect(found[0]!.priceDifferenceCents).toBe(-200);
  });
});
