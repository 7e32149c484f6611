import type { SqlConnection } from '../sql.js';

/** A price alert that went out (alone or in a summary), with the payload JSON it was written with. */
export interface DeliveredAlert {
  userId: number;
  payload: string;
}

/**
 * What the alert-week simulation (`src/cli/alerts-week.ts`) reads to check what it sent against
 * what people did or said, and the one write it makes to set up: a smaller catalog for a faster run.
 */
export interface AlertWeekRepository {
  /** The demo store's products, by id. */
  demoProducts(): { id: number; name: string; brand: string | null; priceCents: number }[];
  /** Keeps every `step`-th product (by id) and deletes the rest. */
  keepEveryNthProduct(step: number): void;
  productCount(): number;
  /** Price alerts per outcome (null: not finished). */
  alertOutcomes(): { outcome: string | null; count: number }[];
  /** Price alerts delivered alone or in a summary. */
  deliveredAlerts(): DeliveredAlert[];
  /** The person's lines of a product on any list they are a member of, with the list's name. */
  linesOf(userId: number, productId: number): { name: string; list: string }[];
  /** Whether the person said they like `value` (a brand or a kind), ignoring case. */
  saidTheyLike(userId: number, value: string): boolean;
  /** Whether the person tracks the product's price. */
  tracks(userId: number, productId: number): boolean;
}

/**
 * The alert-week repository.
 *
 * @example
 * const week = createAlertWeekRepository(sqliteConnection(db));
 * week.deliveredAlerts().length;
 */
export function createAlertWeekRepository(conn: SqlConnection): AlertWeekRepository {
  const demo = conn.statement<{ id: number; name: string; brand: string | null; price_cents: number }>(
    "SELECT id, name, brand, price_cents FROM products WHERE source = 'demo' ORDER BY id",
  );
  const keep = conn.statement('DELETE FROM products WHERE (id % ?) <> 0');
  const count = conn.statement('SELECT count(*) AS n FROM products');
  const outcomes = conn.statement<{ outcome: string | null; n: number }>(
    "SELECT outcome, count(*) AS n FROM notifications WHERE kind = 'price_alert' GROUP BY outcome",
  );
  const delivered = conn.statement<{ user_id: number; payload: string }>(
    "SELECT user_id, payload FROM notifications WHERE kind = 'price_alert' AND outcome IN ('delivered', 'in_summary')",
  );
  const lines = conn.statement<{ name: string; list: string }>(
    `SELECT i.name, l.name AS list FROM list_items i JOIN lists l ON l.id = i.list_id JOIN list_members m ON m.list_id = l.id
     WHERE m.user_id = ? AND i.product_id = ?`,
  );
  const liked = conn.statement(
    "SELECT 1 FROM preferences WHERE user_id = ? AND source = 'stated' AND kind IN ('brand', 'likes') AND lower(value) = ?",
  );
  const tracks = conn.statement('SELECT 1 FROM price_alerts WHERE user_id = ? AND product_id = ?');
  return {
    demoProducts: () => demo.all().map((r) => ({ id: r.id, name: r.name, brand: r.brand, priceCents: r.price_cents })),
    keepEveryNthProduct(step) {
      keep.run(step);
    },
    productCount: () => Number(count.value() ?? 0),
    alertOutcomes: () => outcomes.all().map((r) => ({ outcome: r.outcome, count: Number(r.n) })),
    deliveredAlerts: () => delivered.all().map((r) => ({ userId: r.user_id, payload: r.payload })),
    linesOf: (userId, productId) => lines.all(userId, productId),
    saidTheyLike: (userId, value) => liked.get(userId, value.toLowerCase()) !== undefined,
    tracks: (userId, productId) => tracks.get(userId, productId) !== undefined,
  };
}
