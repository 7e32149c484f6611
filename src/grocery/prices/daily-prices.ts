import { DAY_MS } from '../types.js';

/** One observed price. */
export interface PricePoint {
  at: number;
  priceCents: number;
}

/** Midnight UTC of the day `ms` falls in. Deal windows count whole UTC days. */
export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/**
 * One price per day for the `days` whole UTC days before `today` (oldest first).
 *
 * A day's price is the last one observed up to the end of that day, so a price carries forward
 * over days nobody observed: a shelf price holds until it changes, and sources that only record
 * changes give the same answer as sources that record every day. Days before the first
 * observation are left out rather than guessed.
 *
 * @param points observations sorted by time, ascending; may start before the window
 * @param today midnight UTC of the current day (excluded from the window)
 */
export function dailyPrices(points: readonly PricePoint[], today: number, days: number): number[] {
  const out: number[] = [];
  let i = 0;
  let last: number | undefined;
  for (let d = today - days * DAY_MS; d < today; d += DAY_MS) {
    const end = d + DAY_MS;
    while (i < points.length && points[i]!.at < end) {
      last = points[i]!.priceCents;
      i++;
    }
    if (last !== undefined) out.push(last);
  }
  return out;
}

/** The median, rounded to the nearest cent; undefined for no values. */
export function medianCents(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * At most `max` points for a chart, evenly spaced over the series, always keeping the first and
 * the last so the chart spans the whole range and ends at today's price.
 */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return [...points];
  if (max <= 1) return points.slice(-1);
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let k = 0; k < max; k++) out.push(points[Math.round(k * step)]!);
  return out;
}
