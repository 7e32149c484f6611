import { dailyPrices, medianCents, startOfUtcDay, type PricePoint } from './daily-prices.js';

/** A change smaller than this (either way, against the 30-day median) reads as "flat". */
export const TREND_FLAT_PCT = 2;
/** A price at most this far above the 90-day low counts as "at the 90-day low". */
export const LOW_90D_TOLERANCE_PCT = 2;
/** Fewer days of history than this and we make no claims about lows or drops. */
export const MIN_HISTORY_DAYS = 7;

/** How a product's current price compares with its recent history. */
export interface PriceTrend {
  direction: 'down' | 'up' | 'flat';
  /** Current price against the 30-day median, in percent, one decimal (-12.1 means 12.1% lower). */
  changePct30d: number;
  /** Median of the daily prices in the 30 days before today; the current price when there is no history. */
  median30Cents: number;
  /** Lowest price in the 90 days before today, or today's price if lower. */
  low90Cents: number;
  /** Highest price in the 90 days before today, or today's price if higher. */
  high90Cents: number;
  /** At or within {@link LOW_90D_TOLERANCE_PCT}% of the 90-day low and below the 30-day median. */
  isLow90: boolean;
  /** Days of history the 30-day median was taken over (0 to 30). */
  historyDays: number;
}

/**
 * Compares `currentCents` with the product's history. Windows are whole UTC days before today;
 * today's own observations never count, so the current price is never compared with itself.
 *
 * @param history observations sorted ascending; only those before today are used
 */
export function computeTrend(currentCents: number, history: readonly PricePoint[], now: number): PriceTrend {
  const today = startOfUtcDay(now);
  const days30 = dailyPrices(history, today, 30);
  const days90 = dailyPrices(history, today, 90);
  const median30 = medianCents(days30) ?? currentCents;
  const changePct30d = median30 > 0 ? Math.round(((currentCents - median30) / median30) * 1000) / 10 : 0;
  const direction = changePct30d <= -TREND_FLAT_PCT ? 'down' : changePct30d >= TREND_FLAT_PCT ? 'up' : 'flat';
  const low90 = Math.min(currentCents, ...days90);
  const high90 = Math.max(currentCents, ...days90);
  const isLow90 =
    days30.length >= MIN_HISTORY_DAYS &&
    currentCents * 100 <= low90 * (100 + LOW_90D_TOLERANCE_PCT) &&
    currentCents < median30;
  return {
    direction,
    changePct30d,
    median30Cents: median30,
    low90Cents: low90,
    high90Cents: high90,
    isLow90,
    historyDays: days30.length,
  };
}
