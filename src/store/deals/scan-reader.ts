import Database from 'better-sqlite3';
import { createPriceHistoryRepository, type PriceHistoryRepository } from '../prices/index.js';
import { sqliteConnection, type SqlConnection } from '../sql.js';
import { createDealRepository, type DealRepository } from './deal-repository.js';

/** What a scan over every product's price history reads, and how it lets go of it. */
export interface ScanReader {
  deals: Pick<DealRepository, 'shelfPricesAfter'>;
  history: Pick<PriceHistoryRepository, 'eachHistory'>;
  /** Runs one step's reads in one read transaction, so a price is read with the history it belongs to. */
  step<T>(work: () => T): T;
  close(): void;
}

/** Page cache of a scan's own connection, in KiB: a step's pages, not the whole price history. */
const SCAN_CACHE_KIB = 1024;

/**
 * Opens a reader for one scan of the whole price history (the deal scan). On a SQLite file it is
 * a read-only connection of its own with a small page cache, closed when the scan is done: the
 * history's pages pass through it instead of filling the main connection's 32 MB cache with pages
 * no chat turn reads (about 8 MB on the demo store, which an idle server then held for good). On
 * PostgreSQL or an in-memory database there is none (undefined): the scan reads through `conn`.
 */
export function openScanReader(conn: SqlConnection): ScanReader | undefined {
  const db = (conn as { db?: Database.Database }).db;
  if (conn.dialect !== 'sqlite' || !db || db.memory) return undefined;
  const own = new Database(db.name, { readonly: true, fileMustExist: true });
  own.pragma(`busy_timeout = ${db.pragma('busy_timeout', { simple: true }) as number}`);
  own.pragma(`cache_size = -${SCAN_CACHE_KIB}`);
  const reader = sqliteConnection(own);
  const read = own.transaction((work: () => unknown) => work());
  return {
    deals: createDealRepository(reader),
    history: createPriceHistoryRepository(reader),
    step: <T>(work: () => T) => read.deferred(work) as T,
    close: () => own.close(),
  };
}
