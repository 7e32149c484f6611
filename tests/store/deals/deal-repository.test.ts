import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDealRepository, type DealRepository } from '../../../src/store/deals/index.js';
import type { Db } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addProduct, NOW } from '../../grocery/prices/store-fixture.js';

let db: Db;
let cleanup: () => void;
let deals: DealRepository;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  deals = createDealRepository(sqliteConnection(db));
});
afterEach(() => cleanup());

describe('deal repository', () => {
  it('starts, updates, ends and restarts a deal, returning each as it stands', () => {
    const gum = addProduct(db, { name: 'Spearmint Gum', brand: 'Wrigley', category: 'Candy', priceCents: 90, wasPriceCents: 100 });
    const candidate = { productId: gum, kind: 'rollback' as const, priceCents: 90, referenceCents: 100, pctOff: 10 };
    const started = deals.startDeal(candidate, NOW);
    expect(started).toEqual({ id: started.id, productId: gum, kind: 'rollback', priceCents: 90, referenceCents: 100, pctOff: 10, detectedAt: NOW, endsAt: null, active: true });
    deals.updateReference(started.id, 120, 25);
    expect(deals.activeDeals()).toEqual([{ ...started, referenceCents: 120, pctOff: 25 }]);
    expect(deals.activeDealRows()).toEqual([{ productId: gum, kind: 'rollback', referenceCents: 120, detectedAt: NOW, category: 'Candy', text: 'Wrigley Spearmint Gum' }]);
    expect(deals.endDeal(started.id, NOW + 1)).toMatchObject({ id: started.id, active: false, endsAt: NOW + 1 });
    expect(deals.activeDeals()).toEqual([]);
    // The same product, kind and price again is the same row, active again.
    expect(deals.startDeal(candidate, NOW + 2)).toEqual({ ...started, detectedAt: NOW + 2 });
  });

  it('changes its signature when deals are marked changed or products come or go', () => {
    const a = addProduct(db, { name: 'A', category: 'b', priceCents: 100 });
    const first = deals.dealsSignature();
    expect(deals.dealsSignature()).toBe(first);
    deals.markDealsChanged();
    const second = deals.dealsSignature();
    expect(second).not.toBe(first);
    deals.markDealsChanged();
    expect(deals.dealsSignature()).not.toBe(second);
    const third = deals.dealsSignature();
    addProduct(db, { name: 'B', category: 'a', priceCents: 100 });
    expect(deals.dealsSignature()).not.toBe(third);
    expect(deals.categories()).toEqual(['a', 'b']);
    expect(deals.shelfPrices().map((p) => p.productId)[0]).toBe(a);
  });

  it('reads prices and products for any number of ids, and shelf prices page by page', () => {
    const ids = Array.from({ length: 120 }, (_, i) => addProduct(db, { name: `P${i}`, category: 'c', priceCents: 100 + i, wasPriceCents: i % 2 ? 200 : null }));
    for (const n of [1, 3, 50, 51, 120]) {
      const asked = ids.slice(0, n);
      expect([...deals.currentPrices(asked)].sort((x, y) => x[0] - y[0])).toEqual(asked.map((id, i) => [id, 100 + i]));
      expect([...deals.products(asked).keys()].sort((x, y) => x - y)).toEqual(asked);
    }
    expect(deals.currentPrices([...ids, ...ids, ...ids, ...ids]).size).toBe(120);
    const page = deals.shelfPricesAfter(ids[9]!, 3);
    expect(page).toEqual([
      { productId: ids[10], priceCents: 110, wasPriceCents: null },
      { productId: ids[11], priceCents: 111, wasPriceCents: 200 },
      { productId: ids[12], priceCents: 112, wasPriceCents: null },
    ]);
    expect(deals.shelfPrices()).toHaveLength(120);
  });
});
