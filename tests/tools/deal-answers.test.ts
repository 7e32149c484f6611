import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeAll(() => {
  bed = openToolBed();
  // As the running server does at start: the deal scan finds the demo store's rollbacks and drops.
  bed.core.deals.detectDeals();
});
afterAll(() => bed.close());

const productId = (name: string) => (bed.core.db.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;
const onSale = (name: string) => bed.core.deals.activeDeals({ limit: 5000 }).some((d) => d.product.name === name);

describe('"is it on sale?"', () => {
  // Regression: "is tide on sale?" answered "tide is on the list: Tide PODS ..." with no Tide on the list.
  it('answers about the product asked for and never says it is on the list', () => {
    const answer = bed.call('match_deals', { items: ['tide'] });
    expect(answer.text).toMatch(/^On sale now:\n1\) Tide /);
    expect(answer.text).not.toMatch(/on the list|on your list/i);
    expect(bed.lines()).toEqual([]);
  });
});

describe('"is anything on my list on sale?"', () => {
  it('puts the deals on what is on the list first, then at most three on similar things, said as such', () => {
    expect(onSale('Fresh Roma Tomatoes, 2 lb')).toBe(true);
    expect(onSale('Great Value Whole Milk, 1 gal')).toBe(false);
    expect(onSale('Great Value Large White Eggs, 12 ct')).toBe(false);
    bed.call('add_to_list', {
      items: [
        { name: 'milk', productId: productId('Great Value Whole Milk, 1 gal') },
        { name: 'eggs', productId: productId('Great Value Large White Eggs, 12 ct') },
        { name: 'tomatoes', productId: productId('Fresh Roma Tomatoes, 2 lb') },
      ],
    });
    const answer = bed.call('match_deals', {});
    const lines = answer.text.split('\n');
    expect(lines[0]).toBe('On your Grocery list:');
    expect(lines[1]).toMatch(/^1\) Fresh Roma Tomatoes, 2 lb is /);
    expect(lines[2]).toBe('Deals on similar things:');
    const similar = lines.filter((l) => /^\d\) /.test(l)).slice(1);
    expect(similar.length).toBeGreaterThan(0);
    expect(similar.length).toBeLessThanOrEqual(3);
    expect(answer.text).not.toMatch(/more\./);
  });
});

describe('"something cheaper than the ground beef"', () => {
  // Regression: it offered five products that all cost more.
  it('with no extra cost allowed, offers only products that cost no more, or else less per pound, and says which', () => {
    const beef = bed.core.catalog.get(productId('80% Lean / 20% Fat Ground Beef Chuck, 1 lb'))!;
    const answer = bed.call('find_substitutes', { productId: beef.id, maxPriceDifference: 0 });
    expect(answer.ok).toBe(true);
    const offered = (answer.ok ? (answer.data as { substitutes: number[] }).substitutes : []).map((id) => bed.core.catalog.get(id)!);
    expect(offered.length).toBeGreaterThan(0);
    if (answer.text.startsWith('For no more than')) {
      for (const p of offered) expect(p.priceCents, p.name).toBeLessThanOrEqual(beef.priceCents);
    } else {
      expect(answer.text).toMatch(/^Nothing costs less than 80% Lean .*, but these cost less per lb:/);
      for (const p of offered) expect(p.unitPrice!.millicents, p.name).toBeLessThan(beef.unitPrice!.millicents);
    }
  });

  it('a cheaper one on the shelf is offered as such', () => {
    const steak = bed.core.catalog.get(productId('Beef Choice Ribeye Steak, 1 lb'))!;
    const answer = bed.call('find_substitutes', { productId: steak.id, maxPriceDifference: 0 });
    expect(answer.text).toMatch(/^For no more than Beef Choice Ribeye Steak, 1 lb/);
    const offered = (answer.ok ? (answer.data as { substitutes: number[] }).substitutes : []).map((id) => bed.core.catalog.get(id)!);
    for (const p of offered) expect(p.priceCents, p.name).toBeLessThanOrEqual(steak.priceCents);
  });
});

describe('"tell me when coffee drops below $8"', () => {
  // Regression: it watched a $15.78 canister without asking which coffee.
  it('asks which coffee when the store sells very different ones, and watches nothing until told', () => {
    const asked = bed.call('track_price', { name: 'coffee', targetPrice: 8 });
    expect(asked.text).toMatch(/^Which coffee to watch for \$8\.00 or less\?/);
    expect(asked.ok && asked.choices!.length).toBeGreaterThan(1);
    expect(asked.ok && asked.effects?.clarify?.slot).toEqual({ field: 'productId' });
    expect(bed.core.alerts.listTracked(bed.userId)).toEqual([]);
  });

  it('watches the coffee on the list without asking', () => {
    const folgers = productId('Folgers Classic Roast Ground Coffee, 25.9 oz');
    bed.call('add_to_list', { items: [{ name: 'coffee', productId: folgers }] });
    const answer = bed.call('track_price', { name: 'coffee', targetPrice: 8 });
    expect(answer.text).toMatch(/^I'll message you when Folgers Classic Roast Ground Coffee, 25\.9 oz drops to \$8\.00 or less/);
    bed.call('remove_from_list', { items: [{ name: 'coffee' }] });
  });
});
