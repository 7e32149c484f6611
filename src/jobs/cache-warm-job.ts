import type { Db } from '../store/database.js';
import type { JobDefinition } from './job.js';

/** What cache warming needs: the cache's warm-up port and how many popular products to include. */
export interface CacheWarmDeps {
  db: Db;
  /** Loads these products into the cache (the cache plugs its own in). */
  warm: (productIds: readonly number[]) => void | Promise<void>;
  popular: number;
}

/**
 * Cache warming: hands the cache the products people are about to ask for — the most popular
 * ones, and everything unchecked on a list or tracked for a price — so first answers are hot.
 */
export function cacheWarmJob(deps: CacheWarmDeps, opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>): JobDefinition {
  return {
    name: 'cache-warm',
    runAtStart: true,
    ...opts,
    async run() {
      const rows = deps.db
        .prepare(
          `SELECT id FROM (SELECT id FROM products ORDER BY popularity DESC, id LIMIT ?)
           UNION SELECT product_id FROM list_items WHERE product_id IS NOT NULL AND checked = 0
           UNION SELECT product_id FROM price_alerts WHERE active = 1`,
        )
        .all(deps.popular) as { id: number }[];
      const ids = rows.map((r) => r.id);
      await deps.warm(ids);
      return { products: ids.length };
    },
  };
}
