import { setTimeout as sleep } from 'node:timers/promises';
import type { PriceChange } from '../grocery/prices/index.js';
import type { PriceSource } from '../grocery/sources/index.js';
import type { JobDefinition } from './job.js';
import type { JobStores } from './job-stores.js';

/** What the price refresh needs. */
export interface PriceRefreshDeps {
  stores: Pick<JobStores, 'targets' | 'recordPrices'>;
  source: PriceSource;
  /** Pause between two calls to the source, so a real API's rate limit is respected. */
  minIntervalMs: number;
  /** Products asked per run; the ones people watch or have on a list come first, then the stalest. */
  maxProducts: number;
  /** Told which prices moved (the cache drops them). */
  onPriceChanges?: (changes: readonly PriceChange[]) => void | Promise<void>;
}

/**
 * The price refresh job: asks the price source for current prices in batches of
 * `source.maxBatch`, paced by `minIntervalMs`, records them (`stores.recordPrices`, one
 * transaction per batch), and asks for a deal scan when anything moved. A batch that fails
 * fails the attempt; the retry starts over, which is cheap because recording an unchanged
 * price changes nothing.
 */
export function priceRefreshJob(deps: PriceRefreshDeps, opts: Pick<JobDefinition, 'everyMs' | 'attempts' | 'backoffMs'>): JobDefinition {
  const { stores, source } = deps;
  return {
    name: 'price-refresh',
    runAtStart: false,
    ...opts,
    async run(ctx) {
      // The demo feed prices the demo store's products, a real source those with its item id.
      const products = stores.targets.productsToRefresh({ demo: source.demo, limit: deps.maxProducts });
      const batchSize = Math.max(1, source.maxBatch);
      const batches = Math.ceil(products.length / batchSize);
      const changes: PriceChange[] = [];
      for (let b = 0; b < batches; b++) {
        if (b > 0 && deps.minIntervalMs > 0) await sleep(deps.minIntervalMs, undefined, { signal: ctx.signal });
        ctx.signal.throwIfAborted();
        const batch = products.slice(b * batchSize, (b + 1) * batchSize);
        const asked = new Set(batch.map((p) => p.productId));
        let quotes;
        try {
          quotes = await source.fetchPrices(batch, ctx.signal);
        } catch (err) {
          const first = batch[0]!.productId;
          const last = batch.at(-1)!.productId;
          throw new Error(`${source.name} price source failed on batch ${b + 1} of ${batches} (products ${first}-${last}): ${messageOf(err)}`, { cause: err });
        }
        // A source answering for products it was not asked about is ignored, not trusted.
        changes.push(...stores.recordPrices(quotes.filter((q) => asked.has(q.productId)), { source: source.name, now: ctx.now() }));
      }
      if (changes.length > 0) {
        await deps.onPriceChanges?.(changes);
        await ctx.trigger('deal-scan');
      }
      const drops = changes.filter((c) => c.newCents * 10 <= c.oldCents * 9).length;
      return { source: source.name, demo: source.demo, products: products.length, batches, changed: changes.length, drops10pct: drops };
    },
  };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
