import type { Db } from '../../../src/store/database.js';
import { catalogOf } from '../../helpers/catalog.js';
import { createListService, type ListService, type ListServiceDeps } from '../../../src/grocery/lists/index.js';
import { createItemRepository, createListRepository } from '../../../src/store/lists/index.js';
import { sqliteConnection, transactor } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';

/**
 * A small store: four departments in walking order, a few aisles, and products whose names,
 * sizes and prices the tests reason about.
 */
const DEPARTMENTS = [
  [1, 'produce', 'Produce', 1],
  [2, 'dairy', 'Dairy', 2],
  [3, 'bakery', 'Bakery', 3],
  [4, 'meat', 'Meat', 4],
] as const;

const AISLES = [
  [1, 1, 'P1', 'Fruit', 1],
  [2, 1, 'P2', 'Vegetables', 2],
  [3, 2, 'D1', 'Milk', 1],
  [4, 2, 'D2', 'Eggs & Cheese', 2],
  [5, 3, 'B1', 'Bread', 1],
] as const;

/** id, name, brand, category, department, aisle, size value, size unit, price cents */
const PRODUCTS = [
  [1, 'Great Value Whole Milk', 'Great Value', 'milk', 2, 3, 1, 'gal', 348],
  [2, 'Horizon Organic Whole Milk', 'Horizon', 'milk', 2, 3, 0.5, 'gal', 499],
  [3, 'Great Value Large White Eggs', 'Great Value', 'eggs', 2, 4, 12, 'ct', 312],
  [4, 'Gala Apples', null, 'apples', 1, 1, 1, 'lb', 149],
  [5, 'Bananas', null, 'bananas', 1, 1, 1, 'ct', 25],
  [6, 'Great Value White Bread', 'Great Value', 'bread', 3, 5, 20, 'oz', 142],
  [7, 'Yellow Onion', null, 'onions', 1, 2, null, null, 89],
  [8, 'Ground Beef 80/20', null, 'ground beef', 4, null, 1, 'lb', 499],
] as const;

/** Product ids by what the tests call them. */
export const P = { gvMilk: 1, horizonMilk: 2, eggs: 3, apples: 4, bananas: 5, bread: 6, onion: 7, beef: 8 } as const;

/** Inserts the small store and three users. */
export function seedStore(db: Db): void {
  const dept = db.prepare('INSERT INTO departments (id, slug, name, store_order) VALUES (?, ?, ?, ?)');
  for (const d of DEPARTMENTS) dept.run(...d);
  const aisle = db.prepare('INSERT INTO aisles (id, department_id, code, name, store_order) VALUES (?, ?, ?, ?, ?)');
  for (const a of AISLES) aisle.run(...a);
  const product = db.prepare(
    `INSERT INTO products (id, name, brand, category, department_id, aisle_id, size_value, size_unit, price_cents, popularity, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
  );
  // Store brands are more popular here, so "milk" means Great Value unless a brand is named.
  for (const p of PRODUCTS) product.run(...p, p[2] === 'Great Value' ? 10 : 1);
  const user = db.prepare('INSERT INTO users (id, display_name, created_at) VALUES (?, ?, 0)');
  user.run(1, 'Alice');
  user.run(2, 'Bob');
  user.run(3, 'Carol');
}

/** User ids. */
export const ALICE = 1;
export const BOB = 2;
export const CAROL = 3;

/** A fresh database with the small store, a list service over the real catalog, and a clock the test moves. */
export function setupLists(): { db: Db; lists: ListService; clock: { t: number }; connect: () => Db; cleanup: () => void } {
  const { db, cleanup, connect } = createTempDb();
  seedStore(db);
  const clock = { t: Date.UTC(2026, 0, 5, 12) };
  const lists = listServiceOn(db, { products: catalogOf(db), now: () => clock.t });
  return { db, lists, clock, connect, cleanup };
}

/** The list service over `db` as createCore wires it: the list and item repositories on the database's connection. */
export function listServiceOn(db: Db, deps: Omit<ListServiceDeps, 'lists' | 'items' | 'transactor'>): ListService {
  const conn = sqliteConnection(db);
  return createListService({ lists: createListRepository(conn), items: createItemRepository(conn), transactor: transactor(conn), ...deps });
}
