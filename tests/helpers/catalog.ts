import { createCatalog, type Catalog, type CatalogOptions } from '../../src/grocery/catalog/index.js';
import { isDemoStore, seedDemoStore, type SeedDemoStoreOptions, type SeedDemoStoreResult } from '../../src/grocery/demo-store/index.js';
import { createCatalogRepository, createDemoStoreRepository, type CatalogRepository } from '../../src/store/catalog/index.js';
import type { Db } from '../../src/store/database.js';
import { createOrderHistoryRepository, type OrderHistoryRepository } from '../../src/store/imports/index.js';
import { sqliteConnection } from '../../src/store/sql.js';

/**
 * The catalog's pieces over a test database, wired as `createCore` in src/main.ts wires them
 * (the repositories over `sqliteConnection(db)`).
 */
export function catalogRepositoryOf(db: Db): CatalogRepository {
  return createCatalogRepository(sqliteConnection(db));
}

/** The domain catalog over a test database. */
export function catalogOf(db: Db, options?: CatalogOptions): Catalog {
  return createCatalog(catalogRepositoryOf(db), options);
}

/** Seeds the demo store into a test database through its repository. */
export function seedDemoStoreInto(db: Db, opts: SeedDemoStoreOptions): SeedDemoStoreResult {
  return seedDemoStore(createDemoStoreRepository(sqliteConnection(db)), opts);
}

/** True when the test database holds the demo store. */
export function holdsDemoStore(db: Db): boolean {
  return isDemoStore(createDemoStoreRepository(sqliteConnection(db)));
}

/** A user's order history over a test database. */
export function orderHistoryOf(db: Db): OrderHistoryRepository {
  return createOrderHistoryRepository(sqliteConnection(db));
}
