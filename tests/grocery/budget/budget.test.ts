import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBudgetService, MAX_BUDGET_CENTS, periodBounds } from '../../../src/grocery/budget/index.js';
import { isAppError } from '../../../src/errors.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { addUser } from '../prices/store-fixture.js';
import { createBudgetRepository } from '../../../src/store/budget/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTempDb()));
afterEach(() => cleanup());

/** The budget service over `db` as createCore wires it. */
function budgetsOn(deps: { db: Db; now?: () => number }) {
  return createBudgetService({ budgets: createBudgetRepository(sqliteConnection(deps.db)), now: deps.now });
}

let orderSeq = 0;
function addOrder(userId: number, at: number, cents: number): void {
  db.prepare('INSERT INTO orders (user_id, external_id, ordered_at, total_cents) VALUES (?, ?, ?, ?)').run(
    userId,
    `o${++orderSeq}`,
    at,
    cents,
  );
}

const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => Date.UTC(y, m - 1, d, h, min, s);

describe('periodBounds', () => {
  it('starts weeks on Sunday: Saturday night is the old week, Sunday midnight the new one', () => {
    // 2026-03-14 is a Saturday.
    expect(periodBounds(utc(2026, 3, 14, 23, 59, 59), 'week', 'UTC')).toEqual({ start: utc(2026, 3, 8), end: utc(2026, 3, 15) });
    expect(periodBounds(utc(2026, 3, 15), 'week', 'UTC')).toEqual({ start: utc(2026, 3, 15), end: utc(2026, 3, 22) });
  });

  it('starts months on the 1st, across a year end', () => {
    expect(periodBounds(utc(2025, 12, 31, 23, 59), 'month', 'UTC')).toEqual({ start: utc(2025, 12, 1), end: utc(2026, 1, 1) });
    expect(periodBounds(utc(2026, 1, 1), 'month', 'UTC')).toEqual({ start: utc(2026, 1, 1), end: utc(2026, 2, 1) });
  });

  it('handles the leap day', () => {
    expect(periodBounds(utc(2024, 2, 29, 12), 'month', 'UTC')).toEqual({ start: utc(2024, 2, 1), end: utc(2024, 3, 1) });
    // Thursday 29 Feb 2024: the week runs Sunday 25 Feb to Sunday 3 Mar.
    expect(periodBounds(utc(2024, 2, 29, 12), 'week', 'UTC')).toEqual({ start: utc(2024, 2, 25), end: utc(2024, 3, 3) });
    expect(periodBounds(utc(2024, 3, 1), 'month', 'UTC')).toEqual({ start: utc(2024, 3, 1), end: utc(2024, 4, 1) });
  });

  it('uses local midnights in a time zone, across a DST change', () => {
    // 03:00 UTC on Sunday 8 March 2026 is still Saturday 22:00 in New York.
    expect(periodBounds(utc(2026, 3, 8, 3), 'week', 'America/New_York')).toEqual({
      start: utc(2026, 3, 1, 5),
      end: utc(2026, 3, 8, 5),
    });
    // The week that starts that Sunday (EST) ends the next Sunday at midnight EDT.
    expect(periodBounds(utc(2026, 3, 9), 'week', 'America/New_York')).toEqual({
      start: utc(2026, 3, 8, 5),
      end: utc(2026, 3, 15, 4),
    });
  });
});

describe('budgetStatus', () => {
  it('counts only orders in the current week and the list about to be bought', () => {
    const user = addUser(db);
    const other = addUser(db);
    const saturdayNight = utc(2026, 3, 14, 23, 30);
    addOrder(user, utc(2026, 3, 7, 23, 59), 9_999); // previous week
    addOrder(user, utc(2026, 3, 8, 0, 0), 40_00); // first instant of this week
    addOrder(user, utc(2026, 3, 14, 20), 25_50);
    addOrder(other, utc(2026, 3, 10), 500_00); // someone else's
    const budgets = budgetsOn({ db, now: () => saturdayNight });
    budgets.setBudget(user, 100_00, 'week');
    expect(budgets.budgetStatus(user, { listTotalCents: 30_00 })).toEqual({
      amountCents: 100_00,
      period: 'week',
      periodStart: utc(2026, 3, 8),
      periodEnd: utc(2026, 3, 15),
      spentCents: 65_50,
      listTotalCents: 30_00,
      remainingCents: 4_50,
      timeZone: 'UTC',
    });
    // An hour later it is Sunday: a new week with nothing spent.
    const sunday = budgetsOn({ db, now: () => saturdayNight + 60 * 60 * 1000 });
    expect(sunday.budgetStatus(user)).toMatchObject({ spentCents: 0, remainingCents: 100_00, periodStart: utc(2026, 3, 15) });
  });

  it('says how far over the budget a list goes', () => {
    const user = addUser(db);
    addOrder(user, utc(2024, 2, 29, 18), 180_00);
    const budgets = budgetsOn({ db, now: () => utc(2024, 2, 29, 20) });
    budgets.setBudget(user, 200_00, 'month');
    const status = budgets.budgetStatus(user, { listTotalCents: 35_25 })!;
    expect(status.remainingCents).toBe(-15_25);
    expect(status.overBy).toBe(15_25);
    expect(budgetsOn({ db, now: () => utc(2024, 3, 1) }).budgetStatus(user)).toMatchObject({
      spentCents: 0,
      remainingCents: 200_00,
    });
  });

  it('uses the user’s time zone for the period', () => {
    const user = addUser(db, { timezone: 'America/Los_Angeles' });
    addOrder(user, utc(2026, 2, 1, 3), 50_00); // 31 Jan, 19:00 in Los Angeles
    const budgets = budgetsOn({ db, now: () => utc(2026, 2, 1, 6) }); // still 31 Jan there
    budgets.setBudget(user, 300_00, 'month');
    expect(budgets.budgetStatus(user)).toMatchObject({
      periodStart: utc(2026, 1, 1, 8),
      periodEnd: utc(2026, 2, 1, 8),
      spentCents: 50_00,
      timeZone: 'America/Los_Angeles',
    });
  });

  it('falls back to UTC for a time zone it does not know', () => {
    const user = addUser(db, { timezone: 'Mars/Olympus_Mons' });
    const budgets = budgetsOn({ db, now: () => utc(2026, 2, 1, 6) });
    budgets.setBudget(user, 300_00, 'month');
    expect(budgets.budgetStatus(user)).toMatchObject({ periodStart: utc(2026, 2, 1), timeZone: 'UTC' });
  });

  it('has no status without a budget', () => {
    const user = addUser(db);
    expect(budgetsOn({ db }).budgetStatus(user)).toBeUndefined();
  });
});

describe('setBudget', () => {
  it('replaces the amount and period', () => {
    const user = addUser(db);
    const budgets = budgetsOn({ db, now: () => utc(2026, 3, 1) });
    budgets.setBudget(user, 150_00, 'week');
    budgets.setBudget(user, 600_00, 'month');
    expect(budgets.getBudget(user)).toMatchObject({ amountCents: 600_00, period: 'month' });
  });

  it('accepts exactly $100,000', () => {
    const user = addUser(db);
    expect(budgetsOn({ db }).setBudget(user, MAX_BUDGET_CENTS, 'month').amountCents).toBe(10_000_000);
  });

  it.each([-1, Number.NaN, MAX_BUDGET_CENTS + 1, Number.POSITIVE_INFINITY, 12.5])(
    'refuses %s cents with INVALID_AMOUNT and keeps the old budget',
    (bad) => {
      const user = addUser(db);
      const budgets = budgetsOn({ db, now: () => utc(2026, 3, 1) });
      budgets.setBudget(user, 150_00, 'week');
      let caught: unknown;
      try {
        budgets.setBudget(user, bad, 'month');
      } catch (err) {
        caught = err;
      }
      expect(isAppError(caught, 'INVALID_AMOUNT')).toBe(true);
      expect(budgets.getBudget(user)).toEqual({ userId: user, amountCents: 150_00, period: 'week', updatedAt: utc(2026, 3, 1) });
    },
  );

  it('refuses a bad amount for a user with no budget and creates none', () => {
    const user = addUser(db);
    const budgets = budgetsOn({ db });
    expect(() => budgets.setBudget(user, -500, 'week')).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(budgets.getBudget(user)).toBeUndefined();
    expect(db.prepare('SELECT COUNT(*) AS n FROM budgets').get()).toEqual({ n: 0 });
  });
});
