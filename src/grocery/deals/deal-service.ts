import type { Catalog } from '../catalog/index.js';
import { systemClock, type Clock } from '../types.js';
import { activeDeals, type ActiveDeal, type ActiveDealsQuery } from './active-deals.js';
import { dealsForItems, type DealItem, type ItemDeals } from './deals-for-items.js';
import { applyDeals, detectDeals, findDealsInSlices, type DealChanges, type DealStores, type FoundDeals } from './detect-deals.js';

/** Deal detection and lookups. */
export interface DealService {
  /** Recomputes the deals table as of `now` (default: the clock); returns what started and ended. */
  detectDeals(now?: number): DealChanges;
  /**
   * The first half of {@link detectDeals}, without holding up the event loop: the deals the rules
   * find as of `now`, read in slices. Hand them to {@link applyDeals}.
   */
  findDeals(now?: number): Promise<FoundDeals>;
  /** The second half of {@link detectDeals}: brings the deals table in line with `found`, in one transaction. */
  applyDeals(found: FoundDeals, now?: number): DealChanges;
  /** Active deals ranked by savings, one per product. */
  activeDeals(query?: ActiveDealsQuery): ActiveDeal[];
  /** Current deals that concern the given list items. */
  dealsForItems(items: readonly DealItem[]): ItemDeals[];
}

/**
 * Builds the deal service over the deals table and the price history. Pass the app's `catalog` to
 * match list items by name through its matcher (synonyms, typos) and read products through its
 * caches; without one, list items are matched by category and product name only.
 *
 * @example
 * const deals = createDealService({ deals: dealRepo, history, transactor: transactor(conn), catalog, now: () => Date.now() });
 * const { started } = deals.detectDeals();
 * deals.activeDeals({ category: 'eggs', limit: 5 });
 */
export function createDealService(deps: DealStores & { now?: Clock; catalog?: Pick<Catalog, 'bestMatch' | 'getMany'> }): DealService {
  const clock = deps.now ?? systemClock;
  const stores: DealStores = { deals: deps.deals, history: deps.history, transactor: deps.transactor, scanReader: deps.scanReader };
  const { catalog } = deps;
  const matching = catalog ? { bestMatch: (name: string) => catalog.bestMatch(name), getMany: (ids: readonly number[]) => catalog.getMany(ids) } : {};
  return {
    detectDeals: (now = clock()) => detectDeals(stores, now),
    findDeals: (now = clock()) => findDealsInSlices(stores, now),
    applyDeals: (found, now = clock()) => applyDeals(stores, now, found),
    activeDeals: (query) => activeDeals(stores.deals, query),
    dealsForItems: (items) => dealsForItems(stores.deals, items, matching),
  };
}
