import type { Db } from '../../store/database.js';
import { AppError } from '../../errors.js';
import { systemClock, type Clock } from '../types.js';
import { periodBounds, type BudgetPeriod } from './budget-period.js';
import { isValidTimeZone } from './zoned-time.js';

/** The largest budget we accept: $100,000. Anything above is a typo, not a grocery budget. */
export const MAX_BUDGET_CENTS = 10_000_000;

/** A user's budget as set. */
export interface Budget {
  userId: number;
  amountCents: number;
  period: BudgetPeriod;
  updatedAt: number;
}

/** Where a user stands against their budget in the current period. */
export interface BudgetStatus {
  amountCents: number;
  period: BudgetPeriod;
  /** Start of the current period (inclusive), epoch ms. */
  periodStart: number;
  /** Start of the next period (exclusive), epoch ms. */
  periodEnd: number;
  /** Sum of the user's orders placed in the period. */
  spentCents: number;
  /** The list total passed in (what the user is about to spend); 0 when not given. */
  listTotalCents: number;
  /** amount - spent - list total; negative when over. */
  remainingCents: number;
  /** How far over the budget, present only when over. */
  overBy?: number;
  /** The zone the period was computed in: the user's, or 'UTC'. */
  timeZone: string;
}

/** Budgets per user. */
export interface BudgetService {
  /** Sets (or replaces) the user's budget; refuses bad amounts with AppError INVALID_AMOUNT, changing nothing. */
  setBudget(userId: number, amountCents: number, period: BudgetPeriod): Budget;
  /** The user's budget, or undefined when none is set. */
  getBudget(userId: number): Budget | undefined;
  /** Removes the user's budget; true when there was one. */
  clearBudget(userId: number): boolean;
  /** The current period's status, or undefined when the user has no budget. */
  budgetStatus(userId: number, opts?: { listTotalCents?: number }): BudgetStatus | undefined;
}

/**
 * Builds the budget service. Periods are computed in the user's time zone (`users.timezone`),
 * or UTC when none is set or it is not a zone we know.
 *
 * @example
 * const budgets = createBudgetService({ db, now: () => Date.now() });
 * budgets.setBudget(userId, 150_00, 'week');
 * budgets.budgetStatus(userId, { listTotalCents: 42_17 })?.remainingCents;
 */
export function createBudgetService(deps: { db: Db; now?: Clock }): BudgetService {
  const { db } = deps;
  const now = deps.now ?? systemClock;
  // Prepared once: "how much is my list?" asks for the budget every time, and preparing cost more than the query.
  const budgetRow = db.prepare<[number], { user_id: number; amount_cents: number; period: BudgetPeriod; updated_at: number }>(
    'SELECT user_id, amount_cents, period, updated_at FROM budgets WHERE user_id = ?',
  );
  const spentIn = db.prepare<[number, number, number], { s: number }>(
    'SELECT COALESCE(SUM(total_cents), 0) AS s FROM orders WHERE user_id = ? AND ordered_at >= ? AND ordered_at < ?',
  );
  const timeZoneRow = db.prepare<[number], { timezone: string | null }>('SELECT timezone FROM users WHERE id = ?');
  const upsert = db.prepare<[number, number, BudgetPeriod, number]>(
    `INSERT INTO budgets (user_id, amount_cents, period, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (user_id) DO UPDATE SET amount_cents = excluded.amount_cents, period = excluded.period,
       updated_at = excluded.updated_at`,
  );
  const remove = db.prepare<[number]>('DELETE FROM budgets WHERE user_id = ?');

  function getBudget(userId: number): Budget | undefined {
    const row = budgetRow.get(userId);
    return row && { userId: row.user_id, amountCents: row.amount_cents, period: row.period, updatedAt: row.updated_at };
  }

  return {
    setBudget(userId, amountCents, period) {
      checkAmount(amountCents, 'budget', MAX_BUDGET_CENTS);
      if (period !== 'week' && period !== 'month') {
        throw new AppError('BAD_INPUT', { detail: `budget period ${String(period)}` });
      }
      const at = now();
      upsert.run(userId, amountCents, period, at);
      return { userId, amountCents, period, updatedAt: at };
    },
    getBudget,
    clearBudget: (userId) => remove.run(userId).changes > 0,
    budgetStatus(userId, opts = {}) {
      const budget = getBudget(userId);
      if (!budget) return undefined;
      const listTotalCents = opts.listTotalCents ?? 0;
      checkAmount(listTotalCents, 'list total', Number.MAX_SAFE_INTEGER);
      const timeZone = validZone(timeZoneRow.get(userId)?.timezone);
      const { start, end } = periodBounds(now(), budget.period, timeZone);
      const spent = spentIn.get(userId, start, end)!;
      const remainingCents = budget.amountCents - spent.s - listTotalCents;
      return {
        amountCents: budget.amountCents,
        period: budget.period,
        periodStart: start,
        periodEnd: end,
        spentCents: spent.s,
        listTotalCents,
        remainingCents,
        ...(remainingCents < 0 ? { overBy: -remainingCents } : {}),
        timeZone,
      };
    },
  };
}

/** Whole, non-negative cents up to `max`; anything else is refused. */
function checkAmount(cents: number, what: string, max: number): void {
  if (typeof cents !== 'number' || !Number.isInteger(cents) || cents < 0 || cents > max) {
    throw new AppError('INVALID_AMOUNT', { detail: `${what} ${String(cents)} cents` });
  }
}

/** The user's stored zone when it is one we know, else 'UTC'. */
function validZone(stored: string | null | undefined): string {
  const tz = stored?.trim();
  return tz && isValidTimeZone(tz) ? tz : 'UTC';
}
