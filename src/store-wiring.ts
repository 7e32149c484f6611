/**
 * How main.ts builds the repositories of alerts, jobs and preference memory over the database it
 * opened (issue 17: the domain takes repositories, never the database). The price domain's reads
 * and writes the jobs share are passed through until that domain has repositories of its own.
 */
import { recordPrices } from './grocery/prices/index.js';
import { createPriceHistoryRepository, createPriceRepository } from './store/prices/index.js';
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
import { openDatabase } from './store/database.js';
import { createJobRepository, createJobTargetRepository } from './store/jobs/index.js';
import { createMemoryStores, type MemoryStores } from './store/memory/index.js';
import { createQuestionStore } from './store/question-store.js';
import { asConnection, sqliteConnection, transactor, type SqlConnection } from './store/sql.js';
import { ConfigError, type Config } from './config.js';
import { createWalmartClient, createWalmartPriceSource, type PriceSource } from './grocery/sources/index.js';
import type { Logger } from './logger.js';
import type { Db } from './store/database.js';
import { createEmbedder, createPreferenceMemory, type PreferenceMemory } from './memory/index.js';

/** Products by id, read fresh from the database. */
export function productLookupOver(conn: SqlConnection): ProductLookup {
  const products = createPriceRepository(conn);
  return (ids) => products.products(ids);
}

/**
 * What the background jobs and the notifier read and write, over one database.
 *
 * @example
 * const jobs = createJobs({ stores: jobStoresOver(db, now), logger, now, ... });
 */
export function jobStoresOver(conn: SqlConnection, now: () => number): JobStores {
  const priceWrites = { prices: createPriceRepository(conn), history: createPriceHistoryRepository(conn), transactor: transactor(conn) };
  return {
    transactor: transactor(conn),
    runs: createJobRepository<JobName, JobSummary>(conn, now),
    targets: createJobTargetRepository(conn),
    notifications: createNotificationRepository(conn),
    audience: createAlertAudienceRepository(conn),
    priceAlerts: createPriceAlertRepository(conn),
    questions: createQuestionStore(conn, now),
    products: productLookupOver(conn),
    recordPrices: (quotes, opts) => recordPrices(priceWrites, quotes, opts),
  };
}

/** The preference memory's repositories (and its sqlite-vec vectors) over one database. */
export function memoryStoresOver(conn: SqlConnection): MemoryStores {
  return createMemoryStores(conn);
}

/** The alert-week simulation's checks over its scratch database. */
export function alertWeekRepositoryOver(conn: SqlConnection): AlertWeekRepository {
  return createAlertWeekRepository(conn);
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

/**
 * The preference memory the config asks for: vectors in the SQLite file (sqlite-vec) unless
 * `CHROMA_URL` names a Chroma server; the local embedder unless `OLLAMA_EMBED_MODEL` (with
 * `OLLAMA_HOST`) names an Ollama embedding model. Nothing connects until the first memory is used.
 */
export function createConfiguredMemory(
  config: Pick<Config, 'chromaUrl' | 'ollama'>,
  db: Db | SqlConnection,
  logger: Logger,
  now?: () => number,
): PreferenceMemory {
  const embedder = createEmbedder({ ollamaHost: config.ollama?.host, embedModel: config.ollama?.embedModel });
  const memory = createPreferenceMemory({
    stores: memoryStoresOver(asConnection(db)),
    embedder,
    chromaUrl: config.chromaUrl,
    now,
    // The memory answers from SQLite when its vectors are unreachable; the logs say why.
    onError: (err, during) => logger.warn({ err, during }, 'preference memory: vector store call failed'),
  });
  logger.debug({ backend: memory.backend, embedder: embedder.id }, 'preference memory ready');
  return memory;
}

/** Live prices from the Walmart Affiliate API; a key that does not parse stops the start with a message naming the variable. */
export function walmartPriceSource(walmart: NonNullable<Config['walmart']>, logger: Logger, now: () => number): PriceSource {
  try {
    // Signatures need the real time; observations are stamped with the app's clock.
    return createWalmartPriceSource({ client: createWalmartClient({ ...walmart, logger }), clock: now });
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : 'Invalid value for WALMART_PRIVATE_KEY');
  }
}
