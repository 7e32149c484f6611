import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeEach(() => void (bed = openToolBed()));
afterEach(() => bed.close());

describe('"order it"', () => {
  it('on the demo store, whose products have no Walmart item id, says so and gives the list by aisle to shop or share', () => {
    bed.call('add_to_list', { items: [{ name: 'eggs', quantity: 12 }, { name: 'bananas', quantity: 6 }] });
    const out = bed.call('checkout_list', {});
    expect(out.ok).toBe(true);
    expect(out.text).toMatch(/^None of these products has a Walmart item id, so there's no cart link; here's your Grocery list by aisle to shop or share:\nGrocery list: 2 items to buy/);
    expect(out.text).toMatch(/- 6 × Fresh Banana, each/);
    expect(out.text.indexOf('Banana')).toBeLessThan(out.text.indexOf('Eggs'));
  });

  it('gives a Walmart cart link with the packages each line needs when products carry Walmart item ids', () => {
    bed.core.db.prepare("UPDATE products SET sku = '145051970' WHERE name = 'Great Value Large White Eggs, 12 ct'").run();
    bed.call('add_to_list', { items: [{ name: 'eggs', quantity: 24 }] });
    const out = bed.call('checkout_list', {});
    expect(out.text).toMatch(/^Open this to put 1 product in a Walmart cart with the quantities on your Grocery list: https:\/\/affil\.walmart\.com\/cart\/addToCart\?items=145051970\|2$/m);
  });

  it('says there is nothing to buy when everything is checked off', () => {
    bed.call('add_to_list', { items: [{ name: 'eggs', quantity: 12 }] });
    bed.call('check_item', { name: 'eggs' });
    expect(bed.call('checkout_list', {}).text).toBe('Your Grocery list has nothing left to buy.');
  });
});

describe('the list as chat text', () => {
  it('shows a dozen eggs as the carton it is, and packages and the amount asked for when they differ', () => {
    bed.call('add_to_list', { items: [{ name: 'eggs', quantity: 12 }, { name: 'whole milk', quantity: 2, unit: 'gal' }, { name: 'chicken breast', quantity: 3, unit: 'lb' }] });
    const text = bed.call('view_list', {}).text;
    expect(text).toMatch(/• Great Value Large White Eggs, 12 ct · \$\d+\.\d\d/);
    expect(text).not.toMatch(/Eggs, 12 ct — 12/);
    expect(text).toMatch(/• Great Value Whole Milk, 1 gal × 2 · \$/);
    expect(text).toMatch(/Chicken Breast.*, 2\.5 lb × 2 \(for 3 lb\) · \$/);
  });
});
