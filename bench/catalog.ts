import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCatalog, type Catalog } from '../src/grocery/catalog/index.js';
import { createPrng, generateCatalogRows, seedDemoStore, toCsv } from '../src/grocery/demo-store/index.js';
import { importCatalog } from '../src/grocery/imports/index.js';
import { openDatabase } from '../src/store/database.js';
import { percentile, timeEach } from './percentiles.js';
import { createCatalogRepository, createDemoStoreRepository } from '../src/store/catalog/index.js';
import { sqliteConnection } from '../src/store/sql.js';

const NOW = Date.UTC(2026, 0, 15, 12);
const LARGE_CATALOG_ROWS = 50_000;

/**
 * Catalog benchmarks: search latency on the demo store and on a generated 50,000-product
 * catalog (a few thousand varied queries: categories, synonyms, brands, prefixes, typos), and
 * the CSV import rate for those 50,000 rows. Everything happens in a temp folder that is removed.
 */
export async function run(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-bench-catalog-'));
  try {
    const demoDb = openDatabase({ dataDir: path.join(dir, 'demo') });
    const seedStarted = performance.now();
    seedDemoStore(createDemoStoreRepository(sqliteConnection(demoDb)), { now: NOW });
    const seedMs = performance.now() - seedStarted;
    const demo = createCatalog(createCatalogRepository(sqliteConnection(demoDb)));
    const queries = benchQueries(demo);
    const demoTimes = timeQueries(demo, queries);
    demoDb.close();

    const csvFile = path.join(dir, 'catalog-50k.csv');
    fs.writeFileSync(csvFile, toCsv(generateCatalogRows(LARGE_CATALOG_ROWS, 2)));
    const largeDb = openDatabase({ dataDir: path.join(dir, 'large') });
    const importStarted = performance.now();
    const { imported } = importCatalog(createCatalogRepository(sqliteConnection(largeDb)), csvFile, { clock: () => NOW });
    const importSeconds = (performance.now() - importStarted) / 1000;
    const large = createCatalog(createCatalogRepository(sqliteConnection(largeDb)));
    const largeTimes = timeQueries(large, queries);
    largeDb.close();

    return {
      demo_seed_ms: round(seedMs),
      search_queries: queries.length,
      search_p50_ms: percentile(demoTimes, 50),
      search_p99_ms: percentile(demoTimes, 99),
      search_p50_ms_50k: percentile(largeTimes, 50),
      search_p99_ms_50k: percentile(largeTimes, 99),
      catalog_import_rows: imported,
      catalog_import_rows_per_s: Math.round(imported / importSeconds),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Queries people type: categories, aliases, synonyms, brand + category, prefixes and typos. */
function benchQueries(catalog: Catalog): string[] {
  const rng = createPrng(99);
  const v = catalog.vocabulary();
  const queries: string[] = [...v.itemPhrases, ...v.brands.slice(0, 300)];
  for (const phrase of v.itemPhrases) {
    const word = phrase.split(' ')[0]!;
    if (word.length >= 5) {
      queries.push(word.slice(0, rng.int(3, word.length - 1)));
      const at = rng.int(1, word.length - 2);
      queries.push(word.slice(0, at) + word.slice(at + 1));
    }
    queries.push(`${rng.pick(v.brands)} ${phrase}`);
  }
  return queries;
}

/** Per-query wall time in ms, after an untimed warm-up so lazy word lists are built. */
function timeQueries(catalog: Catalog, queries: readonly string[]): number[] {
  return timeEach(queries, (query) => catalog.search({ query, limit: 10 }));
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}
