import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBudgetRepository } from '../../../src/store/budget/index.js';
import type { Db } from '../../../src/store/database.js';
import {
  createChatListRepository,
  createDealReferenceRepository,
  createItemRepository,
  createListRepository,
  type ItemRepository,
  type ListRepository,
} from '../../../src/store/lists/index.js';
import { sqliteConnection, transactor, type SqlConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { ALICE, BOB, P, seedStore } from '../../grocery/lists/fixtures.js';

let env: ReturnType<typeof createTempDb>;
let db: Db;
let conn: SqlConnection;
let lists: ListRepository;
let items: ItemRepository;

beforeEach(() => {
  env = createTempDb();
  db = env.db;
  seedStore(db);
  conn = sqliteConnection(db);
  lists = createListRepository(conn);
  items = createItemRepository(conn);
});
afterEach(() => env.cleanup());

const line = (name: string, productId: number | null = null) => ({ name, quantity: 1, unit: null, productId, brand: null, note: null, addedBy: ALICE });

describe('the list repository', () => {
  it('makes a list its owner is the first member of, and says when the owner already has that name in any case', () => {
    const id = lists.create(ALICE, 'Costco', 10)!;
    expect(lists.summary(ALICE, id)).toMatchObject({ name: 'Costco', ownerId: ALICE, role: 'owner', itemCount: 0, version: 0 });
    expect(lists.create(ALICE, 'COSTCO', 11)).toBeUndefined();
    // Another person may have a list of the same name.
    expect(lists.create(BOB, 'Costco', 12)).toBeTypeOf('number');
    expect(lists.summariesFor(ALICE).map((l) => l.name)).toEqual(['Costco']);
  });

  it('refuses a rename to a name the owner has, and the transaction around it goes on and commits', () => {
    const a = lists.create(ALICE, 'Weekly', 10)!;
    const b = lists.create(ALICE, 'Party', 10)!;
    transactor(conn).atomically(() => {
      expect(lists.rename(b, 'weekly', 20)).toBe(false);
      expect(lists.rename(b, 'Birthday', 21)).toBe(true);
      lists.bump(b, 21);
    });
    expect(lists.summary(ALICE, a)!.name).toBe('Weekly');
    expect(lists.summary(ALICE, b)).toMatchObject({ name: 'Birthday', version: 1, updatedAt: 21 });
  });

  it('knows a share code while it lasts, and that it is taken even after', () => {
    const id = lists.create(ALICE, 'Weekly', 10)!;
    lists.setShareCode(id, 'ABCDEFGHJK23', 1000);
    expect(lists.listIdByShareCode('ABCDEFGHJK23', 999)).toBe(id);
    expect(lists.listIdByShareCode('ABCDEFGHJK23', 1000)).toBeUndefined();
    expect(lists.isShareCodeTaken('ABCDEFGHJK23')).toBe(true);
    expect(lists.shareCodeOf(id)).toEqual({ code: 'ABCDEFGHJK23', expiresAt: 1000 });
    lists.setShareCode(id, null, null);
    expect(lists.isShareCodeTaken('ABCDEFGHJK23')).toBe(false);
    expect(lists.shareCodeOf(id)).toBeUndefined();
  });

  it('lists the owner first, then people by when they joined, and adding someone twice changes nothing', () => {
    const id = lists.create(BOB, 'Weekly', 10)!;
    lists.addMember(id, ALICE, 'editor', 30);
    lists.addMember(id, ALICE, 'editor', 40);
    expect(lists.members(id)).toEqual([
      { userId: BOB, role: 'owner', displayName: 'Bob', joinedAt: 10 },
      { userId: ALICE, role: 'editor', displayName: 'Alice', joinedAt: 30 },
    ]);
    expect(lists.removeEditors(id)).toBe(1);
    expect(lists.members(id).map((m) => m.userId)).toEqual([BOB]);
  });
});

describe('the item repository', () => {
  it('puts lines back exactly, dropping links to products deleted since', () => {
    const id = lists.create(ALICE, 'Weekly', 10)!;
    const onion = items.insert(id, line('onion', P.onion), 20);
    const milk = items.insert(id, line('milk', P.gvMilk), 21);
    expect([onion.position, milk.position]).toEqual([1, 2]);
    db.prepare('DELETE FROM products WHERE id = ?').run(P.onion);
    items.update({ ...milk, quantity: 3, checked: true }, 30);
    items.applyInverse(id, { rows: [onion, milk], added: [] });
    expect(items.items(id)).toEqual([
      { ...onion, productId: null },
      milk,
    ]);
  });

  it('keeps the newest undo steps only, and hands them back newest first', () => {
    const id = lists.create(ALICE, 'Weekly', 10)!;
    for (let i = 1; i <= 4; i++) items.pushUndo(id, ALICE, `step ${i}`, { rows: [], added: [i] }, i, 3);
    expect(items.peekUndo(id)).toEqual({ userId: ALICE, description: 'step 4' });
    expect([items.popUndo(id), items.popUndo(id), items.popUndo(id), items.popUndo(id)]).toEqual([
      { description: 'step 4', inverse: { rows: [], added: [4] } },
      { description: 'step 3', inverse: { rows: [], added: [3] } },
      { description: 'step 2', inverse: { rows: [], added: [2] } },
      undefined,
    ]);
  });

  it("marks another connection's commits, not its own (SQLite; PostgreSQL cannot tell, so gives no mark)", () => {
    const id = lists.create(ALICE, 'Weekly', 10)!;
    const before = items.changeMark();
    // PRAGMA data_version has no PostgreSQL counterpart: there the mark is undefined, which tells
    // the line cache to keep nothing (tests/grocery/lists/long-lists.test.ts shows the list on both).
    expect(before).toBeTypeOf(conn.dialect === 'sqlite' ? 'number' : 'undefined');
    items.insert(id, line('tea'), 20);
    expect(items.changeMark()).toBe(before);
    const other = env.connect();
    other.prepare('DELETE FROM list_items WHERE list_id = ?').run(id);
    other.close();
    if (conn.dialect === 'sqlite') expect(items.changeMark()).not.toBe(before);
    else expect(items.changeMark()).toBeUndefined();
    expect(items.items(id)).toEqual([]);
  });

  it("counts a list's lines whoever writes them: its own writes, another connection, a list deleted with its lines", () => {
    const id = lists.create(ALICE, 'Counted', 10)!;
    const other = lists.create(ALICE, 'Other', 10)!;
    const tea = items.insert(id, line('tea'), 20);
    const milk = items.insert(id, line('milk', P.gvMilk), 21);
    items.insert(other, line('eggs'), 22);
    expect(lists.summary(ALICE, id)!.itemCount).toBe(2);
    items.delete(tea.id);
    expect(lists.summary(ALICE, id)!.itemCount).toBe(1);
    items.restore(id, [tea, milk]);
    expect(lists.summary(ALICE, id)!.itemCount).toBe(2);
    const second = env.connect();
    second.prepare('DELETE FROM list_items WHERE list_id = ? AND name = ?').run(id, 'milk');
    second.close();
    expect(lists.summary(ALICE, id)!.itemCount).toBe(1);
    items.deleteAll(id);
    expect(lists.summariesFor(ALICE).map((l) => [l.name, l.itemCount])).toEqual([['Counted', 0], ['Other', 1]]);
    lists.delete(other);
    expect(lists.summariesFor(ALICE).map((l) => [l.name, l.itemCount])).toEqual([['Counted', 0]]);
  });
});

describe('the chat list repository', () => {
  it("remembers a chat's list, and a new one in its place", () => {
    const chats = createChatListRepository(conn);
    const first = lists.create(ALICE, 'Flat 3B', 10)!;
    const second = lists.create(ALICE, 'Flat 3B (2)', 10)!;
    expect(chats.listIdOf('telegram', '-1001')).toBeUndefined();
    chats.remember('telegram', '-1001', first, 10);
    chats.remember('telegram', '-1001', second, 20);
    expect(chats.listIdOf('telegram', '-1001')).toBe(second);
    expect(chats.listIdOf('teams', '-1001')).toBeUndefined();
  });
});

describe('the deal reference repository', () => {
  it('gives the largest reference among active deals only', () => {
    const deal = db.prepare(
      'INSERT INTO deals (product_id, kind, price_cents, reference_cents, pct_off, detected_at, active) VALUES (?, ?, ?, ?, 10, 0, ?)',
    );
    deal.run(P.eggs, 'rollback', 280, 312, 1);
    deal.run(P.eggs, 'price_drop', 281, 330, 1);
    deal.run(P.bread, 'rollback', 120, 150, 0);
    expect(createDealReferenceRepository(conn).activeReferences([P.eggs, P.bread, P.onion])).toEqual(new Map([[P.eggs, 330]]));
  });
});

describe('the budget repository', () => {
  it('replaces a budget, adds up orders in [from, to) and reads the time zone as stored', () => {
    const budgets = createBudgetRepository(conn);
    budgets.set({ userId: ALICE, amountCents: 100_00, period: 'week', updatedAt: 1 });
    budgets.set({ userId: ALICE, amountCents: 150_00, period: 'month', updatedAt: 2 });
    expect(budgets.get(ALICE)).toEqual({ userId: ALICE, amountCents: 150_00, period: 'month', updatedAt: 2 });
    const order = db.prepare('INSERT INTO orders (user_id, external_id, ordered_at, total_cents) VALUES (?, ?, ?, ?)');
    order.run(ALICE, 'a', 100, 1_00);
    order.run(ALICE, 'b', 199, 2_00);
    order.run(ALICE, 'c', 200, 4_00);
    expect(budgets.spentBetween(ALICE, 100, 200)).toBe(3_00);
    expect(budgets.spentBetween(BOB, 100, 200)).toBe(0);
    expect(budgets.timeZoneOf(ALICE)).toBeNull();
    db.prepare('UPDATE users SET timezone = ? WHERE id = ?').run('Europe/Paris', ALICE);
    expect(budgets.timeZoneOf(ALICE)).toBe('Europe/Paris');
    expect(budgets.remove(ALICE)).toBe(true);
    expect(budgets.remove(ALICE)).toBe(false);
  });
});
