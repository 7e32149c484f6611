import type { ProductCache } from '../../store/cache/index.js';
import type { PriceHistoryRepository, PriceRepository } from '../../store/prices/index.js';
import { AppError } from '../../errors.js';
import { systemClock, type Clock, type Product } from '../types.js';
import { downsample, startOfUtcDay, type PricePoint } from './daily-prices.js';
import { describePrice } from './describe-price.js';
import type { ListTotal, ListTotalLine } from './list-total.js';
import { HISTORY_DAYS, readHistories } from './price-history.js';
import { computeTrend, type PriceTrend } from './price-trend.js';
import { DAY_MS } from '../types.js';

/** Points a price chart gets at most. */
export const MAX_CHART_POINTS = 90;

/** Everything we know about one product's price. */
export interface PriceInfo {
  product: Product;
  priceCents: number;
  wasPriceCents: number | null;
  unitPrice: Product['unitPrice'];
  trend: PriceTrend;
  /** The last 90 days, at most {@link MAX_CHART_POINTS} points, ending with today's price. */
  history: PricePoint[];
  /** e.g. "$3.48 (2.7¢/fl oz), down 12% from its usual $3.96 — lowest in 90 days" */
  summary: string;
}

/** Prices, trends and list totals. */
export interface PriceService {
  /** Price, trend, chart history and a summary; throws AppError PRODUCT_NOT_FOUND for an unknown id. */
  priceInfo(productId: number): PriceInfo;
  /** Trends for many products at once (one query), keyed by product id; unknown ids are left out. */
  trends(productIds: readonly number[]): Map<number, { product: Product; trend: PriceTrend }>;
  /** The list's estimated total and deal savings at today's prices. */
  listTotal(lines: readonly ListTotalLine[]): ListTotal;
}

/**
 * Builds the price service over the products and their price history. With a `cache`, price
 * lookups are kept until the product changes (`cache.invalidateProducts`) or the day turns.
 * `listTotal` adds up a list (list-total.ts); the service hands it on.
 *
 * @example
 * const prices = createPriceService({ products, history, listTotal: (lines) => listTotal(db, lines), now: () => Date.now() });
 * prices.priceInfo(42).summary // "$3.48 (2.7¢/fl oz), down 12% from its usual $3.96 — lowest in 90 days"
 */
export function createPriceService(deps: {
  products: Pick<PriceRepository, 'products'>;
  history: Pick<PriceHistoryRepository, 'histories'>;
  listTotal: (lines: readonly ListTotalLine[]) => ListTotal;
  now?: Clock;
  cache?: ProductCache;
}): PriceService {
  const { products: productStore, history } = deps;
  const now = deps.now ?? systemClock;

  function trends(productIds: readonly number[]) {
    const at = now();
    const products = productStore.products(productIds);
    const histories = readHistories(history, [...products.keys()], at);
    const out = new Map<number, { product: Product; trend: PriceTrend }>();
    for (const product of products.values()) {
      out.set(product.id, { product, trend: computeTrend(product.priceCents, histories.get(product.id) ?? [], at) });
    }
    return out;
  }

  function readPriceInfo(productId: number): PriceInfo {
    const at = now();
    const product = productStore.products([productId]).get(productId);
    if (!product) throw new AppError('PRODUCT_NOT_FOUND', { detail: `product ${productId}` });
    const points = readHistories(history, [productId], at).get(productId) ?? [];
    const trend = computeTrend(product.priceCents, points, at);
    return {
      product,
      priceCents: product.priceCents,
      wasPriceCents: product.wasPriceCents,
      unitPrice: product.unitPrice,
      trend,
      history: chartPoints(points, product.priceCents, at),
      summary: describePrice(product, trend),
    };
  }
  // Trends and charts are per day, so a lookup cached yesterday is stale even if the price is not.
  const cached = deps.cache?.productArea<{ day: number; info: PriceInfo }>('price', {
    load: (productId) => ({ day: startOfUtcDay(now()), info: readPriceInfo(productId) }),
    isFresh: (entry) => entry.day === startOfUtcDay(now()),
  });

  return {
    priceInfo: (productId) => (cached ? cached.get(productId).info : readPriceInfo(productId)),
    trends,
    listTotal: deps.listTotal,
  };
}

/** The 90-day window for a chart, ending with today's price even when today was not observed yet. */
function chartPoints(points: readonly PricePoint[], currentCents: number, now: number): PricePoint[] {
  const from = startOfUtcDay(now) - HISTORY_DAYS * DAY_MS;
  const inWindow = points.filter((p) => p.at >= from);
  const last = inWindow[inWindow.length - 1];
  if (!last || last.priceCents !== currentCents || startOfUtcDay(last.at) !== startOfUtcDay(now)) {
    inWindow.push({ at: now, priceCents: currentCents });
  }
  return downsample(inWindow, MAX_CHART_POINTS);
}
