import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import type { Catalog } from '../../../src/grocery/catalog/index.js';
import { importOrders } from '../../../src/grocery/imports/index.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { catalogOf, orderHistoryOf } from '../../helpers/catalog.js';

const NOW = Date.UTC(2026, 10, 20);
let db: Db;
let dir: string;
let cleanup: () => void;
let catalog: Catalog;
let userId: number;
let milkId: number;
let eggsId: number;
let tideId: number;
beforeEach(() => {
  ({ db, dir, cleanup } = createTempDb());
  catalog = catalogOf(db);
  [milkId, eggsId, tideId] = catalog.upsertProducts(
    [
      { sku: 'M', name: 'Great Value Whole Milk, 1 gal', brand: 'Great Value', category: 'milk', priceCents: 348 },
      { sku: 'E', name: 'Great Value Large White Eggs, 12 ct', brand: 'Great Value', category: 'eggs', priceCents: 298 },
      { sku: 'T', name: 'Tide Original Liquid Laundry Detergent, 92 fl oz', brand: 'Tide', category: 'laundry detergent', priceCents: 1297 },
    ],
    { now: NOW },
  ).ids as [number, number, number];
  userId = Number(db.prepare('INSERT INTO users (display_name, created_at) VALUES (?, ?)').run('Ana', NOW).lastInsertRowid);
});
afterEach(() => cleanup());

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const orders = () => db.prepare('SELECT external_id, ordered_at, total_cents FROM orders WHERE user_id = ? ORDER BY external_id').all(userId);
const items = () =>
  db.prepare('SELECT o.external_id, i.name, i.quantity, i.price_cents, i.product_id FROM order_items i JOIN orders o ON o.id = i.order_id ORDER BY i.id').all();

const CSV = [
  'date,order_id,product_name,quantity,price,product_id',
  '2026-10-01,W100,"Milk, whole gallon",2,3.48,',
  `2026-10-01,W100,Eggs,1,2.98,${'$EGGS'}`,
  '10/08/2026,W101,Tide laundry detergent,1,12.97,',
  '2026-10-08,W101,Birthday card,1,4.00,',
  '2026-10-09,,Bread,1,2.50,',
  '2026-10-09,W102,Bread,zero,2.50,',
  'yesterday,W103,Bread,1,2.50,',
].join('\n');

describe('importOrders', () => {
  it('groups lines into orders, stores cents, links products by id or best match, and reports bad lines', () => {
    const r = importOrders(orderHistoryOf(db), userId, write('orders.csv', CSV.replace('$EGGS', String(eggsId))), { catalog });
    expect(r.imported).toBe(4);
    expect(r.orders).toBe(2);
    expect(r.linked).toBe(3);
    expect(r.skipped).toEqual([
      { line: 6, reason: 'order_id is empty' },
      { line: 7, reason: 'quantity "zero" is not a number' },
      { line: 8, reason: 'date "yesterday" is not a date like 2024-05-01' },
    ]);
    expect(orders()).toEqual([
      { external_id: 'W100', ordered_at: Date.UTC(2026, 9, 1), total_cents: 2 * 348 + 298 },
      { external_id: 'W101', ordered_at: Date.UTC(2026, 9, 8), total_cents: 1297 + 400 },
    ]);
    const lines = items() as { name: string; product_id: number | null }[];
    expect(lines.find((l) => l.name === 'Milk, whole gallon')?.product_id).toBe(milkId);
    expect(lines.find((l) => l.name === 'Eggs')?.product_id).toBe(eggsId);
    expect(lines.find((l) => l.name === 'Tide laundry detergent')?.product_id).toBe(tideId);
    expect(lines.find((l) => l.name === 'Birthday card')?.product_id).toBeNull();
  });

  it('does not duplicate orders when the same file is imported again', () => {
    const file = write('orders.csv', CSV.replace('$EGGS', String(eggsId)));
    importOrders(orderHistoryOf(db), userId, file, { catalog });
    const before = { orders: orders(), items: items() };
    const again = importOrders(orderHistoryOf(db), userId, file, { catalog });
    expect(again.orders).toBe(2);
    expect(orders()).toEqual(before.orders);
    expect(items().length).toBe(before.items.length);
  });

  it('reads JSON and reports bad rows by the line their object starts on', () => {
    const json = `[
  { "date": "2026-10-02", "order_id": "J1", "product_name": "milk", "quantity": 1, "price": 3.48 },
  { "date": "2026-10-02", "order_id": "J1", "product_name": "eggs",
    "quantity": 1, "price": "free" },
  { "date": "2026-10-03T10:00:00Z", "order_id": "J2", "product_name": "eggs", "quantity": 1.5, "price": "2.98", "product_id": ${eggsId} }
]`;
    const r = importOrders(orderHistoryOf(db), userId, write('orders.json', json), { catalog });
    expect(r.imported).toBe(2);
    expect(r.skipped).toEqual([{ line: 3, reason: 'price "free" is not a price in dollars like 3.48' }]);
    expect(orders()).toEqual([
      { external_id: 'J1', ordered_at: Date.UTC(2026, 9, 2), total_cents: 348 },
      { external_id: 'J2', ordered_at: Date.UTC(2026, 9, 3, 10), total_cents: Math.round(298 * 1.5) },
    ]);
  });

  it('fails without writing anything for an unknown user or a file that is not CSV', () => {
    const file = write('orders.csv', CSV.replace('$EGGS', ''));
    expect(() => importOrders(orderHistoryOf(db), 9999, file, { catalog })).toThrowError(/user 9999/);
    let error: unknown;
    try {
      importOrders(orderHistoryOf(db), userId, write('list.csv', 'milk\neggs\nbread\n'), { catalog });
    } catch (err) {
      error = err;
    }
    expect(isAppError(error, 'IMPORT_FAILED')).toBe(true);
    expect(orders()).toEqual([]);
  });
});
