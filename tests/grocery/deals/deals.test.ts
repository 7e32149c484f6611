import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRICE_DROP_MIN_PCT, type DealKind } from '../../../src/grocery/deals/index.js';
import { DAY_MS } from '../../../src/grocery/types.js';
import type { Db } from '../../../src/store/database.js';
import { dealServiceOver } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addDailyHistory, addProduct, NOW, repeat, setPrice } from '../prices/store-fixture.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

const service = () => dealServiceOver(db, { now: () => NOW });

/** The kinds the rules give one product priced at `price` with the given 90 days of history. */
function kindsAt(price: number, history: number[], wasPrice: number | null = null): DealKind[] {
  const id = addProduct(db, { name: `P${price}`, category: 'test', priceCents: price, wasPriceCents: wasPrice });
  addDailyHistory(db, id, history);
  service().detectDeals();
  const rows = db.prepare('SELECT kind FROM deals WHERE product_id = ? AND active = 1 ORDER BY kind').all(id) as { kind: DealKind }[];
  return rows.map((r) => r.kind);
}

// 60 older days at $3.00 keep the 90-day low well below a $3.60 price, so only price_drop is in play.
const dropHistory = [...repeat(300, 60), ...repeat(400, 30)];

describe('price_drop threshold', () => {
  it('is a deal at exactly 10% below the 30-day median', () => {
    expect(PRICE_DROP_MIN_PCT).toBe(10);
    expect(kindsAt(360, dropHistory)).toEqual(['price_drop']);
  });
  it('is not a deal one cent short of 10%', () => {
    expect(kindsAt(361, dropHistory)).toEqual([]);
  });
  it('is a deal further below', () => {
    expect(kindsAt(350, dropHistory)).toEqual(['price_drop']);
  });
  it('rounds nothing away: 10.03% off a $3.99 median is a deal, 9.77% is not', () => {
    const history = [...repeat(300, 60), ...repeat(399, 30)];
    expect(kindsAt(359, history)).toEqual(['price_drop']);
    expect(kindsAt(360, history)).toEqual([]);
  });
  it('uses the median, so one odd day does not move the bar', () => {
    const history = [...repeat(300, 60), ...repeat(400, 29), 100];
    expect(kindsAt(360, history)).toEqual(['price_drop']);
  });
  it('needs a week of history', () => {
    expect(kindsAt(200, repeat(400, 6))).toEqual([]);
    expect(kindsAt(200, repeat(400, 7))).toEqual(['low_90d', 'price_drop']);
  });
});

describe('low_90d threshold', () => {
  // 90-day low $3.00; 30-day median $3.20 (15 days at $3.00, 15 at $3.40).
  const history = [...repeat(330, 60), ...repeat(300, 15), ...repeat(340, 15)];
  it('is a deal at the 90-day low', () => {
    expect(kindsAt(300, history)).toEqual(['low_90d']);
  });
  it('is a deal exactly 2% above the low', () => {
    expect(kindsAt(306, history)).toEqual(['low_90d']);
  });
  it('is not a deal one cent more than 2% above the low', () => {
    expect(kindsAt(307, history)).toEqual([]);
  });
  it('is not a deal for a price that never moves', () => {
    expect(kindsAt(400, repeat(400, 90))).toEqual([]);
  });
  it('is a deal at a new low below everything seen', () => {
    expect(kindsAt(280, history)).toEqual(['low_90d', 'price_drop']);
  });
});

describe('rollback', () => {
  it('is a deal when the was-price is above the price', () => {
    expect(kindsAt(250, [], 300)).toEqual(['rollback']);
  });
  it('is not a deal when the was-price equals the price or is missing', () => {
    expect(kindsAt(250, [], 250)).toEqual([]);
    expect(kindsAt(250, [], null)).toEqual([]);
  });
});

describe('detectDeals', () => {
  it('reports new deals once and changes nothing when run again', () => {
    const eggs = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const juice = addProduct(db, { name: 'Juice', category: 'juice', priceCents: 300 });
    addDailyHistory(db, juice, repeat(400, 90));
    const deals = service();
    const first = deals.detectDeals();
    expect(first.started.map((d) => [d.productId, d.kind]).sort()).toEqual(
      [[eggs, 'rollback'], [juice, 'low_90d'], [juice, 'price_drop']].sort(),
    );
    expect(first.ended).toEqual([]);
    const before = db.prepare('SELECT * FROM deals ORDER BY id').all();
    const second = deals.detectDeals();
    expect(second).toEqual({ started: [], ended: [] });
    expect(db.prepare('SELECT * FROM deals ORDER BY id').all()).toEqual(before);
  });

  it('ends a deal when the price goes back up, and starts it again when it drops back', () => {
    const id = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const deals = service();
    const [started] = deals.detectDeals().started;
    setPrice(db, id, 300);
    const later = NOW + DAY_MS;
    const { ended, started: none } = deals.detectDeals(later);
    expect(none).toEqual([]);
    expect(ended).toHaveLength(1);
    expect(ended[0]).toMatchObject({ id: started!.id, active: false, endsAt: later });
    expect(deals.activeDeals()).toEqual([]);
    setPrice(db, id, 250, 300);
    const again = deals.detectDeals(later + DAY_MS);
    expect(again.started).toHaveLength(1);
    expect(again.started[0]).toMatchObject({ productId: id, kind: 'rollback', active: true, endsAt: null });
  });

  it('treats a deeper cut as a new deal and ends the old one', () => {
    const id = addProduct(db, { name: 'Eggs', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const deals = service();
    deals.detectDeals();
    setPrice(db, id, 220, 300);
    const changes = deals.detectDeals();
    expect(changes.started.map((d) => d.priceCents)).toEqual([220]);
    expect(changes.ended.map((d) => d.priceCents)).toEqual([250]);
  });
});

describe('activeDeals', () => {
  it('ranks products by savings, one entry per product, and filters by category and ids', () => {
    const small = addProduct(db, { name: 'Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    const big = addProduct(db, { name: 'Steak', category: 'beef', priceCents: 1500, wasPriceCents: 2000 });
    const both = addProduct(db, { name: 'Coffee', category: 'coffee', priceCents: 700, wasPriceCents: 800 });
    addDailyHistory(db, both, repeat(1000, 90)); // rollback saves $1, price drop saves $3
    const deals = service();
    deals.detectDeals();
    const ranked = deals.activeDeals();
    expect(ranked.map((d) => d.productId)).toEqual([big, both, small]);
    expect(ranked.map((d) => d.savingsCents)).toEqual([500, 300, 10]);
    expect(ranked[1]!.kinds.sort()).toEqual(['low_90d', 'price_drop', 'rollback']);
    expect(ranked[1]!.text).toBe('Coffee is down 30% ($7.00, usually $10.00)');
    expect(deals.activeDeals({ category: 'candy' }).map((d) => d.productId)).toEqual([small]);
    expect(deals.activeDeals({ productIds: [small, both] }).map((d) => d.productId)).toEqual([both, small]);
    expect(deals.activeDeals({ limit: 1 }).map((d) => d.productId)).toEqual([big]);
  });

  it('answers from today\'s prices and from the latest scan, even after earlier questions', () => {
    const gum = addProduct(db, { name: 'Gum', category: 'candy', priceCents: 90, wasPriceCents: 100 });
    const deals = service();
    deals.detectDeals();
    expect(deals.activeDeals().map((d) => [d.productId, d.priceCents])).toEqual([[gum, 90]]);
    setPrice(db, gum, 95, 100); // a price refresh, before any scan: the saving shrinks at once
    expect(deals.activeDeals().map((d) => d.savingsCents)).toEqual([5]);
    setPrice(db, gum, 100, 100);
    expect(deals.activeDeals()).toEqual([]);
    const mints = addProduct(db, { name: 'Mints', category: 'candy', priceCents: 150, wasPriceCents: 200 });
    deals.detectDeals();
    expect(deals.activeDeals({ category: 'Candy' }).map((d) => d.productId)).toEqual([mints]);
    expect(deals.dealsForItems([{ name: 'mints' }]).map((f) => f.deals.map((d) => d.deal.productId))).toEqual([[mints]]);
  });
});

describe('dealsForItems', () => {
  it('finds deals on the listed product and on others of its category, by link and by name', () => {
    const listedEggs = addProduct(db, { name: 'Eggland Eggs 12 ct', category: 'eggs', priceCents: 400 });
    const gvEggs = addProduct(db, { name: 'Great Value Large Eggs 18 ct', brand: 'Great Value', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    const tide = addProduct(db, { name: 'Tide Pods 42 ct', brand: 'Tide', category: 'laundry detergent', priceCents: 1200, wasPriceCents: 1500 });
    addProduct(db, { name: 'Whole Milk 1 gal', category: 'milk', priceCents: 350 });
    const deals = service();
    deals.detectDeals();

    const found = deals.dealsForItems([
      { name: 'eggs', productId: listedEggs },
      { name: 'large eggs' },
      { name: 'tide' },
      { name: 'milk', productId: null },
    ]);
    expect(found.map((f) => f.item.name)).toEqual(['eggs', 'large eggs', 'tide']);
    expect(found[0]!.deals.map((d) => [d.deal.productId, d.match])).toEqual([[gvEggs, 'same_category']]);
    expect(found[0]!.deals[0]!.text).toBe(
      'eggs are on the list: Great Value Large Eggs 18 ct is on rollback ($2.50, was $3.00)',
    );
    expect(found[1]!.deals.map((d) => d.deal.productId)).toEqual([gvEggs]);
    expect(found[2]!.deals.map((d) => [d.deal.productId, d.match])).toEqual([[tide, 'name']]);
  });

  it('puts the listed product’s own deal first', () => {
    const a = addProduct(db, { name: 'Oat Milk', category: 'milk', priceCents: 300, wasPriceCents: 320 });
    const b = addProduct(db, { name: 'Whole Milk', category: 'milk', priceCents: 200, wasPriceCents: 400 });
    const deals = service();
    deals.detectDeals();
    const [item] = deals.dealsForItems([{ name: 'oat milk', productId: a }]);
    expect(item!.deals.map((d) => [d.deal.productId, d.match])).toEqual([
      [a, 'listed_product'],
      [b, 'same_category'],
    ]);
  });

  it('matches an unlinked item to its category, not to any product that mentions the word', () => {
    const eggs = addProduct(db, { name: 'Large Eggs 12 ct', category: 'eggs', priceCents: 250, wasPriceCents: 300 });
    addProduct(db, { name: 'Sausage, Egg & Cheese Croissant', category: 'breakfast sandwiches', priceCents: 300, wasPriceCents: 500 });
    const deals = service();
    deals.detectDeals();
    const [item] = deals.dealsForItems([{ name: 'eggs' }]);
    expect(item!.deals.map((d) => [d.deal.productId, d.match])).toEqual([[eggs, 'same_category']]);
  });

  it('matches by product name across plural spellings and whole words only, reading just the matching deals', () => {
    const berries = addProduct(db, { name: 'Driscoll Strawberries 1 lb', brand: 'Driscoll', category: 'fruit', priceCents: 300, wasPriceCents: 400 });
    const peaches = addProduct(db, { name: 'Sliced Peaches 15 oz', category: 'canned fruit', priceCents: 100, wasPriceCents: 150 });
    addProduct(db, { name: 'Peachy Rings', category: 'candy', priceCents: 200, wasPriceCents: 250 });
    addProduct(db, { name: 'Strawberry Jam', category: 'spreads', priceCents: 200, wasPriceCents: 260 });
    const deals = service();
    deals.detectDeals();
    const found = deals.dealsForItems([{ name: 'driscoll strawberry' }, { name: 'sliced peach' }]);
    expect(found.map((f) => f.deals.map((d) => [d.deal.productId, d.match]))).toEqual([[[berries, 'name']], [[peaches, 'name']]]);
    expect(deals.activeDeals({ nameContains: ['peach'] }).map((d) => d.product.name).sort()).toEqual(['Peachy Rings', 'Sliced Peaches 15 oz']);
  });

  it('falls back to the catalog’s best match for a word that names neither a category nor a product', () => {
    db.prepare(`INSERT INTO synonyms (term, synonym) VALUES ('pop', 'cola'), ('cola', 'pop')`).run();
    const coke = addProduct(db, { name: 'Coca-Cola Cola 12 pk', brand: 'Coca-Cola', category: 'soft drinks', priceCents: 600, wasPriceCents: 750 });
    const pepsi = addProduct(db, { name: 'Pepsi Cola 12 pk', brand: 'Pepsi', category: 'soft drinks', priceCents: 650, wasPriceCents: 700 });
    addProduct(db, { name: 'Baking Soda', category: 'baking', priceCents: 100, wasPriceCents: 150 });
    const deals = service();
    deals.detectDeals();
    const [item] = deals.dealsForItems([{ name: 'pop' }]);
    expect(item!.deals.map((d) => [d.deal.productId, d.match])).toEqual([
      [coke, 'same_category'],
      [pepsi, 'same_category'],
    ]);
  });
});
