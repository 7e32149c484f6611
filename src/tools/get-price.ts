import { z } from 'zod';
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
export function getPriceTool(deps: Pick<ToolDeps, 'catalog' | 'prices' | 'memory' | 'demoStore'>): ToolDefinition<typeof input> {
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
        data: { productId: product.id, priceCents: info.priceCents, wasPriceCents: info.wasPriceCents, trend: info.trend },
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
