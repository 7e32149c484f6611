import type { SqlConnection } from '../sql.js';

/**
 * Remembers which channel messages were already handled, with the reply that was sent, so a
 * repeated delivery (Telegram retrying a webhook, a web client resending after a reconnect)
 * is answered again without being applied twice.
 */
export interface MessageDedupe {
  /** The stored reply for a message handled before, or undefined for a new one. */
  lookup(channel: string, messageKey: string): unknown | undefined;
  remember(channel: string, messageKey: string, reply: unknown): void;
  /** Forgets entries older than `maxAgeMs`, the oldest first and at most `limit` of them; returns how many went. */
  prune(maxAgeMs: number, limit?: number): number;
}

/** The message dedupe over a connection. */
export function createMessageDedupe(conn: SqlConnection, now: () => number = Date.now): MessageDedupe {
  const get = conn.statement<{ reply: string | null }>('SELECT reply FROM processed_messages WHERE channel = ? AND message_key = ?');
  const put = conn.statement(
    `INSERT INTO processed_messages (channel, message_key, reply, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, message_key) DO UPDATE SET reply = excluded.reply, created_at = excluded.created_at`,
  );
  return {
    lookup(channel, messageKey) {
      const row = get.get(channel, messageKey);
      if (!row) return undefined;
      return row.reply === null ? null : JSON.parse(row.reply);
    },
    remember(channel, messageKey, reply) {
      put.run(channel, messageKey, JSON.stringify(reply ?? null), now());
    },
    prune(maxAgeMs, limit = Number.MAX_SAFE_INTEGER) {
      // Oldest first through the created_at index: a bounded step never reads the replies it keeps.
      // Prepared on first use: a table from before migration 007 has no id, and is never pruned.
      return conn
        .statement('DELETE FROM processed_messages WHERE id IN (SELECT id FROM processed_messages WHERE created_at < ? ORDER BY created_at LIMIT ?)')
        .run(now() - maxAgeMs, limit).changes;
    },
  };
}
