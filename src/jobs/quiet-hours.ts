import { isValidTimeZone } from '../grocery/budget/index.js';

/** The user fields quiet hours depend on (users.timezone, quiet_start, quiet_end). */
export interface QuietHoursOf {
  timezone: string | null;
  quietStart: number | null;
  quietEnd: number | null;
}

const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The hour of the day (0-23) at `at` in `timeZone`. */
export function localHour(at: number, timeZone: string): number {
  let f = hourFormats.get(timeZone);
  if (!f) hourFormats.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' })));
  return Number(f.formatToParts(new Date(at)).find((p) => p.type === 'hour')?.value ?? 0) % 24;
}

/**
 * True while the person's quiet hours run: from `quietStart` up to (not including) `quietEnd`,
 * whole hours in their time zone (UTC when it is unknown or not valid), wrapping past midnight
 * when start > end (22 -> 7). Equal or missing hours mean no quiet hours.
 *
 * @example
 * inQuietHours({ timezone: 'America/Chicago', quietStart: 22, quietEnd: 7 }, Date.UTC(2026, 10, 2, 5)) // true: 11pm in Chicago
 */
export function inQuietHours(user: QuietHoursOf, at: number): boolean {
  const { quietStart: start, quietEnd: end } = user;
  if (start === null || end === null || start === end) return false;
  const zone = user.timezone && isValidTimeZone(user.timezone) ? user.timezone : 'UTC';
  const hour = localHour(at, zone);
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}
