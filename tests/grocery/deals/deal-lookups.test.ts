import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf } from '../../helpers/catalog.js';
import { dealsForItems } from '../../../src/grocery/deals/index.js';
import type { Db } from '../../../src/store/database.js';
import { dealServiceOver, priceStores } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addProduct, NOW, setPrice } from '../prices/store-fixture.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const service = () => dealServiceOver(db, { now: () => NOW });
const ids = (deals: { productId: number }[]) => deals.map((d) => d.productId);

// The deal index keeps lookups by category, product and name fragment per copy of the deals;
// each question below was asked once before the change, so a stale lookup would answer it.
describe('deal lookups after a change', () => {
  it('see a deal a scan started, by category, product id and name, on the very next call', () => {
    const gum = addProduct(db, { name: 'Spearmint Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    const deals = service();
    deals.detectDeals();
    expect(ids(deals.activeDeals({ category: 'candy' }))).toEqual([gum]);
    expect(ids(deals.activeDeals({ nameContains: ['mint'] }))).toEqual([gum]);
    const mints = addProduct(db, { name: 'Peppermint Mints', category: 'candy', priceCents: 150, wasPriceCents: 200 });
    expect(ids(deals.activeDeals({ productIds: [gum, mints] }))).toEqual([gum]);
    deals.detectDeals();
    expect(ids(deals.activeDeals({ category: 'candy' }))).toEqual([mints, gum]);
    expect(ids(deals.activeDeals({ nameContains: ['mint'] }))).toEqual([mints, gum]);
    expect(ids(deals.activeDeals({ productIds: [mints, gum] }))).toEqual([mints, gum]);
    expect(deals.dealsForItems([{ name: 'peppermint' }]).map((f) => ids(f.deals.map((d) => d.deal)))[0]?.[0]).toBe(mints);
  });

  it('drop a deal a scan ended, and follow today’s price before any scan', () => {
    const gum = addProduct(db, { name: 'Spearmint Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    const deals = service();
    deals.detectDeals();
    expect(deals.activeDeals({ nameContains: ['gum'] }).map((d) => d.savingsCents)).toEqual([10]);
    setPrice(db, gum, 95, 100);
    expect(deals.activeDeals({ nameContains: ['gum'] }).map((d) => d.savingsCents)).toEqual([5]);
    setPrice(db, gum, 120);
    deals.detectDeals();
    expect(deals.activeDeals({ category: 'candy' })).toEqual([]);
    expect(deals.activeDeals({ nameContains: ['gum'] })).toEqual([]);
    expect(deals.activeDeals({ productIds: [gum] })).toEqual([]);
  });

  it('filter by every fragment and by category together, whichever lookup they start from', () => {
    const gum = addProduct(db, { name: 'Spearmint Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    const tea = addProduct(db, { name: 'Spearmint Tea', category: 'tea', priceCents: 300, wasPriceCents: 400 });
    const deals = service();
    deals.detectDeals();
    expect(ids(deals.activeDeals({ nameContains: ['spear'] }))).toEqual([tea, gum]);
    expect(ids(deals.activeDeals({ nameContains: ['spear', 'tea'] }))).toEqual([tea]);
    expect(ids(deals.activeDeals({ category: 'Candy', nameContains: ['spear'] }))).toEqual([gum]);
    expect(ids(deals.activeDeals({ productIds: [gum, tea], category: 'tea' }))).toEqual([tea]);
    expect(deals.activeDeals({ productIds: [] })).toEqual([]);
  });
});

describe('dealsForItems product reads', () => {
  it('gives the same deals whether products come from the catalog reader or its own query', () => {
    const gum = addProduct(db, { name: 'Spearmint Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    addProduct(db, { name: 'Peppermint Mints', category: 'candy', priceCents: 150, wasPriceCents: 200 });
    addProduct(db, { name: 'Tide Pods 42 ct', brand: 'Tide', category: 'laundry detergent', priceCents: 1200, wasPriceCents: 1500 });
    service().detectDeals();
    const items = [{ name: 'gum', productId: gum }, { name: 'tide' }, { name: 'candy' }];
    const catalog = catalogOf(db);
    const viaCatalog = dealsForItems(priceStores(db).deals, items, { bestMatch: (n) => catalog.bestMatch(n), getMany: (ids) => catalog.getMany(ids) });
    expect(viaCatalog.map((f) => f.deals.length)).toEqual([2, 1, 2]);
    expect(dealsForItems(priceStores(db).deals, items, { bestMatch: (n) => catalog.bestMatch(n) })).toEqual(viaCatalog);
  });
});
