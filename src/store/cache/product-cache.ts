import type { Logger } from '../../logger.js';
import { createCacheTally, type CacheAreaStats, type CacheObserver } from './cache-stats.js';
import { createLruCache, type LruCache } from './lru-cache.js';
import { createRedisLevel, type InvalidationMessage, type RedisLevel } from './redis-level.js';

/** Options for {@link createProductCache}. */
export interface ProductCacheOptions {
  /** `REDIS_URL`: share price lookups between processes through Redis. Left out: in-process only. */
  redisUrl?: string;
  /** Prefix of every Redis key and of the invalidation channel. Default `grocery-agent:cache:`. */
  redisPrefix?: string;
  /** How long an entry lives at most; changes are invalidated explicitly, so this only bounds staleness after writes we never heard of. Default 5 minutes. */
  ttlMs?: number;
  /** Entries per area in process. Default 5,000. */
  maxEntries?: number;
  /** Hears about hits, misses and warming (the `/metrics` counters). */
  observer?: CacheObserver;
  logger?: Logger;
  now?: () => number;
}

/** Cached answers to questions about the whole catalog (search results): any product change drops them all. */
export interface QueryArea<V> {
  /** The cached answer for `key`, or `compute()` (SQLite), remembered until a product changes or the TTL passes. */
  getOrCompute(key: string, compute: () => V): V;
}

/** Cached facts about one product (its price lookup), keyed by product id: a change to that product drops them. */
export interface ProductArea<V> {
  /** The cached value for this product, or the area's `load` (SQLite). Errors from `load` pass through and nothing is cached. */
  get(productId: number): V;
}

/** How one area is filled and when an entry has gone stale without a write (a new day for a price trend). */
export interface ProductAreaOptions<V> {
  load(productId: number): V;
  isFresh?(value: V): boolean;
}

/** What {@link ProductCache.warm} did. */
export interface WarmResult {
  /** Entries already in process. */
  cached: number;
  /** Entries another process had put in Redis. */
  fromRedis: number;
  /** Entries computed from SQLite (and shared through Redis when configured). */
  fromSqlite: number;
  /** Products that could not be loaded (unknown ids). */
  failed: number;
}

/** Everything {@link ProductCache.stats} reports. */
export interface ProductCacheStats {
  backend: 'memory' | 'redis';
  redisAvailable: boolean;
  areas: Record<string, CacheAreaStats>;
}

/**
 * The cache in front of catalog searches and price lookups. The first level is an in-process
 * LRU with a TTL, read synchronously (the catalog and the price service answer synchronously
 * from SQLite, so nothing on a request waits for the network). With `REDIS_URL`, Redis is the
 * second level, shared between processes: computed price lookups are written to it, warming
 * reads from it before going to SQLite, and invalidations are deleted there and broadcast so
 * every process drops its in-process copies. A Redis that goes away costs nothing but sharing:
 * lookups go to SQLite, the outage is logged once, and its keys are purged when it returns.
 */
export interface ProductCache {
  readonly backend: 'memory' | 'redis';
  /** Registers (once per name) an area for catalog-wide answers. */
  queryArea<V>(name: string): QueryArea<V>;
  /** Registers (once per name) an area for per-product values, with how to load one. */
  productArea<V>(name: string, opts: ProductAreaOptions<V>): ProductArea<V>;
  /** Products whose price or details changed: their entries go, and every search answer with them, here and in other processes. */
  invalidateProducts(ids: readonly number[]): void;
  /** Something we cannot name changed (an import on another handle): drop everything. */
  invalidateAll(): void;
  /** Loads these products' entries in every per-product area ahead of use: from Redis when another process has them, else from SQLite. */
  warm(productIds: readonly number[]): Promise<WarmResult>;
  stats(): ProductCacheStats;
  /** Disconnects from Redis; in-process use keeps working. */
  close(): Promise<void>;
}

interface ProductAreaState {
  lru: LruCache<unknown>;
  opts: ProductAreaOptions<unknown>;
}

/**
 * Creates the product cache: in-process only, or with Redis behind it when `redisUrl` is set.
 * Nothing connects at import time; Redis is connected to in the background.
 *
 * @example
 * const cache = createProductCache({ redisUrl: config.redisUrl, observer: metrics.cache, logger });
 * const prices = cache.productArea('price', { load: (id) => readPrice(id) });
 * prices.get(42); // SQLite once, then memory
 * cache.invalidateProducts([42]); // the next get reads SQLite again
 */
export function createProductCache(opts: ProductCacheOptions = {}): ProductCache {
  const ttlMs = opts.ttlMs ?? 5 * 60_000;
  const maxEntries = opts.maxEntries ?? 5000;
  const prefix = opts.redisPrefix ?? 'grocery-agent:cache:';
  const tally = createCacheTally(opts.observer);
  const newLru = () => createLruCache<unknown>({ maxEntries, ttlMs, now: opts.now });
  const queryAreas = new Map<string, LruCache<unknown>>();
  const productAreas = new Map<string, ProductAreaState>();

  // Bumped by every invalidation, so a warm-up that awaited Redis meanwhile can tell its answers may be stale.
  let generation = 0;
  const dropLocal = (ids: readonly number[] | 'all') => {
    generation += 1;
    for (const lru of queryAreas.values()) lru.clear();
    for (const area of productAreas.values()) {
      if (ids === 'all') area.lru.clear();
      else for (const id of ids) area.lru.delete(String(id));
    }
  };
  const redis: RedisLevel | undefined = opts.redisUrl
    ? createRedisLevel({
        url: opts.redisUrl,
        prefix,
        logger: opts.logger,
        onPeerInvalidation: (msg: InvalidationMessage) => dropLocal(msg.all ? 'all' : (msg.ids ?? [])),
        onReconnect: () => dropLocal('all'),
      })
    : undefined;
  const redisKey = (area: string, id: number) => `${prefix}${area}:${id}`;

  const register = (name: string) => {
    if (queryAreas.has(name) || productAreas.has(name)) throw new Error(`cache area "${name}" is already registered`);
  };

  return {
    backend: redis ? 'redis' : 'memory',
    queryArea<V>(name: string): QueryArea<V> {
      register(name);
      const lru = newLru();
      queryAreas.set(name, lru);
      return {
        getOrCompute(key, compute) {
          const cached = lru.get(key) as V | undefined;
          if (cached !== undefined) {
            tally.hit(name);
            return cached;
          }
          tally.miss(name);
          const value = compute();
          lru.set(key, value);
          return value;
        },
      };
    },
    productArea<V>(name: string, areaOpts: ProductAreaOptions<V>): ProductArea<V> {
      register(name);
      const lru = newLru();
      productAreas.set(name, { lru, opts: areaOpts as ProductAreaOptions<unknown> });
      const fresh = (v: V | undefined): v is V => v !== undefined && (areaOpts.isFresh?.(v) ?? true);
      return {
        get(productId) {
          const key = String(productId);
          const cached = lru.get(key) as V | undefined;
          if (fresh(cached)) {
            tally.hit(name);
            return cached;
          }
          tally.miss(name);
          const value = areaOpts.load(productId);
          lru.set(key, value);
          redis?.setMany([[redisKey(name, productId), JSON.stringify(value)]], ttlMs);
          return value;
        },
      };
    },
    invalidateProducts(ids) {
      if (ids.length === 0) return;
      const unique = [...new Set(ids)];
      dropLocal(unique);
      if (redis) {
        redis.delete([...productAreas.keys()].flatMap((area) => unique.map((id) => redisKey(area, id))));
        redis.broadcast({ ids: unique });
      }
    },
    invalidateAll() {
      dropLocal('all');
      if (redis) {
        redis.purge().catch(() => {});
        redis.broadcast({ all: true });
      }
    },
    async warm(productIds) {
      const result: WarmResult = { cached: 0, fromRedis: 0, fromSqlite: 0, failed: 0 };
      const ids = [...new Set(productIds)];
      for (const [name, area] of productAreas) {
        const isFresh = (v: unknown) => v !== undefined && (area.opts.isFresh?.(v) ?? true);
        const missing = ids.filter((id) => !isFresh(area.lru.get(String(id))));
        result.cached += ids.length - missing.length;
        let fromRedis = 0;
        const before = generation;
        const shared = redis && missing.length ? await readShared(redis, missing.map((id) => redisKey(name, id))) : null;
        // A product changed while Redis answered: what it said may predate the change.
        const trusted = generation === before ? shared : null;
        const toLoad: number[] = [];
        missing.forEach((id, i) => {
          const raw = trusted?.[i];
          const value = raw ? parse(raw) : undefined;
          if (isFresh(value)) {
            area.lru.set(String(id), value);
            fromRedis += 1;
          } else toLoad.push(id);
        });
        const written: [string, string][] = [];
        let loaded = 0;
        for (const id of toLoad) {
          try {
            const value = area.opts.load(id);
            area.lru.set(String(id), value);
            loaded += 1;
            if (redis) written.push([redisKey(name, id), JSON.stringify(value)]);
          } catch {
            // An id the catalog does not know (a stale list line): nothing to warm.
            result.failed += 1;
          }
        }
        redis?.setMany(written, ttlMs);
        tally.warmed(name, 'redis', fromRedis);
        tally.warmed(name, 'sqlite', loaded);
        result.fromRedis += fromRedis;
        result.fromSqlite += loaded;
      }
      return result;
    },
    stats: () => ({ backend: redis ? 'redis' : 'memory', redisAvailable: redis?.available() ?? false, areas: tally.stats() }),
    close: async () => {
      await redis?.close();
    },
  };
}

/** MGET in slices, so warming thousands of products never sends one huge command. */
async function readShared(redis: RedisLevel, keys: readonly string[]): Promise<(string | null)[] | null> {
  const out: (string | null)[] = [];
  for (let i = 0; i < keys.length; i += 500) {
    const part = await redis.getMany(keys.slice(i, i + 500));
    if (!part) return null;
    out.push(...part);
  }
  return out;
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
