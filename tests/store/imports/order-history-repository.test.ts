import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/database.js';
import { createOrderHistoryRepository, type OrderHistoryRepository } from '../../../src/store/imports/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createTempDb } from '../../helpers/temp-db.js';

let db: Db;
let history: OrderHistoryRepository;
let cleanup: () => void;
let userId: number;
beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  history = createOrderHistoryRepository(sqliteConnection(db));
  userId = (db.prepare("INSERT INTO users (display_name, created_at) VALUES ('Ann', 0) RETURNING id").get() as { id: number }).id;
});
afterEach(() => cleanup());

const lines = () => db.prepare('SELECT o.external_id, o.total_cents, i.name, i.quantity FROM orders o JOIN order_items i ON i.order_id = o.id ORDER BY i.id').all();

describe('order history repository', () => {
  it('replaces an order saved again instead of adding a copy', () => {
    history.saveOrders(userId, [{ externalId: 'W1', orderedAt: 1, totalCents: 300, lines: [{ productId: null, name: 'milk', quantity: 1, priceCents: 300 }] }]);
    history.saveOrders(userId, [{ externalId: 'W1', orderedAt: 1, totalCents: 500, lines: [{ productId: null, name: 'eggs', quantity: 2, priceCents: 250 }] }]);
    expect(lines()).toEqual([{ external_id: 'W1', total_cents: 500, name: 'eggs', quantity: 2 }]);
    expect(history.userExists(userId)).toBe(true);
    expect(history.userExists(userId + 1)).toBe(false);
  });

  it('saves all orders or none', () => {
    const orders = [
      { externalId: 'A', orderedAt: 1, totalCents: 100, lines: [{ productId: null, name: 'tea', quantity: 1, priceCents: 100 }] },
      { externalId: 'B', orderedAt: 2, totalCents: 100, lines: [{ productId: 424242, name: 'ghost', quantity: 1, priceCents: 100 }] },
    ];
    const saved: number[] = [];
    expect(() => history.saveOrders(userId, orders, (n) => saved.push(n))).toThrow(/foreign key/i);
    expect(saved).toEqual([1]);
    expect(lines()).toEqual([]);
  });
});
