import { createCatalogRepository } from '../../store/catalog/index.js';
import type { Db } from '../../store/database.js';
import { sqliteConnection } from '../../store/sql.js';
import { createCatalog, type Catalog } from '../catalog/index.js';
import { systemClock, type Clock } from '../types.js';
import { activeDeals, type ActiveDeal, type ActiveDealsQuery } from './active-deals.js';
import { dealsForItems, type DealItem, type ItemDeals } from './deals-for-items.js';
import { applyDeals, detectDeals, findDealsInSlices, type DealChanges, type FoundDeals } from './detect-deals.js';

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
 * Builds the deal service. Pass the app's `catalog` to share its caches; otherwise one is made
 * on first need.
 *
 * @example
 * const deals = createDealService({ db, now: () => Date.now() });
 * const { started } = deals.detectDeals();
 * deals.activeDeals({ category: 'eggs', limit: 5 });
 */
export function createDealService(deps: { db: Db; now?: Clock; catalog?: Pick<Catalog, 'bestMatch' | 'getMany'> }): DealService {
  const { db } = deps;
  const clock = deps.now ?? systemClock;
  // Only needed to match list items to deals; built lazily so a deal scan job never pays for it.
  let catalog = deps.catalog;
  const lookup = () => (catalog ??= createCatalog(createCatalogRepository(sqliteConnection(db))));
  const bestMatch = (name: string) => lookup().bestMatch(name);
  const getMany = (ids: readonly number[]) => lookup().getMany(ids);
  return {
    detectDeals: (now = clock()) => detectDeals(db, now),
    findDeals: (now = clock()) => findDealsInSlices(db, now),
    applyDeals: (found, now = clock()) => applyDeals(db, now, found),
    activeDeals: (query) => activeDeals(db, query),
    dealsForItems: (items) => dealsForItems(db, items, { bestMatch, getMany }),
  };
}
