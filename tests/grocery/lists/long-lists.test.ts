import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogOf } from '../../helpers/catalog.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import { migrate, openDatabase, type Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { createProductCache } from '../../../src/store/cache/index.js';
import { ALICE, listServiceOn, seedStore, setupLists } from './fixtures.js';

let env: ReturnType<typeof setupLists>;
let lists: ListService;
let db: Db;
let listId: number;

/** A list of `n` lines nobody else has ("thing 0" ... "thing n-1"). */
function longList(n: number): void {
  for (let i = 0; i < n; i += 50) {
    lists.addItems(ALICE, listId, Array.from({ length: Math.min(50, n - i) }, (_, k) => ({ name: `thing ${i + k}` })));
  }
}
const names = () => lists.view(ALICE, listId).groups.flatMap((g) => g.lines.map((l) => l.itemName));
const rawItems = () => db.prepare('SELECT * FROM list_items WHERE list_id = ? ORDER BY id').all(listId);

beforeEach(() => {
  env = setupLists();
  ({ lists, db } = env);
  listId = lists.defaultList(ALICE).id;
});
afterEach(() => env.cleanup());

describe('a long list', () => {
  it('keeps an undo step the size of the change, not of the list', () => {
    longList(200);
    lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 2, unit: 'gal' }]);
    const step = db.prepare('SELECT length(inverse) AS bytes, snapshot FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1').get(listId) as { bytes: number; snapshot: string | null };
    expect(step.snapshot).toBeNull();
    expect(step.bytes).toBeLessThan(100);
  });

  it('undoes a change to one line of 200 exactly, and a clear of all of them', () => {
    longList(200);
    const before = rawItems();
    env.clock.t += 60_000;
    lists.updateItem(ALICE, listId, 'thing 7', { quantity: 3 });
    lists.removeItems(ALICE, listId, [{ name: 'thing 150' }]);
    lists.addItems(ALICE, listId, [{ name: 'thing 8' }, { name: 'bread' }]);
    lists.clearList(ALICE, listId);
    for (let i = 0; i < 4; i++) lists.undo(ALICE, listId);
    expect(rawItems()).toEqual(before);
  });

  it('shows what another connection wrote to the list since', () => {
    longList(40);
    expect(names()).toHaveLength(40);
    const other = env.connect();
    other.prepare('DELETE FROM list_items WHERE list_id = ? AND name = ?').run(listId, 'thing 3');
    other.close();
    expect(names()).toHaveLength(39);
    expect(names()).not.toContain('thing 3');
    lists.addItems(ALICE, listId, [{ name: 'thing 3' }]);
    expect(names()).toHaveLength(40);
  });

  it('shows after every change exactly the list a fresh read of the store shows: groups, order, prices, total', () => {
    // As createCore wires it: the catalog behind its cache, so lines priced once stay priced while no product changes.
    const cache = createProductCache();
    lists = listServiceOn(db, { products: catalogOf(db, { cache }), now: () => env.clock.t });
    longList(30);
    lists.addItems(ALICE, listId, [{ name: 'milk' }, { name: 'eggs' }, { name: 'apples', quantity: 2, unit: 'lb' }, { name: 'bread' }, { name: 'thing 31' }]);
    const fresh = () => listServiceOn(db, { products: catalogOf(db), now: () => env.clock.t }).view(ALICE, listId);
    const steps = [
      () => lists.addItems(ALICE, listId, [{ name: 'bananas' }, { name: 'ground beef' }, { name: 'milk', quantity: 2 }]),
      () => lists.addItems(ALICE, listId, [{ name: 'milk', quantity: 3, unit: 'lb' }]),
      () => lists.removeItems(ALICE, listId, [{ name: 'apples' }]),
      () => lists.updateItem(ALICE, listId, 'thing 3', { productId: 8 }),
      () => lists.updateItem(ALICE, listId, 'milk', { productId: 2, quantity: 4 }),
      () => lists.replaceItem(ALICE, listId, 'bread', { name: 'onion' }),
      () => lists.setChecked(ALICE, listId, 'eggs', true),
      () => {
        db.prepare('UPDATE products SET price_cents = 199 WHERE id = 3').run();
        cache.invalidateProducts([3]);
      },
      () => lists.removeItems(ALICE, listId, [{ name: 'thing 0' }, { name: 'ground beef' }]),
      () => lists.addItems(ALICE, listId, [{ name: 'eggs', quantity: 12 }]),
      () => lists.undo(ALICE, listId),
      () => lists.undo(ALICE, listId),
      // Priced again from the lines in hand: they are in list order too.
      () => cache.invalidateProducts([3]),
      () => lists.setAllChecked(ALICE, listId, true),
      () => lists.removeChecked(ALICE, listId),
      () => lists.undo(ALICE, listId),
      () => lists.clearList(ALICE, listId),
      () => lists.undo(ALICE, listId),
    ];
    for (const step of steps) {
      env.clock.t += 1000;
      step();
      expect(lists.view(ALICE, listId)).toEqual(fresh());
      expect(lists.view(ALICE, listId)).toEqual(fresh());
    }
  });

  it('finds a line of a long list by the words on it, as the list changes', () => {
    lists = listServiceOn(db, { products: catalogOf(db, { cache: createProductCache() }), now: () => env.clock.t });
    longList(30);
    const found = (words: string) => lists.findItem(ALICE, listId, words)?.itemName;
    lists.addItems(ALICE, listId, [{ name: 'birthday candles', brand: 'Acme' }, { name: 'sourdough', productId: 6 }]);
    expect(found('acme candles')).toBe('birthday candles');
    expect(found('value sourdough')).toBe('sourdough');
    lists.addItems(ALICE, listId, [{ name: 'party hats', brand: 'Zed' }, { name: 'tea lights', brand: 'Acme' }]);
    expect(found('zed hats')).toBe('party hats');
    expect(found('acme candles')).toBe('birthday candles');
    lists.removeItems(ALICE, listId, [{ name: 'birthday candles' }]);
    expect(found('acme candles')).toBeUndefined();
    expect(found('acme lights')).toBe('tea lights');
  });

  it('is the same list after a change its turn took back', () => {
    longList(40);
    const before = names();
    // The turn's own transaction fails after the change: the change goes with it.
    expect(() => db.transaction(() => {
      lists.addItems(ALICE, listId, [{ name: 'bread' }]);
      throw new Error('the turn failed');
    })()).toThrow('the turn failed');
    expect(names()).toEqual(before);
    lists.addItems(ALICE, listId, [{ name: 'eggs' }]);
    expect(names()).toHaveLength(41);
    expect(names()).not.toContain('bread');
  });
});

describe('undo steps stored before the upgrade', () => {
  it('still put the list back as it was', () => {
    const { db: old, dir, cleanup } = createTempDb();
    old.close();
    const legacy = openDatabase({ dataDir: dir, fileName: 'legacy.db', migrations: MIGRATIONS.filter((m) => m.version <= 10) });
    try {
      seedStore(legacy);
      const id = Number(legacy.prepare("INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, 'Grocery list', 1, 1)").run(ALICE).lastInsertRowid);
      legacy.prepare("INSERT INTO list_members (list_id, user_id, role, is_default, joined_at) VALUES (?, ?, 'owner', 1, 1)").run(id, ALICE);
      legacy.prepare('INSERT INTO list_items (list_id, name, quantity, position, created_at, updated_at) VALUES (?, ?, 1, 1, 5, 5)').run(id, 'tea');
      const items = legacy.prepare('SELECT id, list_id AS listId, product_id AS productId, name, quantity, unit, brand, note, checked, added_by AS addedBy, position, created_at AS createdAt, updated_at AS updatedAt FROM list_items').all();
      legacy.prepare("INSERT INTO list_undo (list_id, user_id, description, snapshot, created_at) VALUES (?, ?, 'added coffee', ?, 6)")
        .run(id, ALICE, JSON.stringify({ name: 'Grocery list', items: (items as { checked: number }[]).map((i) => ({ ...i, checked: i.checked === 1 })) }));
      legacy.prepare('INSERT INTO list_items (list_id, name, quantity, position, created_at, updated_at) VALUES (?, ?, 1, 2, 6, 6)').run(id, 'coffee');
      migrate(legacy, MIGRATIONS);
      const upgraded = listServiceOn(legacy, { products: catalogOf(legacy), now: () => 2000 });
      expect(upgraded.undo(ALICE, id).description).toBe('undid: added coffee');
      expect(upgraded.view(ALICE, id).groups.flatMap((g) => g.lines.map((l) => l.itemName))).toEqual(['tea']);
    } finally {
      legacy.close();
      cleanup();
    }
  });
});
