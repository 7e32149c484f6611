import type { Db } from '../../store/database.js';
import type { Clock } from '../../grocery/types.js';
import type { SocketHub } from './socket-hub.js';

/** A price drop worth telling a user about, as the notifier hands it to the web channel. */
export interface PriceAlert {
  productId: number;
  name: string;
  priceCents: number;
  /** The price the alert compares with (the baseline when tracking started, or yesterday's). */
  previousCents: number;
  targetCents?: number | null;
  /** A sentence to show; the page writes one from the numbers when left out. */
  text?: string;
  /** Same key, same alert: pushing it twice shows it once. Defaults to product and price. */
  dedupeKey?: string;
}

/** What happened to a pushed alert. */
export type PushOutcome = 'delivered' | 'queued' | 'duplicate';

/** Price alerts for web users: pushed to open sockets, kept for later when the user is offline. */
export interface PriceAlertInbox {
  /** Sends the alert to the user's open chat sockets, or keeps it until they next connect. */
  push(userId: number, alert: PriceAlert): PushOutcome;
  /** Alerts kept while the user was away, oldest first; they count as delivered once returned. */
  drain(userId: number): PriceAlert[];
}

/** Kind of the `notifications` rows this inbox owns; the `web:` key prefix keeps them apart from the notifier's own rows. */
const KIND = 'web_price_alert';

/**
 * The inbox lives in the shared `notifications` table, so alerts survive a restart.
 *
 * @example
 * const inbox = createPriceAlertInbox({ db, hub });
 * inbox.push(userId, { productId: 7, name: 'Tide Original 92 oz', priceCents: 999, previousCents: 1297 });
 */
export function createPriceAlertInbox(deps: { db: Db; hub: SocketHub; now?: Clock }): PriceAlertInbox {
  const { db, hub } = deps;
  const now = deps.now ?? Date.now;
  const insert = db.prepare(
    `INSERT OR IGNORE INTO notifications (user_id, dedupe_key, kind, payload, created_at, delivered_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const pending = db.prepare<[number, string], { id: number; payload: string }>(
    'SELECT id, payload FROM notifications WHERE user_id = ? AND kind = ? AND delivered_at IS NULL ORDER BY id',
  );
  const markDelivered = db.prepare('UPDATE notifications SET delivered_at = ? WHERE id = ?');

  return {
    push(userId, alert) {
      const key = `web:${alert.dedupeKey ?? `${alert.productId}:${alert.priceCents}`}`;
      const at = now();
      const result = insert.run(userId, key, KIND, JSON.stringify(alert), at, null);
      if (result.changes === 0) return 'duplicate';
      const sent = hub.send(userId, { type: 'price_alert', alert });
      if (sent === 0) return 'queued';
      markDelivered.run(at, result.lastInsertRowid);
      return 'delivered';
    },
    drain(userId) {
      return db.transaction(() => {
        const rows = pending.all(userId, KIND);
        const at = now();
        for (const row of rows) markDelivered.run(at, row.id);
        return rows.map((r) => JSON.parse(r.payload) as PriceAlert);
      }).immediate();
    },
  };
}
