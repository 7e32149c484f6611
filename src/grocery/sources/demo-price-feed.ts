import { createPrng } from '../demo-store/index.js';
import type { PriceQuote, PricedProduct, PriceSource } from './price-source.js';

/** How often the demo store's prices move: one set of moves per hour. */
export const DEMO_FEED_TICK_MS = 60 * 60 * 1000;

/** Products per `fetchPrices` call; the feed is local, so batches are only for the job's pacing. */
export const DEMO_FEED_MAX_BATCH = 250;

/** What people are told wherever demo-feed prices appear. */
export const DEMO_PRICE_NOTE = 'Demo store prices: illustrative, not real store prices.';

/** Options for {@link createDemoPriceFeed}. */
export interface DemoPriceFeedOptions {
  /** Length of one tick; every product may move once per tick. */
  tickMs?: number;
  /** Mixed into every product's draw, so two feeds with different seeds move different products. */
  seed?: number;
  /** The clock that picks the tick. */
  now?: () => number;
  maxBatch?: number;
}

/** A move of one product at one tick. */
type Move = { kind: 'drop'; pct: number } | { kind: 'rise'; pct: number } | { kind: 'wobble'; pct: number } | { kind: 'none' };

/**
 * The demo price feed: the embedded default's "store" whose prices move so price alerts can be
 * seen working. Each refresh tick, every product draws from a generator seeded by its id and the
 * tick (never Math.random): about 1.5% drop 10-22% (a rollback, the was-price kept), 4.1% rise
 * 4-8%, 2% wobble 1-3% either way, the rest stay. The sizes balance, so prices do not drift down
 * over weeks. Prices land on shelf endings (…8) and never below 25¢. Asking again within a tick
 * returns the same quote, so a retried refresh does not move a price twice.
 *
 * @example
 * const feed = createDemoPriceFeed({ now: () => Date.now() });
 * const quotes = await feed.fetchPrices([{ productId: 7, sku: null, name: 'Whole Milk', priceCents: 348 }]);
 */
export function createDemoPriceFeed(opts: DemoPriceFeedOptions = {}): PriceSource {
  const tickMs = opts.tickMs ?? DEMO_FEED_TICK_MS;
  const seed = opts.seed ?? 0x5eed;
  const now = opts.now ?? Date.now;
  const seen = new Map<number, { tick: number; quote: PriceQuote }>();

  return {
    name: 'demo',
    demo: true,
    maxBatch: opts.maxBatch ?? DEMO_FEED_MAX_BATCH,
    async fetchPrices(products: readonly PricedProduct[], signal?: AbortSignal): Promise<PriceQuote[]> {
      signal?.throwIfAborted();
      const tick = Math.floor(now() / tickMs);
      return products.map((p) => {
        const memo = seen.get(p.productId);
        if (memo && memo.tick === tick) return memo.quote;
        const quote = quoteAt(p, tick, tickMs, seed);
        seen.set(p.productId, { tick, quote });
        return quote;
      });
    },
  };
}

/** The move the feed makes for a product at a tick: a pure function of the three numbers. */
export function demoMoveAt(productId: number, tick: number, seed = 0x5eed): Move {
  const rng = createPrng((Math.imul(productId, 0x9e3779b1) ^ Math.imul(tick, 0x85ebca77) ^ seed) >>> 0);
  const r = rng.next();
  if (r < 0.015) return { kind: 'drop', pct: rng.between(0.1, 0.22) };
  if (r < 0.056) return { kind: 'rise', pct: rng.between(0.04, 0.08) };
  if (r < 0.076) return { kind: 'wobble', pct: rng.between(-0.03, 0.03) };
  return { kind: 'none' };
}

function quoteAt(p: PricedProduct, tick: number, tickMs: number, seed: number): PriceQuote {
  // Observed at the tick's start: a second look within the tick lands on the same history point.
  const base: PriceQuote = { productId: p.productId, priceCents: p.priceCents, observedAt: tick * tickMs };
  const move = demoMoveAt(p.productId, tick, seed);
  const price = p.priceCents;
  switch (move.kind) {
    case 'none':
      return base;
    case 'drop': {
      const cut = shelfAtOrBelow(Math.floor(price * (1 - move.pct)));
      // Too cheap to drop a real 10% on a shelf ending: leave it.
      if (cut * 10 > price * 9) return base;
      return { ...base, priceCents: cut, wasPriceCents: price };
    }
    case 'rise':
      return { ...base, priceCents: Math.max(shelfNearest(price * (1 + move.pct)), price) };
    case 'wobble': {
      // Nearest, not below: rounding a 3% wobble down to the next …8 could make it a 10% "drop".
      const cents = shelfNearest(price * (1 + move.pct));
      return cents * 10 <= price * 9 ? base : { ...base, priceCents: cents };
    }
  }
}

/** The nearest shelf-looking price (ending in 8), 25¢ floor. */
function shelfNearest(cents: number): number {
  return Math.max(25, Math.round((cents + 2) / 10) * 10 - 2);
}

/** The highest shelf-looking price (ending in 8, at least 28¢) not above `cents`; 25¢ floor. */
function shelfAtOrBelow(cents: number): number {
  const shelf = Math.floor((cents + 2) / 10) * 10 - 2;
  return Math.max(25, shelf);
}
