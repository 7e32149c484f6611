import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { DEFAULT_LIST_NAME, itemKey, pickListByName, type ListService } from '../../../src/grocery/lists/index.js';
import { ALICE, BOB, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;

beforeEach(() => {
  env = setupLists();
  ({ lists } = env);
});
afterEach(() => env.cleanup());

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : `not an AppError: ${String(err)}`;
  }
  return undefined;
}

describe('lists', () => {
  it('creates a default list on first use, once', () => {
    expect(lists.lists(ALICE)).toEqual([]);
    const first = lists.defaultList(ALICE);
    expect([first.name, first.isDefault, first.role]).toEqual([DEFAULT_LIST_NAME, true, 'owner']);
    expect(lists.defaultList(ALICE).id).toBe(first.id);
    expect(lists.resolveList(ALICE).id).toBe(first.id);
    expect(lists.resolveList(ALICE, 'my list').id).toBe(first.id);
    expect(lists.lists(ALICE)).toHaveLength(1);
  });

  it('keeps names unique per owner, ignoring case', () => {
    lists.createList(ALICE, 'Costco');
    expect(codeOf(() => lists.createList(ALICE, 'costco'))).toBe('LIST_EXISTS');
    expect(lists.createList(BOB, 'Costco').name).toBe('Costco');
    expect(codeOf(() => lists.createList(ALICE, '   '))).toBe('BAD_INPUT');
  });

  it('renames, refusing a name already taken', () => {
    const party = lists.createList(ALICE, 'Party');
    lists.createList(ALICE, 'Costco');
    expect(lists.renameList(ALICE, party.id, 'Birthday party').listName).toBe('Birthday party');
    expect(codeOf(() => lists.renameList(ALICE, party.id, 'COSTCO'))).toBe('LIST_EXISTS');
    expect(lists.lists(ALICE).map((l) => l.name).sort()).toEqual(['Birthday party', 'Costco']);
  });

  it('deletes a list and its items', () => {
    const party = lists.createList(ALICE, 'Party');
    lists.addItems(ALICE, party.id, [{ name: 'chips' }]);
    lists.deleteList(ALICE, party.id);
    expect(lists.lists(ALICE)).toEqual([]);
    const left = env.db.prepare('SELECT COUNT(*) AS n FROM list_items').get() as { n: number };
    expect(left.n).toBe(0);
  });

  it('resolves loose names', () => {
    const costco = lists.createList(ALICE, 'Costco list');
    const party = lists.createList(ALICE, 'Party');
    const bday = lists.createList(ALICE, "Tom's birthday");
    expect(lists.resolveList(ALICE, 'costco').id).toBe(costco.id);
    expect(lists.resolveList(ALICE, 'my Costco list').id).toBe(costco.id);
    expect(lists.resolveList(ALICE, 'the party list').id).toBe(party.id);
    expect(lists.resolveList(ALICE, 'parties').id).toBe(party.id);
    expect(lists.resolveList(ALICE, 'birthday').id).toBe(bday.id);
    expect(codeOf(() => lists.resolveList(ALICE, 'hardware store'))).toBe('LIST_NOT_FOUND');
  });

  it('sets another list as the default', () => {
    const first = lists.defaultList(ALICE);
    const costco = lists.createList(ALICE, 'Costco');
    lists.setDefault(ALICE, costco.id);
    expect(lists.defaultList(ALICE).id).toBe(costco.id);
    expect(lists.lists(ALICE).filter((l) => l.isDefault).map((l) => l.id)).toEqual([costco.id]);
    expect(lists.lists(ALICE).map((l) => l.id)).toContain(first.id);
  });

  it('lists own lists before shared ones and counts items', () => {
    const mine = lists.createList(ALICE, 'Mine');
    const bobs = lists.createList(BOB, 'Weekend');
    lists.addItems(BOB, bobs.id, [{ name: 'milk' }, { name: 'eggs' }]);
    lists.join(ALICE, lists.shareCode(BOB, bobs.id).code);
    expect(lists.lists(ALICE).map((l) => [l.id, l.role, l.itemCount])).toEqual([
      [mine.id, 'owner', 0],
      [bobs.id, 'editor', 2],
    ]);
  });
});

describe('pickListByName', () => {
  const candidates = [{ name: 'Grocery list' }, { name: 'Costco list' }, { name: 'Party' }];

  it('means the default list for filler-only names', () => {
    expect(pickListByName(candidates, 'the list')).toBeUndefined();
  });

  it('prefers exact names', () => {
    expect(pickListByName([{ name: 'Costco run' }, { name: 'costco' }], 'Costco')?.name).toBe('costco');
  });

  it('matches distinguishing words', () => {
    expect(pickListByName(candidates, 'costco')?.name).toBe('Costco list');
    expect(pickListByName(candidates, 'PARTY LIST')?.name).toBe('Party');
    expect(pickListByName(candidates, 'walmart')).toBeUndefined();
  });
});

describe('itemKey', () => {
  it.each([
    ['Eggs', 'egg'],
    ['tomatoes', 'tomato'],
    ['berries', 'berry'],
    ['cookies', 'cookie'],
    ['peaches', 'peach'],
    ['Chicken  Breasts', 'chicken breast'],
  ])('"%s" and "%s" are one item', (a, b) => {
    expect(itemKey(a)).toBe(itemKey(b));
  });

  it('keeps different things apart', () => {
    expect(itemKey('hummus')).toBe('hummus');
    expect(itemKey('asparagus')).toBe('asparagus');
    expect(itemKey('milk')).not.toBe(itemKey('whole milk'));
  });
});
