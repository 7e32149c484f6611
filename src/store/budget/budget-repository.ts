import type { SqlConnection } from '../sql.js';

/** A user's budget as stored. */
export interface BudgetRecord {
  userId: number;
  amountCents: number;
  period: 'week' | 'month';
  updatedAt: number;
}

/** Budgets (`budgets`), and what they are measured against: orders placed and the user's time zone. */
export interface BudgetRepository {
  get(userId: number): BudgetRecord | undefined;
  /** Sets the user's budget, replacing any they had. */
  set(budget: BudgetRecord): void;
  /** Removes the user's budget; true when there was one. */
  remove(userId: number): boolean;
  /** What the user's orders placed in [from, to) add up to, in cents. */
  spentBetween(userId: number, from: number, to: number): number;
  /** The time zone the user set (`users.timezone`), as stored: null when none. */
  timeZoneOf(userId: number): string | null | undefined;
}

/**
 * The budget repository over a connection. Statements are prepared once: "how much is my list?"
 * asks for the budget every time, and preparing cost more than the query.
 *
 * @example
 * const budgets = createBudgetRepository(sqliteConnection(db));
 * budgets.set({ userId, amountCents: 150_00, period: 'week', updatedAt: Date.now() });
 */
export function createBudgetRepository(conn: SqlConnection): BudgetRepository {
  const byUser = conn.statement<{ user_id: number; amount_cents: number; period: 'week' | 'month'; updated_at: number }>(
    'SELECT user_id, amount_cents, period, updated_at FROM budgets WHERE user_id = ?',
  );
  const spentIn = conn.statement<{ s: number }>(
    'SELECT COALESCE(SUM(total_cents), 0) AS s FROM orders WHERE user_id = ? AND ordered_at >= ? AND ordered_at < ?',
  );
  const timeZone = conn.statement<{ timezone: string | null }>('SELECT timezone FROM users WHERE id = ?');
  const upsert = conn.statement(
    `INSERT INTO budgets (user_id, amount_cents, period, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET amount_cents = excluded.amount_cents, period = excluded.period,
       updated_at = excluded.updated_at`,
  );
  const remove = conn.statement('DELETE FROM budgets WHERE user_id = ?');

  return {
    get(userId) {
      const row = byUser.get(userId);
      return row && { userId: row.user_id, amountCents: row.amount_cents, period: row.period, updatedAt: row.updated_at };
    },
    set: (b) => void upsert.run(b.userId, b.amountCents, b.period, b.updatedAt),
    remove: (userId) => remove.run(userId).changes > 0,
    spentBetween: (userId, from, to) => spentIn.get(userId, from, to)!.s,
    timeZoneOf: (userId) => timeZone.get(userId)?.timezone,
  };
}
