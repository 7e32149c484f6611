import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import type { Db } from '../../../src/store/database.js';
import { ALICE, P, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let db: Db;
let listId: number;

beforeEach(() => {
  env = setupLists();
  ({ lists, db } = env);
  listId = lists.defaultList(ALICE).id;
});
afterEach(() => env.cleanup());

/** The lines as a user reads them: name -> quantity text. */
function lines(): Record<string, string> {
  const view = lists.view(ALICE, listId);
  return Object.fromEntries(view.groups.flatMap((g) => g.lines).map((l) => [l.itemName, l.quantityText]));
}

function lineCount(): number {
  return lists.view(ALICE, listId).itemCount;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : `not an AppError: ${String(err)}`;
  }
  return undefined;
}

describe('adding items', () => {
  it('adds several at once and links them to products', () => {
    const change = lists.addItems(ALICE, listId, [
      { name: 'milk', quantity: 2, unit: 'gal' },
      { name: 'eggs', quantity: 12 },
    ]);
    expect(change.description).toBe('added milk and eggs');
    expect(change.items.map((i) => [i.action, i.productId, i.quantityText])).toEqual([
      ['added', P.gvMilk, '2 gal'],
      ['added', P.eggs, '12'],
    ]);
    expect(lines()).toEqual({ milk: '2 gal', eggs: '12' });
  });

  it('merges 2 lb and 16 oz into 3 lb', () => {
    lists.addItems(ALICE, listId, [{ name: 'ground beef', quantity: 2, unit: 'lb' }]);
    const change = lists.addItems(ALICE, listId, [{ name: 'ground beef', quantity: 16, unit: 'oz' }]);
    expect(change.items[0]!.action).toBe('merged');
    expect(lines()).toEqual({ 'ground beef': '3 lb' });
  });

  it('treats "egg" and "Eggs" as the same line', () => {
    lists.addItems(ALICE, listId, [{ name: 'Eggs', quantity: 6 }]);
    lists.addItems(ALICE, listId, [{ name: 'egg', quantity: 1 }]);
    expect(lineCount()).toBe(1);
    expect(lines()).toEqual({ Eggs: '7' });
  });

  it('merges plural names of unmatched things too', () => {
    lists.addItems(ALICE, listId, [{ name: 'birthday candles', quantity: 2, unit: 'box' }]);
    lists.addItems(ALICE, listId, [{ name: 'Birthday Candle', quantity: 1, unit: 'boxes' }]);
    expect(lines()).toEqual({ 'birthday candles': '3 boxes' });
  });

  it('merges in one batch when the same item appears twice', () => {
    lists.addItems(ALICE, listId, [
      { name: 'apples', quantity: 1, unit: 'lb' },
      { name: 'apple', quantity: 8, unit: 'oz' },
    ]);
    expect(lines()).toEqual({ apples: '1½ lb' });
  });

  it('keeps amounts that cannot be added on separate lines and says so', () => {
    lists.addItems(ALICE, listId, [{ name: 'bread', quantity: 2, unit: 'loaf' }]);
    const change = lists.addItems(ALICE, listId, [{ name: 'bread', quantity: 1, unit: 'lb' }]);
    expect(change.items[0]!.action).toBe('separate');
    expect(change.notes).toHaveLength(1);
    expect(change.notes[0]).toContain('bread');
    expect(lineCount()).toBe(2);
  });

  it('reads a bare count as packages of the linked product: milk + 2 gal = 3 gal', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk' }]);
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gallons' }]);
    expect(lines()).toEqual({ milk: '3 gal' });
  });

  it('reopens a checked line with the new amount instead of adding to what was bought', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }]);
    lists.setChecked(ALICE, listId, 'milk', true);
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal' }]);
    const line = lists.view(ALICE, listId).groups[0]!.lines[0]!;
    expect([line.quantityText, line.checked]).toEqual(['1 gal', false]);
  });

  it('keeps a named brand on its own line and links its product', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal', brand: 'Great Value' }]);
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal', brand: 'Horizon' }]);
    const view = lists.view(ALICE, listId);
    expect(view.groups.flatMap((g) => g.lines).map((l) => [l.brand, l.productId])).toEqual([
      ['Great Value', P.gvMilk],
      ['Horizon', P.horizonMilk],
    ]);
  });

  it('adds nothing when one item of a batch is invalid', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal' }]);
    const version = lists.version(ALICE, listId);
    expect(codeOf(() => lists.addItems(ALICE, listId, [{ name: 'eggs', quantity: 12 }, { name: 'milk', quantity: 1, unit: 'gal' }, { name: 'bread', quantity: -2 }]))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => lists.addItems(ALICE, listId, [{ name: 'eggs' }, { name: 'mystery', productId: 999 }]))).toBe('PRODUCT_NOT_FOUND');
    expect(codeOf(() => lists.addItems(ALICE, listId, [{ name: 'eggs' }, { name: '   ' }]))).toBe('BAD_INPUT');
    expect(lines()).toEqual({ milk: '1 gal' });
    expect(lists.version(ALICE, listId)).toBe(version);
    const undoRows = db.prepare('SELECT COUNT(*) AS n FROM list_undo WHERE list_id = ?').get(listId) as { n: number };
    expect(undoRows.n).toBe(1);
  });

  it('bumps the version once per change and names the changed list', () => {
    const v0 = lists.version(ALICE, listId);
    const change = lists.addItems(ALICE, listId, [{ name: 'milk' }, { name: 'eggs' }]);
    expect(change.version).toBe(v0 + 1);
    expect(change.changedListIds).toEqual([listId]);
    expect(lists.version(ALICE, listId)).toBe(v0 + 1);
  });
});

describe('removing items', () => {
  beforeEach(() => {
    lists.addItems(ALICE, listId, [
      { name: 'milk', quantity: 2, unit: 'gal' },
      { name: 'eggs', quantity: 12 },
      { name: 'apples', quantity: 3, unit: 'lb' },
      { name: 'bread', quantity: 2, unit: 'loaf' },
    ]);
  });

  it('removes a whole line', () => {
    const change = lists.removeItems(ALICE, listId, [{ name: 'bread' }]);
    expect(change.description).toBe('removed bread');
    expect(Object.keys(lines()).sort()).toEqual(['apples', 'eggs', 'milk']);
  });

  it('reduces by a quantity, across units', () => {
    lists.removeItems(ALICE, listId, [{ name: 'apples', quantity: 8, unit: 'oz' }, { name: 'eggs', quantity: 6 }]);
    expect(lines()).toMatchObject({ apples: '2½ lb', eggs: '6' });
  });

  it('counts a bare number in the line unit: remove 1 milk from 2 gal leaves 1 gal', () => {
    lists.removeItems(ALICE, listId, [{ name: 'milk', quantity: 1 }]);
    expect(lines().milk).toBe('1 gal');
  });

  it('removes the line when reduced to zero or below', () => {
    const change = lists.removeItems(ALICE, listId, [{ name: 'loaves of bread', quantity: 2 }, { name: 'egg', quantity: 24 }]);
    expect(change.items.map((i) => i.action)).toEqual(['removed', 'removed']);
    expect(Object.keys(lines()).sort()).toEqual(['apples', 'milk']);
  });

  it('reports items that are not on the list and fails when none is', () => {
    const change = lists.removeItems(ALICE, listId, [{ name: 'bread' }, { name: 'caviar' }]);
    expect(change.items.map((i) => i.action)).toEqual(['removed', 'not_on_list']);
    expect(change.notes).toEqual(["caviar wasn't on the list."]);
    expect(codeOf(() => lists.removeItems(ALICE, listId, [{ name: 'caviar' }]))).toBe('ITEM_NOT_ON_LIST');
  });

  it('changes nothing when a reduction cannot apply', () => {
    const before = lines();
    expect(codeOf(() => lists.removeItems(ALICE, listId, [{ name: 'eggs' }, { name: 'bread', quantity: 1, unit: 'gal' }]))).toBe('INVALID_QUANTITY');
    expect(lines()).toEqual(before);
  });

  it('finds a line by the product its name matches', () => {
    lists.removeItems(ALICE, listId, [{ name: 'whole milk' }]);
    expect(lines().milk).toBeUndefined();
  });
});

describe('updating and checking items', () => {
  beforeEach(() => {
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }]);
  });

  it('keeps the unit when only the amount changes ("make the milk 3")', () => {
    lists.updateItem(ALICE, listId, 'milk', { quantity: 3 });
    expect(lines().milk).toBe('3 gal');
  });

  it('changes amount and unit, note, brand and product', () => {
    const change = lists.updateItem(ALICE, listId, 'Milk', { quantity: 1, unit: 'qt', note: 'for the cake', brand: 'Horizon', productId: P.horizonMilk });
    expect(change.description).toBe('changed milk');
    const line = lists.view(ALICE, listId).groups[0]!.lines[0]!;
    expect([line.quantityText, line.note, line.brand, line.productId]).toEqual(['1 qt', 'for the cake', 'Horizon', P.horizonMilk]);
  });

  it('rejects updates to items that are not there and to bad quantities', () => {
    expect(codeOf(() => lists.updateItem(ALICE, listId, 'caviar', { quantity: 1 }))).toBe('ITEM_NOT_ON_LIST');
    expect(codeOf(() => lists.updateItem(ALICE, listId, 'milk', { quantity: 0 }))).toBe('INVALID_QUANTITY');
    expect(codeOf(() => lists.updateItem(ALICE, listId, 'milk', { productId: 999 }))).toBe('PRODUCT_NOT_FOUND');
    expect(lines().milk).toBe('2 gal');
  });

  it('checks and unchecks', () => {
    expect(lists.setChecked(ALICE, listId, 'milk', true).description).toBe('checked off milk');
    expect(lists.view(ALICE, listId).groups[0]!.lines[0]!.checked).toBe(true);
    lists.setChecked(ALICE, listId, 'milk', false);
    expect(lists.view(ALICE, listId).groups[0]!.lines[0]!.checked).toBe(false);
  });

  it('clears the list', () => {
    lists.addItems(ALICE, listId, [{ name: 'eggs' }]);
    lists.clearList(ALICE, listId);
    expect(lineCount()).toBe(0);
  });

  it('says whether an item is on the list', () => {
    expect(lists.findItem(ALICE, listId, 'Milk')?.quantityText).toBe('2 gal');
    expect(lists.findItem(ALICE, listId, 'caviar')).toBeUndefined();
  });
});
