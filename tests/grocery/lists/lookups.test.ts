import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import type { Db } from '../../../src/store/database.js';
import { ALICE, BOB, P, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let db: Db;

beforeEach(() => {
  env = setupLists();
  ({ lists, db } = env);
});
afterEach(() => env.cleanup());

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return isAppError(err) ? err.code : String(err);
  }
}

describe('finding lists', () => {
  it('finds a list by "#id" only for its members, with the count and version as they are now', () => {
    const list = lists.createList(ALICE, 'Costco');
    lists.addItems(ALICE, list.id, [{ name: 'milk' }, { name: 'eggs' }]);
    expect(lists.findList(ALICE, `#${list.id}`)).toMatchObject({ id: list.id, itemCount: 2, version: 1 });
    expect(lists.findList(BOB, `#${list.id}`)).toBeUndefined();
    expect(codeOf(() => lists.resolveList(BOB, `#${list.id}`))).toBe('LIST_NOT_FOUND');
    lists.join(BOB, lists.shareCode(ALICE, list.id).code);
    expect(lists.resolveList(BOB, `#${list.id}`)).toMatchObject({ id: list.id, role: 'editor', itemCount: 2 });
  });

  it('resolves no name to the list made default most recently, and sees a new default at once', () => {
    const first = lists.defaultList(ALICE);
    const party = lists.createList(ALICE, 'party');
    expect(lists.resolveList(ALICE).id).toBe(first.id);
    lists.setDefault(ALICE, party.id);
    expect(lists.resolveList(ALICE).id).toBe(party.id);
    expect(lists.defaultList(ALICE)).toMatchObject({ id: party.id, isDefault: true });
  });
});

describe('findItem', () => {
  it('gives the line exactly as the whole view shows it, priced for the packages needed', () => {
    const listId = lists.defaultList(ALICE).id;
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'call mom' }, { name: 'bread' }]);
    const inView = (name: string) => lists.view(ALICE, listId).groups.flatMap((g) => g.lines).find((l) => l.itemName === name);
    expect(lists.findItem(ALICE, listId, 'Milk')).toEqual(inView('milk'));
    expect(lists.findItem(ALICE, listId, 'milk')).toMatchObject({ productId: P.gvMilk, packages: 2, priceCents: 696 });
    expect(lists.findItem(ALICE, listId, 'call mom')).toEqual(inView('call mom'));
    expect(lists.findItem(ALICE, listId, 'call mom')?.product).toBeNull();
  });

  it('sees a price change on the very next call', () => {
    const listId = lists.defaultList(ALICE).id;
    lists.addItems(ALICE, listId, [{ name: 'bread' }]);
    expect(lists.findItem(ALICE, listId, 'bread')?.priceCents).toBe(142);
    db.prepare('UPDATE products SET price_cents = 199 WHERE id = ?').run(P.bread);
    expect(lists.findItem(ALICE, listId, 'bread')?.priceCents).toBe(199);
  });
});

describe('writes', () => {
  it('a change that reads the list again after its own edits sees them (several items of one name in one add)', () => {
    const listId = lists.defaultList(ALICE).id;
    const change = lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal' }, { name: 'milk', quantity: 2, unit: 'gal' }, { name: 'milk', quantity: 2, unit: 'lb' }]);
    expect(change.items.map((i) => i.action)).toEqual(['added', 'merged', 'separate']);
    expect(lists.view(ALICE, listId).groups.flatMap((g) => g.lines).map((l) => l.quantityText)).toEqual(['3 gal', '2 lb']);
    lists.undo(ALICE, listId);
    expect(lists.view(ALICE, listId).itemCount).toBe(0);
  });

  it('a change that fails half way leaves the list, its version and its undo stack as they were', () => {
    const listId = lists.defaultList(ALICE).id;
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'bread' }]);
    const before = lists.view(ALICE, listId);
    expect(codeOf(() => lists.removeItems(ALICE, listId, [{ name: 'bread' }, { name: 'milk', quantity: 3, unit: 'lb' }]))).toBe('INVALID_QUANTITY');
    expect(lists.view(ALICE, listId)).toEqual(before);
    expect(lists.undo(ALICE, listId).description).toBe('undid: added milk and bread');
  });
});
