import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALERT_DROP_MIN_PCT, createPriceAlerts } from '../../../src/grocery/alerts/index.js';
import { isAppError } from '../../../src/errors.js';
import { createPriceRepository } from '../../../src/store/prices/index.js';
import { createPriceAlertRepository } from '../../../src/store/alerts/index.js';
import type { Db } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addProduct, addUser, NOW, setPrice } from '../prices/store-fixture.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const alerts = () =>
  createPriceAlerts({ repository: createPriceAlertRepository(sqliteConnection(db)), products: (ids) => createPriceRepository(sqliteConnection(db)).products(ids), now: () => NOW });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : 'not an AppError';
  }
  return undefined;
}

describe('trackPrice', () => {
  it('is idempotent per user and product, and updates the target', () => {
    const user = addUser(db);
    const tide = addProduct(db, { name: 'Tide Pods 42 ct', category: 'laundry', priceCents: 1200 });
    const a = alerts();
    const first = a.trackPrice(user, tide);
    expect(first).toMatchObject({ created: true, targetPriceCents: null, baselineCents: 1200 });
    const again = a.trackPrice(user, tide, { targetPriceCents: 999, channel: 'telegram' });
    expect(again).toMatchObject({ created: false, id: first.id, targetPriceCents: 999, channel: 'telegram' });
    const third = a.trackPrice(user, tide);
    expect(third).toMatchObject({ id: first.id, targetPriceCents: 999, channel: 'telegram' });
    expect(a.trackPrice(user, tide, { targetPriceCents: null })).toMatchObject({ id: first.id, targetPriceCents: null });
    expect(a.listTracked(user)).toHaveLength(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM price_alerts').get()).toEqual({ n: 1 });
  });

  it('keeps the baseline of a running subscription when re-tracked after a price change', () => {
    const user = addUser(db);
    const id = addProduct(db, { name: 'Coffee', category: 'coffee', priceCents: 1000 });
    const a = alerts();
    a.trackPrice(user, id);
    setPrice(db, id, 950);
    expect(a.trackPrice(user, id).baselineCents).toBe(1000);
  });

  it('refuses unknown products and bad targets, saving nothing', () => {
    const user = addUser(db);
    const id = addProduct(db, { name: 'Coffee', category: 'coffee', priceCents: 1000 });
    const a = alerts();
    expect(codeOf(() => a.trackPrice(user, 999))).toBe('PRODUCT_NOT_FOUND');
    expect(codeOf(() => a.trackPrice(user, id, { targetPriceCents: -5 }))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => a.trackPrice(user, id, { targetPriceCents: Number.NaN }))).toBe('INVALID_AMOUNT');
    expect(a.listTracked(user)).toEqual([]);
  });

  it('untracks only the asking user’s subscription', () => {
    const alice = addUser(db);
    const bob = addUser(db);
    const id = addProduct(db, { name: 'Coffee', category: 'coffee', priceCents: 1000 });
    const a = alerts();
    a.trackPrice(alice, id);
    a.trackPrice(bob, id);
    expect(a.untrack(alice, id)).toBe(true);
    expect(a.untrack(alice, id)).toBe(false);
    expect(a.listTracked(alice)).toEqual([]);
    expect(a.listTracked(bob).map((t) => t.productId)).toEqual([id]);
  });
});

describe('listTracked', () => {
  it('never lists one user’s alerts for another', () => {
    const alice = addUser(db);
    const bob = addUser(db);
    const milk = addProduct(db, { name: 'Milk', category: 'milk', priceCents: 350 });
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 300 });
    const a = alerts();
    a.trackPrice(alice, milk, { targetPriceCents: 300 });
    a.trackPrice(bob, eggs);
    expect(a.listTracked(alice).map((t) => [t.userId, t.product.name])).toEqual([[alice, 'Milk']]);
    expect(a.listTracked(bob).map((t) => [t.userId, t.product.name])).toEqual([[bob, 'Eggs']]);
  });
});

describe('alertsDue', () => {
  it('notifies a target at or below it, and not above', () => {
    const user = addUser(db);
    const id = addProduct(db, { name: 'Milk', category: 'milk', priceCents: 350 });
    const a = alerts();
    a.trackPrice(user, id, { targetPriceCents: 300 });
    expect(a.alertsDue(id, 301)).toEqual([]);
    const [due] = a.alertsDue(id, 300);
    expect(due).toMatchObject({ userId: user, reason: 'target_reached', priceCents: 300 });
    expect(due!.text).toBe('Milk is now $3.00. You asked me to watch it for $3.00 or less.');
    // A target wins over the drop rule: 20% off is not enough when the target is lower.
    a.trackPrice(user, id, { targetPriceCents: 250 });
    expect(a.alertsDue(id, 280)).toEqual([]);
  });

  it('without a target, notifies a drop of at least 10% against the baseline', () => {
    expect(ALERT_DROP_MIN_PCT).toBe(10);
    const user = addUser(db);
    const id = addProduct(db, { name: 'Tide Pods 42 ct', category: 'laundry', priceCents: 1200 });
    const a = alerts();
    a.trackPrice(user, id);
    expect(a.alertsDue(id, 1081)).toEqual([]);
    const [due] = a.alertsDue(id, 1080);
    expect(due).toMatchObject({ reason: 'price_drop', baselineCents: 1200, dedupeKey: `price-alert:${id}:1080` });
    expect(due!.text).toBe('Tide Pods 42 ct is down to $10.80 from $12.00 (10% less). You asked me to watch its price.');
    // Once alerted, the next alert needs another real drop from the new price.
    a.markAlerted(due!.alertId, 1080);
    expect(a.alertsDue(id, 1000)).toEqual([]);
    expect(a.alertsDue(id, 972)).toHaveLength(1);
  });

  it('notifies each subscriber once, skips users who turned alerts off, and leaves other products alone', () => {
    const alice = addUser(db);
    const bob = addUser(db);
    const muted = addUser(db, { alertsEnabled: false });
    const milk = addProduct(db, { name: 'Milk', category: 'milk', priceCents: 400 });
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 400 });
    const a = alerts();
    a.trackPrice(alice, milk);
    a.trackPrice(bob, milk, { targetPriceCents: 350 });
    a.trackPrice(muted, milk);
    a.trackPrice(bob, eggs);
    expect(a.alertsDue(milk, 340).map((d) => [d.userId, d.reason])).toEqual([
      [alice, 'price_drop'],
      [bob, 'target_reached'],
    ]);
  });
});
