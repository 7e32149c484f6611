/**
 * Prices: the current price of a product, how it compares with its last 30 and 90 days, a chart
 * of its history, a one-line summary, and what a list costs with the savings deals bring.
 */
export { createPriceService, MAX_CHART_POINTS, type PriceInfo, type PriceService } from './price-service.js';
export {
  computeTrend,
  LOW_90D_TOLERANCE_PCT,
  MIN_HISTORY_DAYS,
  TREND_FLAT_PCT,
  type PriceTrend,
} from './price-trend.js';
export { dailyPrices, downsample, medianCents, startOfUtcDay, type PricePoint } from './daily-prices.js';
export { describePrice } from './describe-price.js';
export { listTotal, type ListTotal, type ListTotalLine, type ListTotalSources } from './list-total.js';
export { eachHistory, HISTORY_DAYS, readHistories } from './price-history.js';
export { recordPrices, type PriceChange, type PriceWriteStores, type RecordPricesOptions } from './record-prices.js';
