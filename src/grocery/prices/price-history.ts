import type { PriceHistoryRepository } from '../../store/prices/index.js';
import { DAY_MS } from '../types.js';
import { startOfUtcDay, type PricePoint } from './daily-prices.js';

/** How far back trends look: the 90-day window plus the observation that carries into it. */
export const HISTORY_DAYS = 90;

/** The first instant of the {@link HISTORY_DAYS} window ending `now`. */
function windowStart(now: number): number {
  return startOfUtcDay(now) - HISTORY_DAYS * DAY_MS;
}

/**
 * Price observations for products over the last {@link HISTORY_DAYS} days up to `now`, plus for
 * each product the last observation before that window (its price on the window's first day when
 * nothing was observed that day). Sorted ascending per product.
 */
export function readHistories(history: Pick<PriceHistoryRepository, 'histories'>, productIds: readonly number[] | 'all', now: number): Map<number, PricePoint[]> {
  return history.histories(productIds, windowStart(now), now);
}

/**
 * Every product's history as {@link readHistories} gives it, one product at a time in product id
 * order, without holding them all: the deal scan reads about 100 points for each of thousands of
 * products, which as one map was ~90 MB of short-lived heap at every start. `each` is called for
 * every product id in `productIds` (ascending), with [] when it has no observations.
 */
export function eachHistory(
  history: Pick<PriceHistoryRepository, 'eachHistory'>,
  productIds: readonly number[],
  now: number,
  each: (productId: number, points: PricePoint[]) => void,
): void {
  if (productIds.length === 0) return;
  history.eachHistory(productIds, windowStart(now), now, each);
}
