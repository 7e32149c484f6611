import { AppError, isAppError } from '../../errors.js';
import type { OrderHistoryRepository, OrderToSave } from '../../store/imports/index.js';
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
 * importOrders(orderHistory, userId, 'walmart-orders.csv', { catalog });
 */
export function importOrders(history: OrderHistoryRepository, userId: number, filePath: string, opts: ImportOrdersOptions): ImportOrdersResult {
  if (!history.userExists(userId)) {
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
  const matches = new Map<string, number | null>();
  const link = (l: OrderLine): number | null => {
    if (l.productId !== undefined && history.productExists(l.productId)) return l.productId;
    const key = l.name.toLowerCase();
    if (!matches.has(key)) matches.set(key, opts.catalog.bestMatch(l.name)?.id ?? null);
    return matches.get(key)!;
  };
  // Lines are linked as each order is written, inside the import's one transaction.
  function* toSave(): Generator<OrderToSave> {
    for (const [externalId, lines] of orders) {
      const saved = lines.map((l) => ({ productId: link(l), name: l.name, quantity: l.quantity, priceCents: l.priceCents }));
      for (const l of saved) {
        if (l.productId !== null) result.linked++;
        result.imported++;
      }
      done += lines.length;
      yield {
        externalId,
        orderedAt: Math.min(...lines.map((l) => l.orderedAt)),
        totalCents: lines.reduce((sum, l) => sum + Math.round(l.priceCents * l.quantity), 0),
        lines: saved,
      };
    }
  }
  try {
    history.saveOrders(userId, toSave(), (saved) => {
      result.orders = saved;
      if (saved % 50 === 0) opts.onProgress?.({ done, total });
    });
  } catch (err) {
    if (isAppError(err)) throw err;
    throw new AppError('IMPORT_FAILED', { detail: `order import of ${filePath} rolled back: ${(err as Error).message}`, cause: err });
  }
  opts.onProgress?.({ done: total, total });
  skipped.sort((a, b) => a.line - b.line);
  return { ...result, skipped };
}
