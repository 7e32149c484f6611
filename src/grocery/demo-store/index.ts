/** The demo store: a deterministic, realistic US grocery catalog with price history. */
export { seedDemoStore, isDemoStore, DEMO_STORE_META } from './seed-demo-store.js';
export type { SeedDemoStoreOptions, SeedDemoStoreResult } from './seed-demo-store.js';
export { generateDemoProducts, HISTORY_DAYS } from './generate-demo-store.js';
export type { DemoProduct } from './generate-demo-store.js';
export { DEPARTMENTS } from './departments.js';
export { SYNONYM_GROUPS, synonymPairs } from './synonyms.js';
export { createPrng, type Prng } from './prng.js';
export { generateCatalogRows, toCsv, type CatalogCsvRow } from './large-catalog.js';
