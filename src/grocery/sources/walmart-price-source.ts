import { systemClock, type Clock } from '../types.js';
import type { PriceQuote, PriceSource } from './price-source.js';
import { createWalmartClient, WALMART_MAX_IDS, type WalmartClient, type WalmartClientOptions, type WalmartItem } from './walmart-client.js';

/** Options for {@link createWalmartPriceSource}: a client, or what to build one from. */
export type WalmartPriceSourceOptions = ({ client: WalmartClient } | WalmartClientOptions) & { clock?: Clock };

/**
 * Live prices from the Walmart Affiliate API, as a {@link PriceSource} for the price refresh job.
 * A product's `sku` is its Walmart item id; products without one (or with one Walmart does not
 * know) get no quote. `salePrice` becomes the price, a higher `msrp` the was-price, and
 * `stock: "Not available"` out of stock. Amounts are converted to integer cents.
 *
 * @example
 * const source = createWalmartPriceSource({ ...config.walmart, logger });
 * const quotes = await source.fetchPrices([{ productId: 7, sku: '10450114', name: 'GV Whole Milk', priceCents: 348 }]);
 */
export function createWalmartPriceSource(opts: WalmartPriceSourceOptions): PriceSource {
  const client = 'client' in opts ? opts.client : createWalmartClient(opts);
  const clock = opts.clock ?? systemClock;
  return {
    name: 'walmart',
    demo: false,
    maxBatch: WALMART_MAX_IDS,
    async fetchPrices(products, signal) {
      const byItem = new Map<number, number[]>();
      for (const p of products) {
        const itemId = p.sku && /^\d+$/.test(p.sku.trim()) ? Number(p.sku.trim()) : undefined;
        if (itemId === undefined) continue;
        byItem.set(itemId, [...(byItem.get(itemId) ?? []), p.productId]);
      }
      if (byItem.size === 0) return [];
      const items = await client.lookupItems([...byItem.keys()], signal);
      const observedAt = clock();
      return items.flatMap((item) => (byItem.get(item.itemId) ?? []).flatMap((productId) => quoteOf(item, productId, observedAt)));
    },
  };
}

function quoteOf(item: WalmartItem, productId: number, observedAt: number): PriceQuote[] {
  if (item.salePrice === undefined) return [];
  const priceCents = Math.round(item.salePrice * 100);
  const msrpCents = item.msrp === undefined ? null : Math.round(item.msrp * 100);
  return [
    {
      productId,
      priceCents,
      wasPriceCents: msrpCents !== null && msrpCents > priceCents ? msrpCents : null,
      inStock: item.stock === undefined ? undefined : item.stock.toLowerCase() !== 'not available',
      observedAt,
    },
  ];
}
