import type { SqlConnection } from '../sql.js';

/** One line of an order to save; `productId` is null when no catalog product is known. */
export interface OrderLineToSave {
  productId: number | null;
  name: string;
  quantity: number;
  priceCents: number;
}

/** An order as an import writes it: keyed per user by the shop's own order id. */
export interface OrderToSave {
  externalId: string;
  orderedAt: number;
  totalCents: number;
  lines: readonly OrderLineToSave[];
}

/** A user's order history: what past shopping imports write. */
export interface OrderHistoryRepository {
  userExists(userId: number): boolean;
  productExists(productId: number): boolean;
  /**
   * Saves the orders in one transaction: an order already saved (same user and external id) is
   * replaced, lines and all, so importing the same file again changes nothing. `onSaved` is
   * called after each order with how many have been written.
   */
  saveOrders(userId: number, orders: Iterable<OrderToSave>, onSaved?: (saved: number) => void): void;
}

/**
 * The {@link OrderHistoryRepository} over a migrated database.
 *
 * @example
 * const history = createOrderHistoryRepository(sqliteConnection(db));
 */
export function createOrderHistoryRepository(conn: SqlConnection): OrderHistoryRepository {
  const user = conn.statement('SELECT 1 FROM users WHERE id = ?');
  const product = conn.statement('SELECT 1 FROM products WHERE id = ?');
  const upsertOrder = conn.statement<{ id: number }>(`INSERT INTO orders (user_id, external_id, ordered_at, total_cents) VALUES (?, ?, ?, ?)
        ON CONFLICT (user_id, external_id) DO UPDATE SET ordered_at = excluded.ordered_at, total_cents = excluded.total_cents
        RETURNING id`);
  const clearItems = conn.statement('DELETE FROM order_items WHERE order_id = ?');
  const insertItem = conn.statement('INSERT INTO order_items (order_id, product_id, name, quantity, price_cents) VALUES (?, ?, ?, ?, ?)');
  return {
    userExists: (userId) => user.get(userId) !== undefined,
    productExists: (productId) => product.get(productId) !== undefined,
    saveOrders(userId, orders, onSaved) {
      conn.transaction(() => {
        let saved = 0;
        for (const order of orders) {
          const { id } = upsertOrder.get(userId, order.externalId, order.orderedAt, order.totalCents)!;
          // Replacing the lines makes a re-import of the same file a no-op rather than a duplicate.
          clearItems.run(id);
          for (const l of order.lines) insertItem.run(id, l.productId, l.name, l.quantity, l.priceCents);
          saved++;
          onSaved?.(saved);
        }
      });
    },
  };
}
