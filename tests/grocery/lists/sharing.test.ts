import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH, type ListService } from '../../../src/grocery/lists/index.js';
import { ALICE, BOB, CAROL, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let listId: number;

beforeEach(() => {
  env = setupLists();
  ({ lists } = env);
  listId = lists.createList(ALICE, 'Costco list').id;
  lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }]);
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

describe('a stranger', () => {
  it('can neither see nor change the list', () => {
    const before = lists.exportText(ALICE, listId);
    const version = lists.version(ALICE, listId);
    expect(lists.lists(BOB).map((l) => l.id)).not.toContain(listId);
    expect(lists.findList(BOB, 'costco')?.id).not.toBe(listId);
    const attempts: (() => unknown)[] = [
      () => lists.view(BOB, listId),
      () => lists.exportText(BOB, listId),
      () => lists.addItems(BOB, listId, [{ name: 'eggs' }]),
      () => lists.removeItems(BOB, listId, [{ name: 'milk' }]),
      () => lists.updateItem(BOB, listId, 'milk', { quantity: 9 }),
      () => lists.setChecked(BOB, listId, 'milk', true),
      () => lists.clearList(BOB, listId),
      () => lists.renameList(BOB, listId, 'Mine now'),
      () => lists.deleteList(BOB, listId),
      () => lists.shareCode(BOB, listId),
      () => lists.setDefault(BOB, listId),
    ];
    for (const attempt of attempts) expect(codeOf(attempt)).toBe('NOT_ALLOWED');
    expect(lists.exportText(ALICE, listId)).toBe(before);
    expect(lists.version(ALICE, listId)).toBe(version);
  });

  it('gets LIST_NOT_FOUND for a list that does not exist', () => {
    expect(codeOf(() => lists.view(BOB, 9999))).toBe('LIST_NOT_FOUND');
  });
});

describe('sharing by code', () => {
  it('makes an unambiguous code in groups of four, the same one every time while it works', () => {
    const { code, expiresAt } = lists.shareCode(ALICE, listId);
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(code.replace(/-/g, '')).toHaveLength(SHARE_CODE_LENGTH);
    expect([...code.replace(/-/g, '')].every((c) => SHARE_CODE_ALPHABET.includes(c))).toBe(true);
    expect(expiresAt).toBe(env.clock.t + 7 * 24 * 60 * 60 * 1000);
    expect(lists.shareCode(ALICE, listId).code).toBe(code);
    const other = lists.shareCode(ALICE, lists.createList(ALICE, 'Party').id).code;
    expect(other).not.toBe(code);
  });

  it('lets a joiner edit, and both see each other\'s changes', () => {
    const { code } = lists.shareCode(ALICE, listId);
    const joined = lists.join(BOB, code.toLowerCase().replace(/-/g, ' '));
    expect([joined.id, joined.role]).toEqual([listId, 'editor']);
    expect(lists.lists(BOB).map((l) => l.name)).toContain('Costco list');
    expect(lists.resolveList(BOB, 'costco').id).toBe(listId);
    lists.addItems(BOB, listId, [{ name: 'eggs', quantity: 12 }]);
    lists.removeItems(BOB, listId, [{ name: 'milk', quantity: 1 }]);
    const aliceView = lists.view(ALICE, listId);
    expect(aliceView.groups.flatMap((g) => g.lines).map((l) => [l.itemName, l.quantityText])).toEqual([
      ['milk', '1 gal'],
      ['eggs', '12'],
    ]);
    expect(codeOf(() => lists.view(CAROL, listId))).toBe('NOT_ALLOWED');
  });

  it('keeps delete and rename for the owner', () => {
    lists.join(BOB, lists.shareCode(ALICE, listId).code);
    expect(codeOf(() => lists.deleteList(BOB, listId))).toBe('NOT_ALLOWED');
    expect(codeOf(() => lists.renameList(BOB, listId, 'Bob list'))).toBe('NOT_ALLOWED');
    expect(lists.view(ALICE, listId).name).toBe('Costco list');
  });

  it('lets a joiner leave, after which they are a stranger again', () => {
    lists.join(BOB, lists.shareCode(ALICE, listId).code);
    lists.leave(BOB, listId);
    expect(lists.lists(BOB).map((l) => l.id)).not.toContain(listId);
    expect(codeOf(() => lists.addItems(BOB, listId, [{ name: 'eggs' }]))).toBe('NOT_ALLOWED');
    expect(codeOf(() => lists.leave(ALICE, listId))).toBe('NOT_ALLOWED');
  });

  it('rejects codes that match no list', () => {
    lists.shareCode(ALICE, listId);
    expect(codeOf(() => lists.join(BOB, 'ZZZZ-ZZZZ-ZZ22'))).toBe('SHARE_CODE_INVALID');
    expect(codeOf(() => lists.join(BOB, 'O0I1L!'))).toBe('SHARE_CODE_INVALID');
    expect(lists.lists(BOB)).toEqual([]);
  });

  it('removes the list for everyone when the owner deletes it', () => {
    lists.join(BOB, lists.shareCode(ALICE, listId).code);
    expect(lists.deleteList(ALICE, listId).changedListIds).toEqual([listId]);
    expect(lists.lists(BOB)).toEqual([]);
    expect(codeOf(() => lists.view(ALICE, listId))).toBe('LIST_NOT_FOUND');
  });
});
