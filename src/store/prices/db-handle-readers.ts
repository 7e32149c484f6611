import type { Product } from '../../grocery/types.js';
import type { Db } from '../database.js';
import { sqliteConnection, transactor, type SqlConnection, type Transactor } from '../sql.js';
import { createPriceHistoryRepository, type PriceHistoryRepository } from './price-history-repository.js';
import { createPriceRepository, type PriceRepository } from './price-repository.js';

/*
 * Transitional: the price repositories over a database handle, for the callers outside prices that
 * still hold a `Db` (list totals, price alerts, the deal scan and price refresh jobs) while their
 * areas move behind repositories. Delete once nothing imports them.
 */

interface PriceStores {
  prices: PriceRepository;
  history: PriceHistoryRepository;
  transactor: Transactor;
}

const stores = new WeakMap<SqlConnection, PriceStores>();

/**
 * The price repositories and a transactor over `db`, made once per database.
 *
 * @deprecated Take the repositories (built in src/main.ts) instead of a `Db`.
 */
export function priceStoresOf(db: Db): PriceStores {
  const conn = sqliteConnection(db);
  let s = stores.get(conn);
  if (!s) stores.set(conn, (s = { prices: createPriceRepository(conn), history: createPriceHistoryRepository(conn), transactor: transactor(conn) }));
  return s;
}

/**
 * Products by id over a database handle: {@link PriceRepository.products}.
 *
 * @deprecated Take a {@link PriceRepository} instead of a `Db`.
 */
export function loadProducts(db: Db, ids: readonly number[]): Map<number, Product> {
  return priceStoresOf(db).prices.products(ids);
}
