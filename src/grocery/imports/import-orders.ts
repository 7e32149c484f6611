import { AppError, isAppError } from '../../errors.js';
import type { Db } from '../../store/database.js';
import type { Product } from '../types.js';
import { date, dollars, number, RowError, text } from './fields.js';
import type { ImportProgress, ImportResult } from './import-result.js';
import { readRows } from './read-rows.js';

/** Options for {@link importOrders}. */
export interface ImportOrdersOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Links order lines without a known product_id to the product they most likely are. */
  catalog: { bestMatch(name: string): Product | undefined };
}

/** {@link ImportResult} plus how many orders were written and how many lines found a product. */
export interface ImportOrdersResult extends ImportResult {
  orders: number;
  linked: number;
}

interface OrderLine {
  line: number;
  orderId: string;
  orderedAt: number;
  name: string;
  quantity: number;
  priceCents: number;
  productId?: number;
}

/**
 * Imports a user's order history from CSV or JSON (columns date, order_id, product_name,
 * quantity, price in dollars, optional product_id). Lines are grouped into orders by order_id;
 * importing the same order again replaces it instead of adding a copy. Bad rows are skipped and
 * reported by line; everything else commits in one transaction.
 *
 * @example
 * importOrders(db, userId, 'walmart-orders.csv', { catalog });
 */
export function importOrders(db: Db, userId: number, filePath: string, opts: ImportOrdersOptions): ImportOrdersResult {
  if (!db.prepare('SELECT 1 FROM users WHERE id = ?').get(userId)) {
    throw new AppError('IMPORT_FAILED', { detail: `user ${userId} does not exist` });
  }
  const { rows, bad } = readRows(filePath, ['csv', 'json'], ['date', 'order_id', 'product_name', 'quantity', 'price']);
  const skipped = [...bad];
  const orders = new Map<string, OrderLine[]>();
  for (const { line, values: v } of rows) {
    try {
      const orderId = text(v, 'order_id', true);
      const entry: OrderLine = {
        line,
        orderId,
        orderedAt: date(v, 'date'),
        name: text(v, 'product_name', true),
        quantity: number(v, 'quantity', { required: true })!,
        priceCents: dollars(v, 'price', true),
        productId: number(v, 'product_id', { min: 1, integer: true }),
      };
      if (!(entry.quantity > 0)) throw new RowError(`quantity ${entry.quantity} must be more than 0`);
      const list = orders.get(orderId) ?? [];
      list.push(entry);
      orders.set(orderId, list);
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      skipped.push({ line, reason: err.message });
    }
  }
  const total = rows.length + bad.length;
  let done = total - [...orders.values()].reduce((n, l) => n + l.length, 0);
  opts.onProgress?.({ done, total });
  const result = { imported: 0, orders: 0, linked: 0 };
  try {
    db.transaction(() => {
      const productExists = db.prepare('SELECT 1 FROM products WHERE id = ?');
      const upsertOrder = db.prepare(`INSERT INTO orders (user_id, external_id, ordered_at, total_cents) VALUES (?, ?, ?, ?)
        ON CONFLICT (user_id, external_id) DO UPDATE SET ordered_at = excluded.ordered_at, total_cents = excluded.total_cents
        RETURNING id`);
      const clearItems = db.prepare('DELETE FROM order_items WHERE order_id = ?');
      const insertItem = db.prepare('INSERT INTO order_items (order_id, product_id, name, quantity, price_cents) VALUES (?, ?, ?, ?, ?)');
      const matches = new Map<string, number | null>();
      for (const [externalId, lines] of orders) {
        const orderedAt = Math.min(...lines.map((l) => l.orderedAt));
        const totalCents = lines.reduce((sum, l) => sum + Math.round(l.priceCents * l.quantity), 0);
        const { id } = upsertOrder.get(userId, externalId, orderedAt, totalCents) as { id: number };
        // Replacing the lines makes a re-import of the same file a no-op rather than a duplicate.
        clearItems.run(id);
        for (const l of lines) {
          let productId: number | null = l.productId !== undefined && productExists.get(l.productId) ? l.productId : null;
          if (productId === null) {
            const key = l.name.toLowerCase();
            if (!matches.has(key)) matches.set(key, opts.catalog.bestMatch(l.name)?.id ?? null);
            productId = matches.get(key)!;
          }
          insertItem.run(id, productId, l.name, l.quantity, l.priceCents);
          if (productId !== null) result.linked++;
          result.imported++;
        }
        result.orders++;
        done += lines.length;
        if (result.orders % 50 === 0) opts.onProgress?.({ done, total });
      }
    }).immediate();
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('IMPORT_FAILED', { detail: `order import of ${filePath} rolled back: ${(err as Error).message}`, cause: err });
  }
  opts.onProgress?.({ done: total, total });
  skipped.sort((a, b) => a.line - b.line);
  return { ...result, skipped };
}
