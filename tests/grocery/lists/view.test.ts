import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ListSnapshot } from '../../../src/agent/reply.js';
import { OTHER_GROUP, toListSnapshot, type ListService } from '../../../src/grocery/lists/index.js';
import { ALICE, P, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let listId: number;

beforeEach(() => {
  env = setupLists();
  ({ lists } = env);
  listId = lists.defaultList(ALICE).id;
  // Added out of store order on purpose.
  lists.addItems(ALICE, listId, [
    { name: 'ground beef', quantity: 2, unit: 'lb' },
    { name: 'birthday candles' },
    { name: 'milk', quantity: 2, unit: 'gal' },
    { name: 'bread' },
    { name: 'apples', quantity: 3, unit: 'lb' },
    { name: 'eggs', quantity: 18 },
    { name: 'onion', quantity: 2 },
    { name: 'bananas', quantity: 6 },
  ]);
});
afterEach(() => env.cleanup());

describe('the list view', () => {
  it('groups lines by aisle in store order, unmatched last', () => {
    const view: ListSnapshot = lists.view(ALICE, listId);
    expect(view.groups.map((g) => g.aisle)).toEqual(['Fruit', 'Vegetables', 'Milk', 'Eggs & Cheese', 'Bread', 'Meat', OTHER_GROUP]);
    expect(view.groups[0]!.lines.map((l) => l.productId)).toEqual([P.apples, P.bananas]);
    expect(view.groups.at(-1)!.lines.map((l) => l.name)).toEqual(['birthday candles']);
  });

  it('prices each line by the packages it needs and totals them', () => {
    const view = lists.view(ALICE, listId);
    const price = Object.fromEntries(view.groups.flatMap((g) => g.lines).map((l) => [l.productId ?? l.name, l.priceCents]));
    // 2 gal in 1 gal jugs; 18 eggs in 12-egg cartons; 3 lb at the pound price; 2 onions with no size.
    expect(price).toEqual({
      [P.apples]: 3 * 149,
      [P.bananas]: 6 * 25,
      [P.onion]: 2 * 89,
      [P.gvMilk]: 2 * 348,
      [P.eggs]: 2 * 312,
      [P.bread]: 142,
      [P.beef]: 2 * 499,
      'birthday candles': null,
    });
    expect(view.estimatedTotalCents).toBe(3 * 149 + 6 * 25 + 2 * 89 + 2 * 348 + 2 * 312 + 142 + 2 * 499);
    expect(view.unmatchedCount).toBe(1);
    expect(view.itemCount).toBe(8);
  });

  it('shows product names and friendly quantities', () => {
    const milk = lists.view(ALICE, listId).groups.find((g) => g.aisle === 'Milk')!.lines[0]!;
    expect([milk.name, milk.itemName, milk.quantityText]).toEqual(['Great Value Whole Milk', 'milk', '2 gal']);
  });
});

describe('the snapshot sent to channels', () => {
  it('keeps only the snapshot fields, with the same lines and totals', () => {
    const view = lists.view(ALICE, listId);
    const snapshot = toListSnapshot(view);
    const sent = JSON.parse(JSON.stringify(snapshot)) as ListSnapshot;
    expect(Object.keys(sent.groups[0]!.lines[0]!).sort()).toEqual([
      'amountText', 'checked', 'id', 'itemName', 'name', 'note', 'packages', 'priceCents', 'productId', 'quantityText', 'sizeText', 'unitPriceText', 'wasPriceCents',
    ]);
    expect(sent.groups.map((g) => g.lines.map((l) => l.priceCents))).toEqual(view.groups.map((g) => g.lines.map((l) => l.priceCents)));
    expect([sent.estimatedTotalCents, sent.itemCount, sent.unmatchedCount]).toEqual([view.estimatedTotalCents, 8, 1]);
  });
});

describe('exported text', () => {
  it('has a header, aisles in order, checkboxes, prices and the total', () => {
    lists.setChecked(ALICE, listId, 'bread', true);
    lists.updateItem(ALICE, listId, 'bananas', { note: 'ripe ones' });
    expect(lists.exportText(ALICE, listId)).toBe(
      [
        'Grocery list (8 items)',
        '',
        'Fruit',
        '[ ] 3 lb Gala Apples  $4.47',
        '[ ] 6 Bananas (ripe ones)  $1.50',
        '',
        'Vegetables',
        '[ ] 2 Yellow Onion  $1.78',
        '',
        'Milk',
        '[ ] 2 gal Great Value Whole Milk  $6.96',
        '',
        'Eggs & Cheese',
        '[ ] 18 Great Value Large White Eggs  $6.24',
        '',
        'Bread',
        '[x] 1 Great Value White Bread  $1.42',
        '',
        'Meat',
        '[ ] 2 lb Ground Beef 80/20  $9.98',
        '',
        'Other',
        '[ ] 1 birthday candles',
        '',
        'Estimated total: $32.35 (1 item without a price)',
        '',
      ].join('\n'),
    );
  });

  // Regression: "add paper towels" showed "Great Value Paper Towels, 6 ct (for 1)", as if one roll had been asked for.
  it('says no amount for an item added without one, and the amount asked when the packages differ from it', () => {
    const other = lists.createList(ALICE, 'Party').id;
    lists.addItems(ALICE, other, [{ name: 'eggs' }]);
    const eggs = () => lists.view(ALICE, other).groups.flatMap((g) => g.lines)[0]!;
    expect([eggs().packages, eggs().amountText]).toEqual([1, '']);
    expect(lists.exportText(ALICE, other)).not.toMatch(/for 1\b/);
    lists.updateItem(ALICE, other, 'eggs', { quantity: 18 });
    expect([eggs().packages, eggs().amountText]).toEqual([2, 'for 18']);
  });

  it('says when the list is empty', () => {
    lists.clearList(ALICE, listId);
    expect(lists.exportText(ALICE, listId)).toBe('Grocery list (0 items)\n\nThe list is empty.\n');
  });
});
