import { describe, expect, it } from 'vitest';
import { createDemoPriceFeed, DEMO_FEED_TICK_MS, demoMoveAt, type PricedProduct } from '../../../src/grocery/sources/index.js';

const HOUR = DEMO_FEED_TICK_MS;
const T0 = Date.UTC(2026, 10, 1, 12);
/** 3,000 products on shelf prices ($0.28 to $29.98), like the demo store. */
const PRODUCTS: PricedProduct[] = Array.from({ length: 3000 }, (_, i) => ({ productId: i + 1, sku: null, name: `Product ${i + 1}`, priceCents: 28 + 10 * ((i * 37) % 298) }));

async function quotesAt(at: number, products = PRODUCTS, seed?: number) {
  return createDemoPriceFeed({ now: () => at, seed }).fetchPrices(products);
}

describe('demo price feed', () => {
  it('is labelled as a demo source', () => {
    const feed = createDemoPriceFeed();
    expect(feed.name).toBe('demo');
    expect(feed.demo).toBe(true);
    expect(feed.maxBatch).toBeGreaterThan(0);
  });

  it('gives the same prices for the same products and hour on every run, and others an hour later', async () => {
    const a = await quotesAt(T0 + HOUR);
    const b = await quotesAt(T0 + HOUR + 59 * 60_000);
    expect(b).toEqual(a);
    const later = await quotesAt(T0 + 2 * HOUR);
    expect(later.map((q) => q.priceCents)).not.toEqual(a.map((q) => q.priceCents));
    expect((await quotesAt(T0 + HOUR, PRODUCTS, 7)).map((q) => q.priceCents)).not.toEqual(a.map((q) => q.priceCents));
  });

  it('moves a few percent of prices per refresh, some of them real drops of 10% or more marked as rollbacks', async () => {
    let moved = 0;
    let drops = 0;
    for (let h = 1; h <= 10; h++) {
      const quotes = await quotesAt(T0 + h * HOUR);
      quotes.forEach((q, i) => {
        const before = PRODUCTS[i]!.priceCents;
        if (q.priceCents !== before) moved++;
        if (q.priceCents * 10 <= before * 9) {
          drops++;
          expect(q.wasPriceCents).toBe(before);
        }
      });
    }
    const perRefresh = moved / 10 / PRODUCTS.length;
    expect(perRefresh).toBeGreaterThan(0.02);
    expect(perRefresh).toBeLessThan(0.1);
    expect(drops / 10).toBeGreaterThan(10);
  });

  it('keeps prices on shelf endings, never below 25 cents, and does not drift down over weeks', async () => {
    const feedNow = { t: T0 };
    const feed = createDemoPriceFeed({ now: () => feedNow.t });
    let products = PRODUCTS.slice(0, 300);
    const start = products.reduce((s, p) => s + p.priceCents, 0);
    const bad: number[] = [];
    for (let h = 1; h <= 24 * 21; h++) {
      feedNow.t = T0 + h * HOUR;
      const quotes = await feed.fetchPrices(products);
      for (const q of quotes) if (!(Number.isInteger(q.priceCents) && q.priceCents >= 25)) bad.push(q.priceCents);
      products = products.map((p, i) => ({ ...p, priceCents: quotes[i]!.priceCents }));
    }
    expect(bad).toEqual([]);
    const end = products.reduce((s, p) => s + p.priceCents, 0);
    expect(end / start).toBeGreaterThan(0.75);
    expect(end / start).toBeLessThan(1.6);
    const moved = products.filter((p, i) => p.priceCents !== PRODUCTS[i]!.priceCents);
    expect(moved.every((p) => p.priceCents % 10 === 8 || p.priceCents === 25)).toBe(true);
  });

  it('answers again within the hour with the quote it gave, so a retried refresh cannot move a price twice', async () => {
    const feed = createDemoPriceFeed({ now: () => T0 + 5 * HOUR });
    const first = await feed.fetchPrices(PRODUCTS);
    const dropped = first.findIndex((q) => q.wasPriceCents !== undefined);
    const again = await feed.fetchPrices([{ ...PRODUCTS[dropped]!, priceCents: first[dropped]!.priceCents }]);
    expect(again[0]).toEqual(first[dropped]);
    expect(first[dropped]!.observedAt).toBe(T0 + 5 * HOUR);
  });

  it('draws each move from a pure function of product and hour', () => {
    expect(demoMoveAt(42, 1000)).toEqual(demoMoveAt(42, 1000));
    const kinds = new Set(Array.from({ length: 5000 }, (_, i) => demoMoveAt(i, 99).kind));
    expect([...kinds].sort()).toEqual(['drop', 'none', 'rise', 'wobble']);
  });

  it('stops when the refresh is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopping'));
    await expect(createDemoPriceFeed().fetchPrices(PRODUCTS, controller.signal)).rejects.toThrow('stopping');
  });
});
