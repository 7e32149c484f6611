import { describe, expect, it } from 'vitest';
import { generateDemoProducts } from '../../../src/grocery/demo-store/index.js';
import { implausiblePrices } from './plausible-prices.js';

describe('demo store prices', () => {
  const products = generateDemoProducts();

  it('prices every product, today and on every day of its history, within what a shelf plausibly charges for its category and size', () => {
    expect(implausiblePrices(products)).toEqual([]);
  });

  it('prices counted packs by the pack, not by the piece: a box of taco shells costs about what a can of beans does', () => {
    const shells = products.filter((p) => /taco shells/i.test(p.name) && p.size?.packCount === 1);
    expect(shells.length).toBeGreaterThan(0);
    for (const p of shells) expect(p.priceCents, p.name).toBeLessThan(500);
    const swabs = products.find((p) => p.name === 'Equate Cotton Swabs, 500 ct')!;
    expect(swabs.priceCents).toBeLessThan(600);
  });

  it('keeps a big pack cheaper per unit than the small one of the same line', () => {
    const small = products.find((p) => p.name === 'Bounce Outdoor Fresh Dryer Sheets, 160 ct')!;
    const big = products.find((p) => p.name === 'Bounce Outdoor Fresh Dryer Sheets, 240 ct')!;
    expect(big.priceCents).toBeGreaterThan(small.priceCents);
    expect(big.unitPrice!.millicents).toBeLessThan(small.unitPrice!.millicents);
  });
});
