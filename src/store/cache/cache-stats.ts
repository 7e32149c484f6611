/** Where a warmed value came from: Redis (another process computed it) or SQLite. */
export type WarmSource = 'redis' | 'sqlite';

/**
 * Hears about every lookup, so hits and misses can be exported (Prometheus counters in the web
 * channel's `/metrics`). The cache takes one through its options instead of importing a metrics
 * library, keeping the store free of channel code.
 */
export interface CacheObserver {
  /** A lookup in `area` was answered from the cache. */
  hit(area: string): void;
  /** A lookup in `area` found nothing cached and went to SQLite. */
  miss(area: string): void;
  /** Warming put `count` entries into `area`, read from `source`. */
  warmed(area: string, source: WarmSource, count: number): void;
}

/** Lookups of one cache area since the process started. */
export interface CacheAreaStats {
  hits: number;
  misses: number;
  /** hits / (hits + misses); 0 before the first lookup. */
  hitRate: number;
  /** Entries put in by warming, by where they came from. */
  warmed: Record<WarmSource, number>;
}

/** Counts lookups per area and forwards them to an optional observer. */
export interface CacheTally extends CacheObserver {
  stats(): Record<string, CacheAreaStats>;
}

/**
 * Creates a tally that counts locally (for `stats()`, the bench and logs) and passes every event
 * on to `observer`.
 *
 * @example
 * const tally = createCacheTally(metrics.cache);
 * tally.hit('price');
 * tally.stats().price.hitRate; // 1
 */
export function createCacheTally(observer?: CacheObserver): CacheTally {
  const areas = new Map<string, { hits: number; misses: number; warmed: Record<WarmSource, number> }>();
  const area = (name: string) => {
    let a = areas.get(name);
    if (!a) areas.set(name, (a = { hits: 0, misses: 0, warmed: { redis: 0, sqlite: 0 } }));
    return a;
  };
  return {
    hit(name) {
      area(name).hits += 1;
      observer?.hit(name);
    },
    miss(name) {
      area(name).misses += 1;
      observer?.miss(name);
    },
    warmed(name, source, count) {
      if (count <= 0) return;
      area(name).warmed[source] += count;
      observer?.warmed(name, source, count);
    },
    stats() {
      const out: Record<string, CacheAreaStats> = {};
      for (const [name, a] of areas) {
        const total = a.hits + a.misses;
        out[name] = { hits: a.hits, misses: a.misses, hitRate: total ? a.hits / total : 0, warmed: { ...a.warmed } };
      }
      return out;
    },
  };
}
