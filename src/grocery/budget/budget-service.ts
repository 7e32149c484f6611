import type { BudgetRepository } from '../../store/budget/index.js';
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
 * const budgets = createBudgetService({ budgets: budgetRepository, now: () => Date.now() });
 * budgets.setBudget(userId, 150_00, 'week');
 * budgets.budgetStatus(userId, { listTotalCents: 42_17 })?.remainingCents;
 */
export function createBudgetService(deps: { budgets: BudgetRepository; now?: Clock }): BudgetService {
  const { budgets } = deps;
  const now = deps.now ?? systemClock;

  const getBudget = (userId: number): Budget | undefined => budgets.get(userId);

  return {
    setBudget(userId, amountCents, period) {
      checkAmount(amountCents, 'budget', MAX_BUDGET_CENTS);
      if (period !== 'week' && period !== 'month') {
        throw new AppError('BAD_INPUT', { detail: `budget period ${String(period)}` });
      }
      const at = now();
      const budget: Budget = { userId, amountCents, period, updatedAt: at };
      budgets.set(budget);
      return budget;
    },
    getBudget,
    clearBudget: (userId) => budgets.remove(userId),
    budgetStatus(userId, opts = {}) {
      const budget = getBudget(userId);
      if (!budget) return undefined;
      const listTotalCents = opts.listTotalCents ?? 0;
      checkAmount(listTotalCents, 'list total', Number.MAX_SAFE_INTEGER);
      const timeZone = validZone(budgets.timeZoneOf(userId));
      const { start, end } = periodBounds(now(), budget.period, timeZone);
      const spentCents = budgets.spentBetween(userId, start, end);
      const remainingCents = budget.amountCents - spentCents - listTotalCents;
      return {
        amountCents: budget.amountCents,
        period: budget.period,
        periodStart: start,
        periodEnd: end,
        spentCents,
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
