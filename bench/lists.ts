/**
 * Lists benchmark: adding one item to a list through the list service on a real SQLite file
 * with the demo store loaded, the way a turn does it (match the product in the catalog, merge,
 * snapshot for undo, bump the version).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCatalog } from '../src/grocery/catalog/index.js';
import { createPrng, seedDemoStore } from '../src/grocery/demo-store/index.js';
import { createListService } from '../src/grocery/lists/index.js';
import { openDatabase } from '../src/store/database.js';
import { createItemRepository, createListRepository } from '../src/store/lists/index.js';
import { sqliteConnection, transactor } from '../src/store/sql.js';
import { percentile, timeEach } from './percentiles.js';
import { createCatalogRepository, createDemoStoreRepository } from '../src/store/catalog/index.js';

const ITEM_WORDS = [
  'milk', 'eggs', 'bread', 'butter', 'cheese', 'yogurt', 'apples', 'bananas', 'grapes', 'onions', 'potatoes',
  'tomatoes', 'lettuce', 'carrots', 'chicken breasts', 'ground beef', 'bacon', 'rice', 'pasta', 'cereal', 'coffee',
  'orange juice', 'chips', 'cookies', 'paper towels', 'toilet paper', 'laundry detergent', 'dish soap', 'peanut butter',
  'jelly', 'salsa', 'ketchup', 'mustard', 'flour', 'sugar', 'olive oil', 'ice cream', 'frozen pizza', 'soda', 'water',
];
const UNITS = [undefined, undefined, 'lb', 'gal', 'oz', 'box', 'bag', 'can'];

/** Figures: `list_add_p50_ms` (and p95), `list_view_p50_ms`, over the demo store. */
export async function run(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-bench-lists-'));
  const db = openDatabase({ dataDir: dir });
  try {
    const start = Date.UTC(2026, 0, 1);
    seedDemoStore(createDemoStoreRepository(sqliteConnection(db)), { now: start });
    const users = 20;
    const addUser = db.prepare('INSERT INTO users (id, display_name, created_at) VALUES (?, ?, 0)');
    for (let u = 1; u <= users; u++) addUser.run(u, `user ${u}`);
    let t = start;
    const conn = sqliteConnection(db);
    const lists = createListService({
      lists: createListRepository(conn),
      items: createItemRepository(conn),
      transactor: transactor(conn),
      products: createCatalog(createCatalogRepository(conn)),
      now: () => (t += 1000),
    });
    const listIds = Array.from({ length: users }, (_, i) => lists.defaultList(i + 1).id);

    // 2,000 adds spread over 20 lists: each list grows to ~100 adds, with repeats that merge.
    const rng = createPrng(7);
    const inputs = Array.from({ length: 2000 }, (_, i) => ({
      user: (i % users) + 1,
      item: { name: rng.pick(ITEM_WORDS), quantity: rng.int(1, 3), unit: rng.pick(UNITS) },
    }));
    // The first adds warm the catalog's caches, as the first turns after a start do.
    const add = timeEach(inputs, ({ user, item }) => lists.addItems(user, listIds[user - 1]!, [item]), 0);
    const views = timeEach(listIds, (id) => lists.view(listIds.indexOf(id) + 1, id), 0);
    return {
      list_add_p50_ms: percentile(add, 50),
      list_add_p95_ms: percentile(add, 95),
      list_view_p50_ms: percentile(views, 50),
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
