import type { Db } from '../../store/database.js';
import type { ConversationState } from './conversation-state.js';

/** A turn as kept for the LLM's history and the web chat's reload. */
export interface StoredTurn {
  role: 'user' | 'assistant';
  text: string;
  payload?: unknown;
  at: number;
}

/** Where conversations live between turns. */
export interface ConversationStore {
  /** The conversation's state; `{}` for a new one. */
  load(conversationId: string): ConversationState;
  save(conversationId: string, userId: number, channel: string, state: ConversationState): void;
  appendTurn(conversationId: string, turn: StoredTurn): void;
  /**
   * Saves the state and appends the turns in one transaction: what a finished turn writes, one
   * commit instead of one per row, and never a state without the turns that led to it.
   */
  record(conversationId: string, userId: number, channel: string, state: ConversationState, turns: readonly StoredTurn[]): void;
  /** The last `limit` turns, oldest first. */
  history(conversationId: string, limit: number): StoredTurn[];
  /** A channel's stored address for proactive messages (Teams conversation reference, Telegram chat id). */
  setReference(conversationId: string, reference: unknown): void;
  /** Every stored channel address of a user's conversations. */
  references(userId: number): { conversationId: string; channel: string; reference: unknown }[];
}

/** How many turns a conversation keeps; older ones are trimmed as new ones arrive. */
export const MAX_TURNS_KEPT = 200;

/**
 * The SQLite conversation store.
 *
 * @example
 * const conversations = createConversationStore(db);
 * const state = conversations.load('web:abc');
 */
export function createConversationStore(db: Db, now: () => number = Date.now): ConversationStore {
  const getState = db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE id = ?');
  const upsert = db.prepare(
    `INSERT INTO conversations (id, user_id, channel, state, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const insertTurn = db.prepare(
    'INSERT INTO turns (conversation_id, role, text, payload, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const trim = db.prepare(
    `DELETE FROM turns WHERE conversation_id = ? AND id <= (
       SELECT id FROM turns WHERE conversation_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  );
  const recent = db.prepare<[string, number], { role: 'user' | 'assistant'; text: string; payload: string | null; created_at: number }>(
    `SELECT role, text, payload, created_at FROM (
       SELECT id, role, text, payload, created_at FROM turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?
     ) ORDER BY id`,
  );

  const insert = (conversationId: string, turn: StoredTurn) =>
    insertTurn.run(conversationId, turn.role, turn.text, turn.payload === undefined ? null : JSON.stringify(turn.payload), turn.at);
  const record = db.transaction(
    (conversationId: string, userId: number, channel: string, state: ConversationState, turns: readonly StoredTurn[]) => {
      upsert.run(conversationId, userId, channel, JSON.stringify(state), now());
      for (const turn of turns) insert(conversationId, turn);
      trim.run(conversationId, conversationId, MAX_TURNS_KEPT);
    },
  );

  return {
    load(conversationId) {
      const row = getState.get(conversationId);
      if (!row) return {};
      try {
        return JSON.parse(row.state) as ConversationState;
      } catch {
        return {};
      }
    },
    save(conversationId, userId, channel, state) {
      upsert.run(conversationId, userId, channel, JSON.stringify(state), now());
    },
    appendTurn(conversationId, turn) {
      insert(conversationId, turn);
      trim.run(conversationId, conversationId, MAX_TURNS_KEPT);
    },
    record: (conversationId, userId, channel, state, turns) => record(conversationId, userId, channel, state, turns),
    history(conversationId, limit) {
      return recent.all(conversationId, limit).map((r) => ({
        role: r.role,
        text: r.text,
        payload: r.payload === null ? undefined : JSON.parse(r.payload),
        at: r.created_at,
      }));
    },
    setReference(conversationId, reference) {
      db.prepare('UPDATE conversations SET reference = ? WHERE id = ?').run(JSON.stringify(reference), conversationId);
    },
    references(userId) {
      return db
        .prepare<[number], { id: string; channel: string; reference: string }>(
          'SELECT id, channel, reference FROM conversations WHERE user_id = ? AND reference IS NOT NULL ORDER BY updated_at DESC',
        )
        .all(userId)
        .map((r) => ({ conversationId: r.id, channel: r.channel, reference: JSON.parse(r.reference) }));
    },
  };
}
