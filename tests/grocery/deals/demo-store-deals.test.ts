import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_DROP_MIN_PCT } from '../../../src/grocery/deals/index.js';
import { seedDemoStore } from '../../../src/grocery/demo-store/index.js';
import { MAX_CHART_POINTS } from '../../../src/grocery/prices/index.js';
import type { Db } from '../../../src/store/database.js';
import { dealServiceOver, priceServiceOver } from '../../helpers/price-services.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { NOW } from '../prices/store-fixture.js';

// The demo store is the data people meet first: the rules must hold on it, not only on hand-made rows.
let db: Db;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = createSeededTempDb(NOW));
});
afterAll(() => cleanup());

describe('deals on the demo store', () => {
  it('finds deals of every kind, each one true to its rule, and a second scan changes nothing', () => {
    const deals = dealServiceOver(db, { now: () => NOW });
    const prices = priceServiceOver(db, { now: () => NOW });
    const first = deals.detectDeals();
    expect(new Set(first.started.map((d) => d.kind))).toEqual(new Set(['rollback', 'price_drop', 'low_90d']));
    const products = (db.prepare('SELECT COUNT(*) AS n FROM products').get() as { n: number }).n;
    expect(first.started.length).toBeLessThan(products);

    const trends = prices.trends(first.started.map((d) => d.productId));
    for (const d of first.started) {
      const { product, trend } = trends.get(d.productId)!;
      expect(d.priceCents).toBe(product.priceCents);
      if (d.kind === 'rollback') expect(product.wasPriceCents!).toBeGreaterThan(product.priceCents);
      if (d.kind === 'price_drop') expect(d.priceCents * 100).toBeLessThanOrEqual(trend.median30Cents * (100 - PRICE_DROP_MIN_PCT));
      if (d.kind === 'low_90d') expect(trend.isLow90).toBe(true);
    }
    expect(deals.detectDeals()).toEqual({ started: [], ended: [] });
  });

  it('ranks active deals by savings', () => {
    const ranked = dealServiceOver(db, { now: () => NOW }).activeDeals({ limit: 50 });
    expect(ranked.length).toBe(50);
    const savings = ranked.map((d) => d.savingsCents);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    expect(new Set(ranked.map((d) => d.productId)).size).toBe(50);
  });

  it('gives every product a chart of at most 90 points ending at today’s price', () => {
    const prices = priceServiceOver(db, { now: () => NOW });
    for (const id of [1, 100, 1000]) {
      const info = prices.priceInfo(id);
      expect(info.history.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
      expect(info.history[info.history.length - 1]!.priceCents).toBe(info.priceCents);
      expect(info.summary.startsWith(`$`)).toBe(true);
    }
  });
});
