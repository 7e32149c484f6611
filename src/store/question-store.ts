import crypto from 'node:crypto';
import type { SqlConnection } from './sql.js';

/** One button of a stored question: its label and what pressing it does (JSON the caller defines). */
export interface StoredOption<A = unknown> {
  label: string;
  action: A;
}

/** A question asked with buttons, as stored. */
export interface StoredQuestion<A = unknown> {
  id: string;
  userId: number;
  prompt: string;
  options: StoredOption<A>[];
  /** Answerable once: a second press is told it was answered. */
  once: boolean;
  answeredAt: number | null;
  expiresAt: number;
}

/** Questions asked with buttons (`questions`, migration 009), so a button keeps its meaning across restarts. */
export interface QuestionStore<A = unknown> {
  /** Stores a question for `userId` and returns its id (10 characters, [a-z2-7]). */
  create(question: { userId: number; prompt: string; options: StoredOption<A>[]; once: boolean; expiresAt: number }): string;
  get(id: string): StoredQuestion<A> | undefined;
  /** Marks a once-only question answered; false when it already was. */
  markAnswered(id: string, at: number): boolean;
}

/** A button's value: the question and the option (1-based), e.g. `q:k3m9x2abqd:2`. */
const BUTTON_VALUE = /^q:([a-z2-7]{10}):(\d{1,2})$/;

/** The value a button carries for option `n` (1-based) of question `id`: short enough for any channel. */
export function buttonValue(id: string, n: number): string {
  return `q:${id}:${n}`;
}

/** The question and option a message names, when it is a button's value. */
export function parseButton(text: string): { id: string; n: number } | undefined {
  const m = BUTTON_VALUE.exec(text);
  return m ? { id: m[1]!, n: Number(m[2]) } : undefined;
}

/** Expired questions are kept this long (so a press can still be told "expired" by what it was), then deleted. */
const KEEP_EXPIRED_MS = 7 * 24 * 60 * 60 * 1000;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * The question store over a connection. Each create also deletes questions that expired more than a week ago.
 *
 * @example
 * const questions = createQuestionStore(sqliteConnection(db), Date.now);
 * const id = questions.create({ userId, prompt: 'Which milk?', options, once: true, expiresAt });
 */
export function createQuestionStore<A = unknown>(conn: SqlConnection, now: () => number): QuestionStore<A> {
  const insert = conn.statement(
    'INSERT INTO questions (id, user_id, prompt, options, once, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const prune = conn.statement('DELETE FROM questions WHERE expires_at < ?');
  const byId = conn.statement<{ id: string; user_id: number; prompt: string; options: string; once: number; answered_at: number | null; expires_at: number }>(
    'SELECT id, user_id, prompt, options, once, answered_at, expires_at FROM questions WHERE id = ?',
  );
  const answer = conn.statement('UPDATE questions SET answered_at = ? WHERE id = ? AND answered_at IS NULL');
  return {
    create(q) {
      const id = Array.from(crypto.randomBytes(10), (b) => ID_ALPHABET[b % 32]).join('');
      prune.run(now() - KEEP_EXPIRED_MS);
      insert.run(id, q.userId, q.prompt.slice(0, 500), JSON.stringify(q.options), q.once ? 1 : 0, now(), q.expiresAt);
      return id;
    },
    get(id) {
      const row = byId.get(id);
      if (!row) return undefined;
      return {
        id: row.id,
        userId: row.user_id,
        prompt: row.prompt,
        options: JSON.parse(row.options) as StoredOption<A>[],
        once: row.once === 1,
        answeredAt: row.answered_at,
        expiresAt: row.expires_at,
      };
    },
    markAnswered: (id, at) => answer.run(at, id).changes > 0,
  };
}
