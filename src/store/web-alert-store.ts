import type { SqlConnection } from './sql.js';

/**
 * Price alerts kept for a web user until their chat is open, in the shared `notifications` table
 * (kind `web_price_alert`), so they survive a restart.
 */
export interface WebAlertStore {
  /** Keeps `payload` under `key` for the user; returns its id, or undefined when that key was kept before. */
  keep(userId: number, key: string, payload: unknown, at: number): number | undefined;
  markDelivered(id: number, at: number): void;
  /** The payloads not yet delivered, oldest first, marked delivered at `at` in the same transaction. */
  takeUndelivered(userId: number, at: number): unknown[];
}

/** Kind of the `notifications` rows the web inbox owns. */
const KIND = 'web_price_alert';

/**
 * @example
 * const store = createWebAlertStore(sqliteConnection(db));
 * const id = store.keep(userId, 'web:7:999', alert, Date.now());
 */
export function createWebAlertStore(conn: SqlConnection): WebAlertStore {
  const insert = conn.statement(
    `INSERT INTO notifications (user_id, dedupe_key, kind, payload, created_at, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id`,
  );
  const pending = conn.statement<{ id: number; payload: string }>(
    'SELECT id, payload FROM notifications WHERE user_id = ? AND kind = ? AND delivered_at IS NULL ORDER BY id',
  );
  const markDelivered = conn.statement('UPDATE notifications SET delivered_at = ? WHERE id = ?');
  return {
    keep: (userId, key, payload, at) => insert.value<number>(userId, key, KIND, JSON.stringify(payload), at, null),
    markDelivered: (id, at) => void markDelivered.run(at, id),
    takeUndelivered: (userId, at) =>
      conn.transaction(() => {
        const rows = pending.all(userId, KIND);
        for (const row of rows) markDelivered.run(at, row.id);
        return rows.map((r) => JSON.parse(r.payload) as unknown);
      }),
  };
}
