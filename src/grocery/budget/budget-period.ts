import { localDateOf, startOfLocalDay } from './zoned-time.js';

/** How often a budget resets. */
export type BudgetPeriod = 'week' | 'month';

/** The period `now` falls in: [start, end) in epoch ms. */
export interface PeriodBounds {
  start: number;
  end: number;
}

/**
 * The budget period containing `now`: weeks start on Sunday at local midnight, months on the 1st.
 *
 * @param timeZone an IANA zone known to be valid (callers fall back to 'UTC')
 * @example
 * periodBounds(Date.UTC(2024, 1, 29), 'month', 'UTC') // { start: Feb 1 2024, end: Mar 1 2024 }
 */
export function periodBounds(now: number, period: BudgetPeriod, timeZone: string): PeriodBounds {
  const today = localDateOf(now, timeZone);
  if (period === 'month') {
    return {
      start: startOfLocalDay({ year: today.year, month: today.month, day: 1 }, timeZone),
      end: startOfLocalDay({ year: today.year, month: today.month + 1, day: 1 }, timeZone),
    };
  }
  const weekday = new Date(Date.UTC(today.year, today.month, today.day)).getUTCDay(); // 0 = Sunday
  const sunday = today.day - weekday;
  return {
    start: startOfLocalDay({ year: today.year, month: today.month, day: sunday }, timeZone),
    end: startOfLocalDay({ year: today.year, month: today.month, day: sunday + 7 }, timeZone),
  };
}
