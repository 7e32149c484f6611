import type { SqlConnection } from '../sql.js';

/** A turn as kept for the LLM's history and the web chat's reload. */
export interface StoredTurn {
  role: 'user' | 'assistant';
  text: string;
  payload?: unknown;
  at: number;
}

/**
 * Where conversations live between turns. `S` is the state the agent keeps (ConversationState),
 * stored as JSON: the store does not look inside it.
 */
export interface ConversationStore<S extends object = object> {
  /** The conversation's state; `{}` for a new one. */
  load(conversationId: string): S;
  save(conversationId: string, userId: number, channel: string, state: S): void;
  appendTurn(conversationId: string, turn: StoredTurn): void;
  /**
   * Saves the state and appends the turns in one transaction: what a finished turn writes, one
   * commit instead of one per row, and never a state without the turns that led to it. Returns
   * the id of the last turn stored (the answer), which {@link MessageDedupe} can point to.
   */
  record(conversationId: string, userId: number, channel: string, state: S, turns: readonly StoredTurn[]): number | undefined;
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
 * A finished turn may leave this many turns over {@link MAX_TURNS_KEPT} before it trims, so the
 * trim runs once every few turns of a long conversation instead of on every one.
 */
const TRIM_SLACK = 16;

/** Conversations whose stored turn count this process keeps in mind (the busiest, most recent). */
const COUNTED_CONVERSATIONS = 10_000;

/**
 * The conversation store over a connection.
 *
 * @example
 * const conversations = createConversationStore<ConversationState>(sqliteConnection(db));
 * const state = conversations.load('web:abc');
 */
export function createConversationStore<S extends object = object>(conn: SqlConnection, now: () => number = Date.now): ConversationStore<S> {
  const getState = conn.statement<{ state: string }>('SELECT state FROM conversations WHERE id = ?');
  const upsert = conn.statement(
    `INSERT INTO conversations (id, user_id, channel, state, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const insertTurn = conn.statement(
    'INSERT INTO turns (conversation_id, role, text, payload, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  // A finished turn stores two rows (what was said, what was answered): one statement for both.
  const insertTwoTurns = conn.statement<{ id: number }>(
    'INSERT INTO turns (conversation_id, role, text, payload, created_at) VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?) RETURNING id',
  );
  const countTurns = conn.statement('SELECT count(*) FROM turns WHERE conversation_id = ?');
  const trim = conn.statement(
    `DELETE FROM turns WHERE conversation_id = ? AND id <= (
       SELECT id FROM turns WHERE conversation_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  );
  const recent = conn.statement<{ role: 'user' | 'assistant'; text: string; payload: string | null; created_at: number }>(
    `SELECT role, text, payload, created_at FROM (
       SELECT id, role, text, payload, created_at FROM turns WHERE conversation_id = ? ORDER BY id DESC LIMIT ?
     ) AS latest ORDER BY id`,
  );

  const row = (conversationId: string, turn: StoredTurn) =>
    [conversationId, turn.role, turn.text, turn.payload === undefined ? null : JSON.stringify(turn.payload), turn.at] as const;
  const insert = (conversationId: string, turn: StoredTurn) => insertTurn.run(...row(conversationId, turn));

  // Stored turns per conversation, so the trim (a DELETE with an ordered sub-select) runs only
  // when a conversation is over the limit rather than after every turn. A conversation not in
  // mind is counted once; the trim itself is exact, so a count that drifted (another process
  // writing the same conversation) only moves when it runs.
  const counts = new Map<string, number>();
  const trimIfOver = (conversationId: string, added: number, slack: number) => {
    const known = counts.get(conversationId);
    let count = known === undefined ? countTurns.value<number>(conversationId)! : known + added;
    if (count > MAX_TURNS_KEPT + slack) {
      trim.run(conversationId, conversationId, MAX_TURNS_KEPT);
      count = MAX_TURNS_KEPT;
    }
    counts.delete(conversationId);
    counts.set(conversationId, count);
    if (counts.size > COUNTED_CONVERSATIONS) counts.delete(counts.keys().next().value!);
  };
  const setReference = conn.statement('UPDATE conversations SET reference = ? WHERE id = ?');
  const references = conn.statement<{ id: string; channel: string; reference: string }>(
    'SELECT id, channel, reference FROM conversations WHERE user_id = ? AND reference IS NOT NULL ORDER BY updated_at DESC',
  );

  return {
    load(conversationId) {
      const row = getState.get(conversationId);
      if (!row) return {} as S;
      try {
        return JSON.parse(row.state) as S;
      } catch {
        return {} as S;
      }
    },
    save(conversationId, userId, channel, state) {
      upsert.run(conversationId, userId, channel, JSON.stringify(state), now());
    },
    appendTurn(conversationId, turn) {
      insert(conversationId, turn);
      trimIfOver(conversationId, 1, 0);
    },
    record(conversationId, userId, channel, state, turns) {
      return conn.transaction(() => {
        upsert.run(conversationId, userId, channel, JSON.stringify(state), now());
        let last: number | undefined;
        if (turns.length === 2) last = Math.max(...insertTwoTurns.all(...row(conversationId, turns[0]!), ...row(conversationId, turns[1]!)).map((r) => Number(r.id)));
        else for (const turn of turns) insert(conversationId, turn);
        trimIfOver(conversationId, turns.length, TRIM_SLACK);
        return last;
      });
    },
    history(conversationId, limit) {
      return recent.all(conversationId, limit).map((r) => ({
        role: r.role,
        text: r.text,
        payload: r.payload === null ? undefined : JSON.parse(r.payload),
        at: r.created_at,
      }));
    },
    setReference(conversationId, reference) {
      setReference.run(JSON.stringify(reference), conversationId);
    },
    references(userId) {
      return references
        .all(userId)
        .map((r) => ({ conversationId: r.id, channel: r.channel, reference: JSON.parse(r.reference) }));
    },
  };
}
