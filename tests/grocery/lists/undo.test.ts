import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { UNDO_DEPTH, type ListService } from '../../../src/grocery/lists/index.js';
import type { Db } from '../../../src/store/database.js';
import { ALICE, BOB, P, setupLists } from './fixtures.js';

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

/** Every stored column of every line, so "restores exactly" means exactly. */
function rawItems(): unknown[] {
  return db.prepare('SELECT * FROM list_items WHERE list_id = ? ORDER BY id').all(listId);
}

describe('undo', () => {
  it('restores the list exactly as it was and says what was undone', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'eggs', quantity: 12 }]);
    lists.setChecked(ALICE, listId, 'eggs', true);
    const before = rawItems();
    env.clock.t += 60_000;
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 1, unit: 'gal' }, { name: 'bread' }]);
    lists.removeItems(ALICE, listId, [{ name: 'eggs' }]);
    expect(lists.undo(ALICE, listId).description).toBe('undid: removed eggs');
    const undone = lists.undo(ALICE, listId);
    expect(undone.description).toBe('undid: added milk and bread');
    expect(undone.changedListIds).toEqual([listId]);
    expect(rawItems()).toEqual(before);
  });

  it('undoes a clear', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk' }, { name: 'eggs' }]);
    const before = rawItems();
    lists.clearList(ALICE, listId);
    expect(rawItems()).toEqual([]);
    lists.undo(ALICE, listId);
    expect(rawItems()).toEqual(before);
  });

  it('undoes a rename', () => {
    const party = lists.createList(ALICE, 'Party');
    lists.renameList(ALICE, party.id, 'Birthday party');
    expect(lists.undo(ALICE, party.id).listName).toBe('Party');
    expect(lists.lists(ALICE).map((l) => l.name)).toContain('Party');
  });

  it('leaves a rename in place when its old name was taken since', () => {
    const party = lists.createList(ALICE, 'Party');
    lists.renameList(ALICE, party.id, 'Birthday');
    lists.createList(ALICE, 'party');
    lists.addItems(ALICE, party.id, [{ name: 'chips' }]);
    lists.undo(ALICE, party.id);
    const undone = lists.undo(ALICE, party.id);
    expect(undone.listName).toBe('Birthday');
    expect(undone.notes).toHaveLength(1);
    expect(lists.view(ALICE, party.id).name).toBe('Birthday');
    expect(() => lists.undo(ALICE, party.id)).toThrowError(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }));
  });

  it('bumps the version when undoing', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk' }]);
    const v = lists.version(ALICE, listId);
    expect(lists.undo(ALICE, listId).version).toBe(v + 1);
  });

  it(`keeps the last ${UNDO_DEPTH} steps`, () => {
    for (let i = 0; i < UNDO_DEPTH + 5; i++) lists.addItems(ALICE, listId, [{ name: `item ${i}` }]);
    const kept = db.prepare('SELECT COUNT(*) AS n FROM list_undo WHERE list_id = ?').get(listId) as { n: number };
    expect(kept.n).toBe(UNDO_DEPTH);
    for (let i = 0; i < UNDO_DEPTH; i++) lists.undo(ALICE, listId);
    expect(lists.view(ALICE, listId).itemCount).toBe(5);
    expect(() => lists.undo(ALICE, listId)).toThrowError(expect.objectContaining({ code: 'NOTHING_TO_UNDO' }));
  });

  it('says there is nothing to undo on a fresh list', () => {
    let code: string | undefined;
    try {
      lists.undo(ALICE, listId);
    } catch (err) {
      code = isAppError(err) ? err.code : undefined;
    }
    expect(code).toBe('NOTHING_TO_UNDO');
  });

  it('does not let a stranger undo', () => {
    lists.addItems(ALICE, listId, [{ name: 'milk' }]);
    expect(() => lists.undo(BOB, listId)).toThrowError(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    expect(lists.view(ALICE, listId).itemCount).toBe(1);
  });
});

describe('undo after the catalog changed', () => {
  it('restores a line whose product was deleted since, without the product', () => {
    lists.addItems(ALICE, listId, [{ name: 'onion', quantity: 2 }]);
    lists.removeItems(ALICE, listId, [{ name: 'onion' }]);
    env.db.prepare('DELETE FROM products WHERE id = ?').run(P.onion);
    lists.undo(ALICE, listId);
    const line = lists.view(ALICE, listId).groups[0]!.lines[0]!;
    expect([line.itemName, line.quantityText, line.productId]).toEqual(['onion', '2', null]);
  });
});
