import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import type { Db } from '../../../src/store/database.js';
import { dealServiceOver, priceServiceOver, priceStores } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addDailyHistory, addProduct, NOW, repeat, setPrice } from './store-fixture.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const clock = () => NOW;

describe('listTotal', () => {
  it('adds lines at today’s prices and counts savings only where a deal is active', () => {
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const juice = addProduct(db, { name: 'Juice', category: 'juice', priceCents: 300 });
    addDailyHistory(db, juice, repeat(400, 90));
    const bread = addProduct(db, { name: 'Bread', category: 'bread', priceCents: 199 });
    const prices = priceServiceOver(db, { now: clock });
    const lines = [
      { productId: eggs, packages: 2 },
      { productId: juice, packages: 1 },
      { productId: bread, packages: 3 },
      { productId: null, packages: 1 },
      { productId: 9999, packages: 1 },
    ];
    // Before deal detection nothing is an active deal yet.
    expect(prices.listTotal(lines)).toEqual({ totalCents: 500 + 300 + 597, savingsCents: 0, unmatchedCount: 2, lineCount: 5 });
    dealServiceOver(db, { now: clock }).detectDeals();
    // Eggs: 2 x ($3.00 - $2.50); juice: $4.00 median - $3.00, counted once though it has two deals.
    expect(prices.listTotal(lines)).toMatchObject({ totalCents: 1397, savingsCents: 100 + 100 });
  });

  it('totals lines that carry their product the same as lines it reads, and a line without one as unmatched', () => {
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const bread = addProduct(db, { name: 'Bread', category: 'bread', priceCents: 199 });
    dealServiceOver(db, { now: clock }).detectDeals();
    const prices = priceServiceOver(db, { now: clock });
    const read = [
      { productId: eggs, packages: 2 },
      { productId: bread, packages: 1 },
    ];
    const products = priceStores(db).prices.products([eggs, bread]);
    const carried = [
      { productId: eggs, packages: 2, product: products.get(eggs)! },
      { productId: bread, packages: 1 },
      { productId: null, packages: 1, product: null },
    ];
    expect(prices.listTotal(carried)).toEqual({ ...prices.listTotal(read), unmatchedCount: 1, lineCount: 3 });
    expect(prices.listTotal(carried)).toEqual({ totalCents: 699, savingsCents: 100, unmatchedCount: 1, lineCount: 3 });
  });

  it('counts no saving once the price is back above the deal’s reference', () => {
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    dealServiceOver(db, { now: clock }).detectDeals();
    setPrice(db, eggs, 320);
    expect(priceServiceOver(db, { now: clock }).listTotal([{ productId: eggs, packages: 1 }])).toMatchObject({
      totalCents: 320,
      savingsCents: 0,
    });
  });

  it('rounds fractional packages to the cent and refuses negative ones', () => {
    const apples = addProduct(db, { name: 'Apples per lb', category: 'apples', priceCents: 149 });
    const prices = priceServiceOver(db, { now: clock });
    expect(prices.listTotal([{ productId: apples, packages: 2.5 }]).totalCents).toBe(373);
    expect(prices.listTotal([])).toEqual({ totalCents: 0, savingsCents: 0, unmatchedCount: 0, lineCount: 0 });
    let caught: unknown;
    try {
      prices.listTotal([{ productId: apples, packages: -1 }]);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'INVALID_QUANTITY')).toBe(true);
  });
});
