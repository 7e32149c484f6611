/**
 * The cache in front of catalog searches and price lookups: an in-process LRU with a TTL, and
 * Redis behind it when `REDIS_URL` is set.
 */
export {
  createProductCache,
  type ProductAreaOptions,
  type ProductArea,
  type ProductCache,
  type ProductCacheOptions,
  type ProductCacheStats,
  type QueryArea,
  type WarmResult,
} from './product-cache.js';
export { createLruCache, type LruCache, type LruCacheOptions } from './lru-cache.js';
export { createCacheTally, type CacheAreaStats, type CacheObserver, type CacheTally, type WarmSource } from './cache-stats.js';
