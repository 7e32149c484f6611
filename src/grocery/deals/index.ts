/**
 * Deals: rollbacks, price drops against the 30-day median and 90-day lows, detected from prices
 * and history (rules in deal-rules.ts and docs/deals.md), ranked by savings and matched to lists.
 */
export { createDealService, type DealService } from './deal-service.js';
export {
  dealsFor,
  describeDeal,
  LOW_90D_TOLERANCE_PCT,
  MIN_HISTORY_DAYS,
  pctOff,
  PRICE_DROP_MIN_PCT,
  type DealCandidate,
  type DealKind,
} from './deal-rules.js';
export { applyDeals, detectDeals, findDeals, findDealsInSlices, type DealChanges, type DealRecord, type DealStores, type FoundDeals } from './detect-deals.js';
export { activeDeals, DEFAULT_DEAL_LIMIT, type ActiveDeal, type ActiveDealsQuery } from './active-deals.js';
export { dealsForItems, RELATED_DEALS_PER_ITEM, type DealItem, type DealMatch, type ItemDeals } from './deals-for-items.js';
