import type { SqlConnection } from '../sql.js';

/**
 * Remembers which channel messages were already handled, with the reply that was sent, so a
 * repeated delivery (Telegram retrying a webhook, a web client resending after a reconnect)
 * is answered again without being applied twice.
 */
export interface MessageDedupe {
  /**
   * The stored reply for a message handled before, or undefined for a new one. A reply whose text
   * was left in the conversation's history comes back with that text, or without any text once
   * the history has let that turn go.
   */
  lookup(channel: string, messageKey: string): unknown | undefined;
  /**
   * `textInTurn`: the id of the stored turn (conversation history) whose text is the reply's
   * text, written in the same transaction: the record then points to it instead of holding a
   * second copy (a list's whole text, 12 KB at 200 lines, for every "what's on my list?").
   */
  remember(channel: string, messageKey: string, reply: unknown, textInTurn?: number): void;
  /** Forgets entries older than `maxAgeMs`, the oldest first and at most `limit` of them; returns how many went. */
  prune(maxAgeMs: number, limit?: number): number;
}

/** The field of a stored reply that names the turn holding its text. */
const TEXT_IN_TURN = 'textInTurn';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function withoutText(reply: Record<string, unknown>): Record<string, unknown> {
  const { text: _text, ...rest } = reply;
  return rest;
}

/** The message dedupe over a connection. */
export function createMessageDedupe(conn: SqlConnection, now: () => number = Date.now): MessageDedupe {
  const get = conn.statement<{ reply: string | null }>('SELECT reply FROM processed_messages WHERE channel = ? AND message_key = ?');
  const turnText = conn.statement<{ text: string }>('SELECT text FROM turns WHERE id = ?');
  const put = conn.statement(
    `INSERT INTO processed_messages (channel, message_key, reply, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, message_key) DO UPDATE SET reply = excluded.reply, created_at = excluded.created_at`,
  );
  return {
    lookup(channel, messageKey) {
      const row = get.get(channel, messageKey);
      if (!row) return undefined;
      if (row.reply === null) return null;
      const reply = JSON.parse(row.reply) as unknown;
      if (!isObject(reply) || typeof reply[TEXT_IN_TURN] !== 'number') return reply;
      const { [TEXT_IN_TURN]: turnId, ...rest } = reply;
      const text = turnText.get(turnId)?.text;
      return text === undefined ? rest : { ...rest, text };
    },
    remember(channel, messageKey, reply, textInTurn) {
      const stored = textInTurn !== undefined && isObject(reply) && 'text' in reply ? { ...withoutText(reply), [TEXT_IN_TURN]: textInTurn } : reply ?? null;
      put.run(channel, messageKey, JSON.stringify(stored), now());
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
