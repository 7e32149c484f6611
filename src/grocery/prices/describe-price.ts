import { formatCents, formatUnitPrice } from '../money.js';
import type { Product } from '../types.js';
import { MIN_HISTORY_DAYS, type PriceTrend } from './price-trend.js';

/**
 * One short sentence about a price, for chat replies.
 *
 * @example
 * describePrice(product, trend)
 * // "$3.48 (2.7¢/fl oz), down 12% from its usual $3.96 — lowest in 90 days"
 */
export function describePrice(product: Product, trend: PriceTrend): string {
  let text = formatCents(product.priceCents);
  if (product.unitPrice) text += ` (${formatUnitPrice(product.unitPrice.millicents, product.unitPrice.unit)})`;
  if (product.wasPriceCents !== null && product.wasPriceCents > product.priceCents) {
    text += `, rolled back from ${formatCents(product.wasPriceCents)}`;
  }
  const pct = Math.round(Math.abs(trend.changePct30d));
  if (trend.historyDays >= MIN_HISTORY_DAYS) {
    if (trend.direction === 'down') text += `, down ${pct}% from its usual ${formatCents(trend.median30Cents)}`;
    else if (trend.direction === 'up') text += `, up ${pct}% from its usual ${formatCents(trend.median30Cents)}`;
    else text += ', about its usual price';
  }
  if (trend.isLow90) text += ' — lowest in 90 days';
  if (!product.inStock) text += '. Out of stock right now';
  return text;
}
