/**
 * How main.ts builds the repositories of alerts, jobs and preference memory over the database it
 * opened (issue 17: the domain takes repositories, never the database). The price domain's reads
 * and writes the jobs share are passed through until that domain has repositories of its own.
 */
import { loadProducts, recordPrices } from './grocery/prices/index.js';
import type { ProductLookup } from './grocery/alerts/index.js';
import type { JobName, JobStore, JobStores, JobSummary } from './jobs/index.js';
import {
  createAlertAudienceRepository,
  createAlertWeekRepository,
  createNotificationRepository,
  createPriceAlertRepository,
  type AlertWeekRepository,
  type NotificationRepository,
} from './store/alerts/index.js';
import { openDatabase, type Db } from './store/database.js';
import { createJobRepository, createJobTargetRepository } from './store/jobs/index.js';
import { createMemoryStores, type MemoryStores } from './store/memory/index.js';
import { createQuestionStore } from './store/question-store.js';
import { sqliteConnection, transactor } from './store/sql.js';

/** Products by id, read fresh from the database. */
export function productLookupOver(db: Db): ProductLookup {
  return (ids) => loadProducts(db, ids);
}

/**
 * What the background jobs and the notifier read and write, over one database.
 *
 * @example
 * const jobs = createJobs({ stores: jobStoresOver(db, now), logger, now, ... });
 */
export function jobStoresOver(db: Db, now: () => number): JobStores {
  const conn = sqliteConnection(db);
  return {
    transactor: transactor(conn),
    runs: createJobRepository<JobName, JobSummary>(conn, now),
    targets: createJobTargetRepository(conn),
    notifications: createNotificationRepository(conn),
    audience: createAlertAudienceRepository(conn),
    priceAlerts: createPriceAlertRepository(conn),
    questions: createQuestionStore(db, now),
    products: productLookupOver(db),
    recordPrices: (quotes, opts) => recordPrices(db, quotes, opts),
  };
}

/** The preference memory's repositories (and its sqlite-vec vectors) over one database. */
export function memoryStoresOver(db: Db): MemoryStores {
  return createMemoryStores(sqliteConnection(db));
}

/** The alert-week simulation's checks over its scratch database. */
export function alertWeekRepositoryOver(db: Db): AlertWeekRepository {
  return createAlertWeekRepository(sqliteConnection(db));
}

/**
 * What `grocery-agent jobs` reads, from the database under `dataDir` (opened and migrated, so it
 * works whether the app is running or not); `close()` when done.
 */
export function openJobsReportStores(dataDir: string): { runs: JobStore; notifications: NotificationRepository; close(): void } {
  const db = openDatabase({ dataDir });
  const conn = sqliteConnection(db);
  return { runs: createJobRepository<JobName, JobSummary>(conn, Date.now), notifications: createNotificationRepository(conn), close: () => db.close() };
}
