import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The web channel's Prometheus metrics, on a registry other parts may add their own metrics to. */
export interface WebMetrics {
  /** Served at `/metrics`. Pass it to other parts (jobs, notifier) so one scrape sees everything. */
  readonly registry: Registry;
  /** Chat turns taken, by channel and by which path answered. */
  readonly turns: Counter<'channel' | 'source'>;
  /** Seconds from a chat message arriving to its reply being sent. */
  readonly turnLatency: Histogram<'channel'>;
  /** WebSocket chat connections open right now. */
  readonly openSockets: Gauge;
  /** Errors answered to clients, by registry code. */
  readonly errors: Counter<'code'>;
  /**
   * Counts the product cache's lookups (hits, misses, hit ratio and warming, by area); pass it
   * as the cache's `observer`. The cache reports through it, so the store never imports prom-client.
   */
  readonly cache: {
    hit(area: string): void;
    miss(area: string): void;
    warmed(area: string, source: 'redis' | 'sqlite', count: number): void;
  };
}

/**
 * Creates the metrics on `registry` (a new one when left out). Nothing global: two servers in one
 * test process get two registries, so their counts never mix.
 *
 * @example
 * const metrics = createWebMetrics();
 * metrics.turns.inc({ channel: 'web', source: 'offline' });
 * const text = await metrics.registry.metrics();
 */
export function createWebMetrics(opts: { registry?: Registry; defaultMetrics?: boolean } = {}): WebMetrics {
  const registry = opts.registry ?? new Registry();
  if (opts.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'grocery_agent_' });
  return {
    cache: createCacheMetrics(registry),
    registry,
    turns: new Counter({
      name: 'grocery_agent_turns_total',
      help: 'Chat turns taken',
      labelNames: ['channel', 'source'] as const,
      registers: [registry],
    }),
    turnLatency: new Histogram({
      name: 'grocery_agent_turn_latency_seconds',
      help: 'Seconds from a chat message arriving to its reply',
      labelNames: ['channel'] as const,
      // The offline path answers in milliseconds; the LLM path takes seconds.
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    openSockets: new Gauge({
      name: 'grocery_agent_web_open_sockets',
      help: 'WebSocket chat connections open right now',
      registers: [registry],
    }),
    errors: new Counter({
      name: 'grocery_agent_web_errors_total',
      help: 'Errors answered to web clients, by code',
      labelNames: ['code'] as const,
      registers: [registry],
    }),
  };
}

/** Cache counters and a hit-ratio gauge computed from them at scrape time. */
function createCacheMetrics(registry: Registry): WebMetrics['cache'] {
  const tallies = new Map<string, { hits: number; misses: number }>();
  const tally = (area: string) => {
    let t = tallies.get(area);
    if (!t) tallies.set(area, (t = { hits: 0, misses: 0 }));
    return t;
  };
  const hits = new Counter({ name: 'grocery_agent_cache_hits_total', help: 'Cache lookups answered from the cache, by area', labelNames: ['area'] as const, registers: [registry] });
  const misses = new Counter({ name: 'grocery_agent_cache_misses_total', help: 'Cache lookups that went to SQLite, by area', labelNames: ['area'] as const, registers: [registry] });
  const warmed = new Counter({
    name: 'grocery_agent_cache_warmed_total',
    help: 'Entries put in the cache by warming, by area and where they came from',
    labelNames: ['area', 'source'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'grocery_agent_cache_hit_ratio',
    help: 'Share of cache lookups answered from the cache since start, by area',
    labelNames: ['area'] as const,
    registers: [registry],
    collect() {
      for (const [area, t] of tallies) this.set({ area }, t.hits + t.misses ? t.hits / (t.hits + t.misses) : 0);
    },
  });
  return {
    hit(area) {
      tally(area).hits += 1;
      hits.inc({ area });
    },
    miss(area) {
      tally(area).misses += 1;
      misses.inc({ area });
    },
    warmed: (area, source, count) => warmed.inc({ area, source }, count),
  };
}
