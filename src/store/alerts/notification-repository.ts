import type { SqlConnection } from '../sql.js';

/** What kind of message a notification is. */
export type NotificationKind = 'price_alert' | 'alert_summary' | 'digest';

/** A `notifications` row waiting to go out; `payload` is the JSON the writer chose. */
export interface PendingNotification {
  id: number;
  userId: number;
  dedupeKey: string;
  kind: string;
  payload: string;
  createdAt: number;
}

/** How one notification's send to one channel stands (`notification_deliveries`). */
export interface DeliveryState {
  status: string;
  attempts: number;
}

/** Counts of price alerts and digests for `grocery-agent jobs`. */
export interface NotificationCounts {
  pending: number;
  delivered: number;
  skipped: number;
}

/** `notifications` and `notification_deliveries` (migration 004): messages people are written first, and their sends. */
export interface NotificationRepository {
  /** Queues a message; false when the person already has one with this key (sent once per key). */
  enqueue(n: { userId: number; dedupeKey: string; kind: 'price_alert' | 'digest'; payload: string; at: number }): boolean;
  /** Undelivered notifications with an id above `afterId`, by id, at most `limit`. */
  pendingAfter(afterId: number, limit: number): PendingNotification[];
  /** Marks a notification done, with why (`delivered`, `alerts_off`, `expired`, ...). */
  finish(id: number, at: number, outcome: string): void;
  /** Alert messages (alone or summaries) delivered to the person since `since`. */
  alertsDeliveredSince(userId: number, since: number): number;
  /** Writes one summary message and marks the alerts it folds in `in_summary`, all or nothing. */
  summarise(s: { userId: number; dedupeKey: string; payload: string; at: number; folded: readonly number[] }): PendingNotification;
  /**
   * Claims the send of a notification to a channel: a first try, a failed one with attempts left,
   * or a claim older than `staleBefore` (its sender died). False when someone else holds it or it is done.
   */
  claim(notificationId: number, channel: string, at: number, maxAttempts: number, staleBefore: number): boolean;
  delivery(notificationId: number, channel: string): DeliveryState | undefined;
  markSent(notificationId: number, channel: string, at: number): void;
  markFailed(notificationId: number, channel: string, error: string): void;
  /** The product's price now (a waiting alert whose price went back up is no longer true). */
  currentPrice(productId: number): number | undefined;
  /** Price alerts and digests waiting, delivered, and finished without delivery. */
  counts(): NotificationCounts;
}

interface Row {
  id: number;
  user_id: number;
  dedupe_key: string;
  kind: string;
  payload: string;
  created_at: number;
}

const COLUMNS = 'id, user_id, dedupe_key, kind, payload, created_at';

/**
 * The notification repository.
 *
 * @example
 * const notifications = createNotificationRepository(sqliteConnection(db));
 * notifications.enqueue({ userId, dedupeKey: 'digest:2026-11-02', kind: 'digest', payload, at: Date.now() });
 */
export function createNotificationRepository(conn: SqlConnection): NotificationRepository {
  const enqueue = conn.statement(
    'INSERT INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const pending = conn.statement<Row>(
    `SELECT ${COLUMNS} FROM notifications
     WHERE kind IN ('price_alert', 'alert_summary', 'digest') AND delivered_at IS NULL AND id > ? ORDER BY id LIMIT ?`,
  );
  const finish = conn.statement('UPDATE notifications SET delivered_at = ?, outcome = ? WHERE id = ?');
  const sentSince = conn.statement(
    `SELECT count(*) FROM notifications WHERE user_id = ? AND kind IN ('price_alert', 'alert_summary')
     AND outcome = 'delivered' AND delivered_at >= ?`,
  );
  const insertSummary = conn.statement<Row>(
    `INSERT INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, ?, 'alert_summary', ?, ?)
     RETURNING ${COLUMNS}`,
  );
  // Upsert with a WHERE on the update: both engines take it (SQLite 3.24+, PostgreSQL 9.5+).
  const claim = conn.statement(
    `INSERT INTO notification_deliveries (notification_id, channel, status, attempts, claimed_at) VALUES (?, ?, 'sending', 1, ?)
     ON CONFLICT (notification_id, channel) DO UPDATE SET status = 'sending', attempts = notification_deliveries.attempts + 1,
       claimed_at = excluded.claimed_at, error = NULL
     WHERE (notification_deliveries.status = 'failed' AND notification_deliveries.attempts < ?)
        OR (notification_deliveries.status = 'sending' AND notification_deliveries.claimed_at < ?)`,
  );
  const delivery = conn.statement<DeliveryState>('SELECT status, attempts FROM notification_deliveries WHERE notification_id = ? AND channel = ?');
  const markSent = conn.statement("UPDATE notification_deliveries SET status = 'sent', sent_at = ? WHERE notification_id = ? AND channel = ?");
  const markFailed = conn.statement("UPDATE notification_deliveries SET status = 'failed', error = ? WHERE notification_id = ? AND channel = ?");
  const priceOf = conn.statement('SELECT price_cents FROM products WHERE id = ?');
  const counts = conn.statement<{ pending: number | null; delivered: number | null; skipped: number | null }>(
    `SELECT sum(CASE WHEN delivered_at IS NULL THEN 1 ELSE 0 END) AS pending,
            sum(CASE WHEN outcome = 'delivered' THEN 1 ELSE 0 END) AS delivered,
            sum(CASE WHEN delivered_at IS NOT NULL AND outcome <> 'delivered' THEN 1 ELSE 0 END) AS skipped
     FROM notifications WHERE kind IN ('price_alert', 'digest')`,
  );

  return {
    enqueue: (n) => enqueue.run(n.userId, n.dedupeKey, n.kind, n.payload, n.at).changes > 0,
    pendingAfter: (afterId, limit) => pending.all(afterId, limit).map(toPending),
    finish(id, at, outcome) {
      finish.run(at, outcome, id);
    },
    alertsDeliveredSince: (userId, since) => Number(sentSince.value(userId, since) ?? 0),
    summarise: (s) =>
      conn.transaction(() => {
        const row = insertSummary.get(s.userId, s.dedupeKey, s.payload, s.at)!;
        for (const id of s.folded) finish.run(s.at, 'in_summary', id);
        return toPending(row);
      }),
    claim: (notificationId, channel, at, maxAttempts, staleBefore) => claim.run(notificationId, channel, at, maxAttempts, staleBefore).changes > 0,
    delivery: (notificationId, channel) => delivery.get(notificationId, channel),
    markSent(notificationId, channel, at) {
      markSent.run(at, notificationId, channel);
    },
    markFailed(notificationId, channel, error) {
      markFailed.run(error, notificationId, channel);
    },
    currentPrice: (productId) => priceOf.value<number>(productId),
    counts() {
      const c = counts.get()!;
      return { pending: Number(c.pending ?? 0), delivered: Number(c.delivered ?? 0), skipped: Number(c.skipped ?? 0) };
    },
  };
}

function toPending(r: Row): PendingNotification {
  return { id: r.id, userId: r.user_id, dedupeKey: r.dedupe_key, kind: r.kind, payload: r.payload, createdAt: r.created_at };
}
