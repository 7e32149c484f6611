// src/grocery/sources/price-source.ts
/** One price observation from a source. Money is integer cents. */
export interface PriceQuote { productId: number; priceCents: number; wasPriceCents?: number | null; inStock?: boolean; observedAt: number; }
/** The product fields a source needs to look one up. `sku` is the source's item id when known. */
export interface PricedProduct { productId: number; sku: string | null; name: string; priceCents: number; }
/** Where current prices come from: the demo feed (embedded default) or the Walmart Affiliate API. */
export interface PriceSource {
  readonly name: string;      // 'demo' | 'walmart'
  readonly demo: boolean;     // true: prices are illustrative, and every place that shows them says so
  readonly maxBatch: number;  // products per fetchPrices call
  fetchPrices(products: readonly PricedProduct[], signal?: AbortSignal): Promise<PriceQuote[]>;
}
