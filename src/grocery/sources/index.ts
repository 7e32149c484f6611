/**
 * Where current prices come from: a {@link PriceSource} is the demo feed (embedded default) or the
 * Walmart Affiliate API client; the price refresh job asks one in batches and records what it says.
 */
export type { PriceQuote, PricedProduct, PriceSource } from './price-source.js';
export {
  createDemoPriceFeed,
  demoMoveAt,
  DEMO_FEED_MAX_BATCH,
  DEMO_FEED_TICK_MS,
  DEMO_PRICE_NOTE,
  type DemoPriceFeedOptions,
} from './demo-price-feed.js';
export {
  createWalmartClient,
  WALMART_API_URL,
  WALMART_MAX_IDS,
  type WalmartClient,
  type WalmartClientOptions,
  type WalmartItem,
} from './walmart-client.js';
export { createWalmartPriceSource, type WalmartPriceSourceOptions } from './walmart-price-source.js';
