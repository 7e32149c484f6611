import { z } from 'zod';
import { formatCents } from '../grocery/money.js';
import { findProduct } from './find-product.js';
import { productName, shownProducts, withDemoNote } from './product-text.js';
import { dollarsArg, productIdArg, toCents } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z
  .object({
    productId: productIdArg,
    name: z.string().trim().min(1).max(120).optional().describe('product name'),
    targetPrice: dollarsArg('alert at or below').optional(),
  })
  .refine((a) => a.productId !== undefined || a.name !== undefined, { message: 'give productId or name', path: ['name'] });

/** track_price: subscribes the person to a price-drop alert on a product. */
export function trackPriceTool(deps: Pick<ToolDeps, 'catalog' | 'alerts' | 'memory' | 'demoStore'>): ToolDefinition<typeof input> {
  return {
    name: 'track_price',
    description: 'Alert when a product gets cheaper.',
    input,
    execute({ productId, name, targetPrice }, ctx) {
      const product = findProduct(deps, ctx.userId, { productId, name });
      const tracked = deps.alerts.trackPrice(ctx.userId, product.id, {
        ...(targetPrice !== undefined ? { targetPriceCents: toCents(targetPrice) } : {}),
        channel: ctx.channel,
      });
      const when = tracked.targetPriceCents !== null ? `drops to ${formatCents(tracked.targetPriceCents)} or less` : 'gets cheaper';
      const text = withDemoNote(
        `I'll message you when ${productName(product)} ${when} (it's ${formatCents(product.priceCents)} now). Say "stop alerts" to pause alerts.`,
        deps.demoStore,
      );
      return { ok: true, data: { productId: product.id, targetPriceCents: tracked.targetPriceCents }, text, effects: { shown: shownProducts([product]) } };
    },
  };
}
