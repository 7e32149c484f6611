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
