import { formatCents } from '../money.js';
import { LOW_90D_TOLERANCE_PCT, MIN_HISTORY_DAYS, type PriceTrend } from '../prices/index.js';

/**
 * The deal rules, in one place (docs/deals.md explains them for people):
 *
 * - `rollback`: the store marks a was-price above the current price (was_price_cents > price_cents).
 *   Reference: the was-price.
 * - `price_drop`: the current price is at least {@link PRICE_DROP_MIN_PCT}% below the median of the
 *   daily prices in the 30 days before today. Reference: that median.
 * - `low_90d`: the current price is at, or within {@link LOW_90D_TOLERANCE_PCT}% above, the lowest
 *   daily price of the last 90 days, while being below the 30-day median (so a price that never
 *   moves is not a "low"). Reference: the 30-day median.
 *
 * History-based rules need at least {@link MIN_HISTORY_DAYS} days of history in the 30-day window.
 * All comparisons are in integer cents (price * 100 <= median * 90), so "exactly 10%" is a deal
 * and one cent less off is not.
 */
export const PRICE_DROP_MIN_PCT = 10;
export { LOW_90D_TOLERANCE_PCT, MIN_HISTORY_DAYS };

/** The three kinds of deal, as stored in `deals.kind`. */
export type DealKind = 'rollback' | 'price_drop' | 'low_90d';

/** A deal the rules say a product has right now. */
export interface DealCandidate {
  productId: number;
  kind: DealKind;
  priceCents: number;
  /** What the deal is measured against: the was-price, or the 30-day median. */
  referenceCents: number;
  /** Percent off the reference, one decimal. */
  pctOff: number;
}

/** Applies the rules to one product's current price and trend. */
export function dealsFor(
  product: { id: number; priceCents: number; wasPriceCents: number | null },
  trend: PriceTrend,
): DealCandidate[] {
  const out: DealCandidate[] = [];
  const price = product.priceCents;
  const add = (kind: DealKind, referenceCents: number) =>
    out.push({ productId: product.id, kind, priceCents: price, referenceCents, pctOff: pctOff(price, referenceCents) });
  if (product.wasPriceCents !== null && product.wasPriceCents > price) add('rollback', product.wasPriceCents);
  if (trend.historyDays >= MIN_HISTORY_DAYS) {
    const median = trend.median30Cents;
    if (price * 100 <= median * (100 - PRICE_DROP_MIN_PCT)) add('price_drop', median);
    if (trend.isLow90) add('low_90d', median);
  }
  return out;
}

/** Percent off `reference`, one decimal. */
export function pctOff(priceCents: number, referenceCents: number): number {
  return referenceCents > 0 ? Math.round(((referenceCents - priceCents) / referenceCents) * 1000) / 10 : 0;
}

/**
 * How a deal reads after the product name.
 *
 * @example
 * describeDeal('rollback', 250, 300) // "on rollback ($2.50, was $3.00)"
 */
export function describeDeal(kind: DealKind, priceCents: number, referenceCents: number): string {
  const price = formatCents(priceCents);
  const ref = formatCents(referenceCents);
  switch (kind) {
    case 'rollback':
      return `on rollback (${price}, was ${ref})`;
    case 'price_drop':
      return `down ${Math.round(pctOff(priceCents, referenceCents))}% (${price}, usually ${ref})`;
    case 'low_90d':
      return `at its lowest price in 90 days (${price}, usually ${ref})`;
  }
}
