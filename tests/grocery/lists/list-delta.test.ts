import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyListDelta, mergeListDeltas, toListDelta, toListSnapshot, type ListChange, type ListService } from '../../../src/grocery/lists/index.js';
import type { ListSnapshot } from '../../../src/grocery/views.js';
import { ALICE, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let listId: number;
const now = (): ListSnapshot => toListSnapshot(lists.view(ALICE, listId));
const deltaOf = (change: ListChange) => toListDelta(change, lists.view(ALICE, listId))!;

beforeEach(() => {
  env = setupLists();
  lists = env.lists;
  listId = lists.defaultList(ALICE).id;
  lists.addItems(ALICE, listId, Array.from({ length: 30 }, (_, i) => ({ name: `thing ${i}` })));
  lists.addItems(ALICE, listId, [{ name: 'milk' }, { name: 'eggs' }, { name: 'apples', quantity: 2, unit: 'lb' }, { name: 'bread' }]);
});
afterEach(() => env.cleanup());

describe('a change sent as what changed', () => {
  const steps: [string, () => ListChange][] = [
    ['an add to an aisle', () => lists.addItems(ALICE, listId, [{ name: 'bananas' }])],
    ['an add to an aisle that was empty', () => lists.addItems(ALICE, listId, [{ name: 'ground beef' }])],
    ['a merge', () => lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1 }])],
    ['a line without a product', () => lists.addItems(ALICE, listId, [{ name: 'birthday candles' }])],
    ['a removal', () => lists.removeItems(ALICE, listId, [{ name: 'thing 4' }])],
    ['the last line of an aisle taken off', () => lists.removeItems(ALICE, listId, [{ name: 'bread' }])],
    ['a change of amount', () => lists.updateItem(ALICE, listId, 'apples', { quantity: 5 })],
    ['a check-off', () => lists.setChecked(ALICE, listId, 'eggs', true)],
    ['a swap to another aisle', () => lists.replaceItem(ALICE, listId, 'thing 7', { name: 'bread' })],
    ['an undo', () => lists.undo(ALICE, listId)],
    ['a clear', () => lists.clearList(ALICE, listId)],
  ];
  it.each(steps)('turns the list before %s into the list after it', (_, step) => {
    const before = now();
    const delta = deltaOf(step());
    expect(applyListDelta(before, delta)).toEqual(now());
  });

  it('sends one changed line of a long list, not the list', () => {
    const delta = deltaOf(lists.addItems(ALICE, listId, [{ name: 'thing 99' }]));
    expect(delta.lines.map((l) => l.line.itemName)).toEqual(['thing 99']);
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(now()).length / 5);
  });

  it('folds two changes of one turn into one, and refuses ones that do not follow each other', () => {
    const before = now();
    const first = deltaOf(lists.addItems(ALICE, listId, [{ name: 'bananas' }, { name: 'thing 31' }]));
    const second = deltaOf(lists.removeItems(ALICE, listId, [{ name: 'bananas' }, { name: 'thing 2' }]));
    expect(applyListDelta(before, mergeListDeltas(first, second)!)).toEqual(now());
    expect(mergeListDeltas(second, first)).toBeUndefined();
  });

  it('does not apply to another version of the list', () => {
    const before = now();
    lists.addItems(ALICE, listId, [{ name: 'bananas' }]);
    const delta = deltaOf(lists.addItems(ALICE, listId, [{ name: 'ground beef' }]));
    expect(applyListDelta(before, delta)).toBeUndefined();
  });
});
