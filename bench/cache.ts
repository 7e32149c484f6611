/**
 * Cache benchmark, on the demo store in a temp SQLite file:
 *
 * - `price_lookup_p50_us_uncached` / `_cached` (and p95): one `priceInfo` (price, trend, 90-day
 *   chart, summary), straight from SQLite, and from the in-process cache after warming.
 * - `cache_hit_rate_warm`: the share of 20,000 price lookups answered by the cache when it was
 *   warmed as the cache-warming job does (the 200 most popular products) and products are asked
 *   for in proportion to their popularity, as shoppers ask for milk more than for saffron.
 * - `cache_search_hit_rate`: the same for 5,000 searches drawn from 40 everyday words.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCatalog } from '../src/grocery/catalog/index.js';
import { createPrng, seedDemoStore } from '../src/grocery/demo-store/index.js';
import { createPriceService, listTotal, type PriceService } from '../src/grocery/prices/index.js';
import { createPriceHistoryRepository, createPriceRepository } from '../src/store/prices/index.js';
import { sqliteConnection } from '../src/store/sql.js';
import { createDealReferenceRepository } from '../src/store/lists/index.js';
import { createProductCache } from '../src/store/cache/index.js';
import { openDatabase, type Db } from '../src/store/database.js';
import { percentile, timeEach } from './percentiles.js';
import { createCatalogRepository, createDemoStoreRepository } from '../src/store/catalog/index.js';

const NOW = Date.UTC(2026, 0, 15, 12);
const LOOKUPS = 20_000;
const WARMED = 200;
const WORDS = [
  'milk', 'eggs', 'bread', 'butter', 'cheese', 'yogurt', 'apples', 'bananas', 'grapes', 'onions', 'potatoes',
  'tomatoes', 'lettuce', 'carrots', 'chicken', 'ground beef', 'bacon', 'rice', 'pasta', 'cereal', 'coffee',
  'orange juice', 'chips', 'cookies', 'paper towels', 'toilet paper', 'detergent', 'dish soap', 'peanut butter',
  'jelly', 'salsa', 'ketchup', 'mustard', 'flour', 'sugar', 'olive oil', 'ice cream', 'frozen pizza', 'soda', 'water',
];

/** Figures: price lookup latency with and without the cache, and hit rates of a warmed cache. */
export async function run(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-bench-cache-'));
  const db = openDatabase({ dataDir: dir });
  try {
    seedDemoStore(createDemoStoreRepository(sqliteConnection(db)), { now: NOW });
    const products = db.prepare('SELECT id, popularity FROM products ORDER BY popularity DESC, id').all() as { id: number; popularity: number }[];
    const rng = createPrng(7);
    const draw = weightedDraw(products.map((p) => p.id), products.map((p) => p.popularity), rng.next);
    const ids = Array.from({ length: 2000 }, draw);

    const uncached = priceService({ db, now: () => NOW });
    const uncachedMs = timeEach(ids, (id) => uncached.priceInfo(id));

    const cache = createProductCache({ now: () => NOW, maxEntries: 20_000 });
    const prices = priceService({ db, now: () => NOW, cache });
    await cache.warm(ids);
    const cachedMs = timeEach(ids, (id) => prices.priceInfo(id));

    // Hit rate: a fresh cache warmed with the popular products, then popularity-weighted lookups.
    const warmCache = createProductCache({ now: () => NOW, maxEntries: 5000 });
    const warmPrices = priceService({ db, now: () => NOW, cache: warmCache });
    const warmCatalog = createCatalog(createCatalogRepository(sqliteConnection(db)), { cache: warmCache });
    await warmCache.warm(products.slice(0, WARMED).map((p) => p.id));
    for (let i = 0; i < LOOKUPS; i++) warmPrices.priceInfo(draw());
    for (let i = 0; i < 5000; i++) warmCatalog.search({ query: rng.pick(WORDS), limit: 10 });
    const stats = warmCache.stats().areas;

    return {
      price_lookup_p50_us_uncached: Math.round(percentile(uncachedMs, 50) * 1000),
      price_lookup_p95_us_uncached: Math.round(percentile(uncachedMs, 95) * 1000),
      price_lookup_p50_us_cached: Math.round(percentile(cachedMs, 50) * 1000),
      price_lookup_p95_us_cached: Math.round(percentile(cachedMs, 95) * 1000),
      cache_hit_rate_warm: round3(stats.price?.hitRate ?? 0),
      cache_search_hit_rate: round3(stats.search?.hitRate ?? 0),
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Draws ids with probability proportional to their weights. */
function weightedDraw(ids: readonly number[], weights: readonly number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += Math.max(0, w)));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return ids[lo]!;
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The price service over `db`, wired as src/main.ts wires it. */
function priceService(deps: { db: Db } & Omit<Parameters<typeof createPriceService>[0], 'products' | 'history' | 'listTotal'>): PriceService {
  const conn = sqliteConnection(deps.db);
  const { db: _db, ...rest } = deps;
  const products = createPriceRepository(conn);
  const sources = { products: (ids: readonly number[]) => products.products(ids), dealReferences: createDealReferenceRepository(conn).activeReferences };
  return createPriceService({ ...rest, products, history: createPriceHistoryRepository(conn), listTotal: (lines) => listTotal(sources, lines) });
}
