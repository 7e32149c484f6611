import type { JobTargetRepository } from '../store/jobs/index.js';
import type { JobDefinition } from './job.js';

/** What cache warming needs: the cache's warm-up port and how many popular products to include. */
export interface CacheWarmDeps {
  targets: Pick<JobTargetRepository, 'productsToWarm'>;
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
      const ids = deps.targets.productsToWarm(deps.popular);
      await deps.warm(ids);
      return { products: ids.length };
    },
  };
}
