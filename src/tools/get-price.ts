import { z } from 'zod';
import { formatCents, formatUnitPrice } from '../grocery/money.js';
import { findProduct } from './find-product.js';
import { productName, shownProducts, withDemoNote } from './product-text.js';
import { productIdArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z
  .object({
    productId: productIdArg,
    query: z.string().trim().min(1).max(120).optional().describe('product name'),
  })
  .refine((a) => a.productId !== undefined || a.query !== undefined, { message: 'give productId or query', path: ['query'] });

/** get_price: current price, unit price, was-price and the trend, plus the history for a chart. */
export function getPriceTool(deps: Pick<ToolDeps, 'catalog' | 'prices' | 'memory' | 'demoStore' | 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'get_price',
    description: 'Current price, unit price and price trend of a product.',
    input,
    execute({ productId, query }, ctx): ToolResult {
      const product = findProduct(deps, ctx.userId, { productId, name: query });
      const info = deps.prices.priceInfo(product.id);
      const name = productName(product);
      const text = withDemoNote(`${name}: ${info.summary}${product.inStock ? '' : ' (out of stock right now)'}.`, deps.demoStore);
      return {
        ok: true,
        data: { productId: product.id, name, priceCents: info.priceCents, wasPriceCents: info.wasPriceCents, trend: info.trend, unitPrice: product.unitPrice ?? null },
        text,
        effects: {
          shown: shownProducts([product]),
          touched: [{ name: query ?? product.name, productId: product.id }],
          priceHistory: { productId: product.id, name, points: info.history.map((p) => ({ at: p.at, priceCents: p.priceCents })) },
        },
      };
    },
  };
}

/** What a get_price result's data holds, for a reply that sets two prices side by side. */
interface PriceData {
  name: string;
  priceCents: number;
  unitPrice: { millicents: number; unit: string } | null;
}

/**
 * "Per oz, Oreo Chocolate Sandwich Cookies, 18.12 oz is cheaper: 34¢ vs 38¢." for two prices asked
 * together ("compare oreos and chips ahoy"), by unit price when both have one in the same unit,
 * else by shelf price (saying the units differ); undefined for anything else.
 */
export function comparePrices(results: readonly ToolResult[]): string | undefined {
  if (results.length !== 2 || !results.every((r) => r.ok)) return undefined;
  const [a, b] = results.map((r) => (r as { data: PriceData }).data) as [PriceData, PriceData];
  if (a.name === b.name) return undefined;
  if (a.unitPrice && b.unitPrice && a.unitPrice.unit === b.unitPrice.unit && a.unitPrice.millicents !== b.unitPrice.millicents) {
    const [low, high] = a.unitPrice.millicents < b.unitPrice.millicents ? [a, b] : [b, a];
    const unit = low.unitPrice!.unit;
    const each = (p: PriceData) => formatUnitPrice(p.unitPrice!.millicents, unit).replace(`/${unit}`, '');
    return `Per ${unit}, ${low.name} is cheaper: ${each(low)} vs ${each(high)}.`;
  }
  if (a.priceCents === b.priceCents) return `They cost the same: ${formatCents(a.priceCents)}.`;
  const [low, high] = a.priceCents < b.priceCents ? [a, b] : [b, a];
  const apart = a.unitPrice && b.unitPrice ? " (sold by different units, so not per unit)" : '';
  return `${low.name} costs less on the shelf: ${formatCents(low.priceCents)} vs ${formatCents(high.priceCents)}${apart}.`;
}

