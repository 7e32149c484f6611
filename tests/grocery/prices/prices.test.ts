import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_CHART_POINTS } from '../../../src/grocery/prices/index.js';
import { isAppError } from '../../../src/errors.js';
import { DAY_MS } from '../../../src/grocery/types.js';
import type { Db } from '../../../src/store/database.js';
import { priceServiceOver } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addDailyHistory, addProduct, NOW, repeat, TODAY } from './store-fixture.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const clock = () => NOW;

describe('priceInfo trend', () => {
  it('compares the price with the median of the 30 days before today', () => {
    const id = addProduct(db, { name: 'Juice 89 fl oz', category: 'juice', priceCents: 348, unitPrice: { millicents: 3910, unit: 'fl oz' } });
    // 60 older days at $4.50 fall outside the 30-day window; inside it, 20 days at $3.96 and 10 at $4.10.
    addDailyHistory(db, id, [...repeat(450, 60), ...repeat(396, 20), ...repeat(410, 10)]);
    const info = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(info.trend.median30Cents).toBe(396);
    expect(info.trend.changePct30d).toBe(-12.1);
    expect(info.trend.direction).toBe('down');
    expect(info.trend.low90Cents).toBe(348);
    expect(info.trend.high90Cents).toBe(450);
    expect(info.trend.isLow90).toBe(true);
    expect(info.summary).toBe('$3.48 (3.9¢/fl oz), down 12% from its usual $3.96 — lowest in 90 days');
  });

  it('averages the two middle days of an even window and calls a small change flat', () => {
    const id = addProduct(db, { name: 'Bread', category: 'bread', priceCents: 300 });
    addDailyHistory(db, id, [...repeat(298, 15), ...repeat(302, 15)]);
    const info = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(info.trend.median30Cents).toBe(300);
    expect(info.trend.changePct30d).toBe(0);
    expect(info.trend.direction).toBe('flat');
    expect(info.trend.isLow90).toBe(false);
    expect(info.summary).toBe('$3.00, about its usual price');
  });

  it('reports a rise and is not at a low when the price went up', () => {
    const id = addProduct(db, { name: 'Coffee', category: 'coffee', priceCents: 1100 });
    addDailyHistory(db, id, repeat(1000, 90));
    const info = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(info.trend.direction).toBe('up');
    expect(info.trend.changePct30d).toBe(10);
    expect(info.trend.low90Cents).toBe(1000);
    expect(info.trend.isLow90).toBe(false);
    expect(info.summary).toContain('up 10% from its usual $10.00');
  });

  it('carries a price forward over days nobody observed', () => {
    const id = addProduct(db, { name: 'Rice', category: 'rice', priceCents: 200 });
    // A single observation 100 days ago: the price held at $2.50 for the whole window.
    db.prepare('INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)').run(id, TODAY - 100 * DAY_MS, 250);
    const info = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(info.trend.median30Cents).toBe(250);
    expect(info.trend.historyDays).toBe(30);
    expect(info.trend.direction).toBe('down');
    expect(info.trend.changePct30d).toBe(-20);
  });

  it('ignores today’s own observation so a price is never compared with itself', () => {
    const id = addProduct(db, { name: 'Milk', category: 'milk', priceCents: 250 });
    addDailyHistory(db, id, repeat(300, 30));
    db.prepare('INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)').run(id, TODAY + 1000, 250);
    expect(priceServiceOver(db, { now: clock }).priceInfo(id).trend.median30Cents).toBe(300);
  });

  it('makes no claims about lows with under a week of history', () => {
    const id = addProduct(db, { name: 'Tea', category: 'tea', priceCents: 200 });
    addDailyHistory(db, id, repeat(400, 3));
    const info = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(info.trend.isLow90).toBe(false);
    expect(info.summary).toBe('$2.00');
  });

  it('mentions a rollback and being out of stock', () => {
    const id = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300, inStock: false });
    const summary = priceServiceOver(db, { now: clock }).priceInfo(id).summary;
    expect(summary).toBe('$2.50, rolled back from $3.00. Out of stock right now');
  });
});

describe('priceInfo history', () => {
  it('keeps a chart to at most 90 points spanning the window and ending at today’s price', () => {
    const id = addProduct(db, { name: 'Soda', category: 'soda', priceCents: 199 });
    // Two observations a day for 120 days: far more than a chart needs.
    const insert = db.prepare('INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)');
    for (let h = 240; h >= 1; h--) insert.run(id, TODAY - h * (DAY_MS / 2), 200 + (h % 7));
    const { history } = priceServiceOver(db, { now: clock }).priceInfo(id);
    expect(history.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(history.length).toBeGreaterThan(80);
    expect(history[0]!.at).toBeGreaterThanOrEqual(TODAY - 90 * DAY_MS);
    expect(history[0]!.at).toBeLessThan(TODAY - 88 * DAY_MS);
    expect(history[history.length - 1]).toEqual({ at: NOW, priceCents: 199 });
    const times = history.map((p) => p.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('refuses an unknown product with PRODUCT_NOT_FOUND', () => {
    expect.assertions(1);
    try {
      priceServiceOver(db, { now: clock }).priceInfo(999);
    } catch (err) {
      expect(isAppError(err, 'PRODUCT_NOT_FOUND')).toBe(true);
    }
  });
});
