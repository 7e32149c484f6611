import type { Catalog } from '../../src/grocery/catalog/index.js';
import { catalogOf } from './catalog.js';
import { createDealReferenceRepository } from '../../src/store/lists/index.js';
import { createDealService, type DealService } from '../../src/grocery/deals/index.js';
import { createPriceService, listTotal, type PriceService } from '../../src/grocery/prices/index.js';
import { createSubstituteService, type SubstituteService } from '../../src/grocery/substitutes/index.js';
import type { Clock } from '../../src/grocery/types.js';
import type { ProductCache } from '../../src/store/cache/index.js';
import type { Db } from '../../src/store/database.js';
import { createDealRepository, type DealRepository } from '../../src/store/deals/index.js';
import { createPriceHistoryRepository, createPriceRepository, type PriceHistoryRepository, type PriceRepository } from '../../src/store/prices/index.js';
import { sqliteConnection, transactor, type Transactor } from '../../src/store/sql.js';

/** The price and deal repositories over a test database, built as src/main.ts builds them. */
export function priceStores(db: Db): { prices: PriceRepository; history: PriceHistoryRepository; deals: DealRepository; transactor: Transactor } {
  const conn = sqliteConnection(db);
  return { prices: createPriceRepository(conn), history: createPriceHistoryRepository(conn), deals: createDealRepository(conn), transactor: transactor(conn) };
}

/** The price service over a test database, wired as src/main.ts wires it. */
export function priceServiceOver(db: Db, opts: { now?: Clock; cache?: ProductCache } = {}): PriceService {
  const s = priceStores(db);
  return createPriceService({ products: s.prices, history: s.history, listTotal: (lines) => listTotal({ products: (ids) => s.prices.products(ids), dealReferences: createDealReferenceRepository(sqliteConnection(db)).activeReferences }, lines), ...opts });
}

/**
 * The deal service over a test database, wired as src/main.ts wires it: with the catalog over the
 * same database (made on first need) unless `catalog` is given.
 */
export function dealServiceOver(db: Db, opts: { now?: Clock; catalog?: Pick<Catalog, 'bestMatch' | 'getMany'> } = {}): DealService {
  const s = priceStores(db);
  let made: Catalog | undefined;
  const lazy = {
    bestMatch: (name: string) => (made ??= catalogOf(db)).bestMatch(name),
    getMany: (ids: readonly number[]) => (made ??= catalogOf(db)).getMany(ids),
  };
  return createDealService({ deals: s.deals, history: s.history, transactor: s.transactor, catalog: lazy, ...opts });
}

/** The substitute service over a test database, wired as src/main.ts wires it. */
export function substituteServiceOver(db: Db): SubstituteService {
  return createSubstituteService({ products: priceStores(db).prices });
}
