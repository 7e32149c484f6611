import { z } from 'zod';
import { saysEveryWord } from '../grocery/catalog/index.js';
import { productName } from './product-text.js';
import { productIdArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z
  .object({
    productId: productIdArg,
    name: z.string().trim().min(1).max(120).optional().describe('product name'),
  })
  .refine((a) => a.productId !== undefined || a.name !== undefined, { message: 'give productId or name', path: ['name'] });

/**
 * stop_tracking: ends a price alert the person set ("stop tracking coffee"). The name is matched
 * against what they track, not the whole store, so "coffee" means the coffee they watch.
 */
export function stopTrackingTool(deps: Pick<ToolDeps, 'catalog' | 'alerts'>): ToolDefinition<typeof input> {
  return {
    name: 'stop_tracking',
    description: 'Stop a price alert on a product.',
    input,
    execute({ productId, name }, ctx): ToolResult {
      const tracked = deps.alerts.listTracked(ctx.userId);
      const best = name ? deps.catalog.bestMatch(name) : undefined;
      const says = name !== undefined && /[a-z0-9]{2}/i.test(name) ? saysEveryWord(name) : () => false;
      const matches = tracked.filter((t) => t.productId === productId || t.productId === best?.id || says(t.product));
      if (matches.length === 0) {
        const watching = tracked.length ? ` You're watching ${tracked.slice(0, 4).map((t) => productName(t.product)).join('; ')}.` : '';
        return { ok: true, data: { stopped: [] }, text: `You aren't watching the price of ${name ?? 'that'}.${watching}` };
      }
      for (const t of matches) deps.alerts.untrack(ctx.userId, t.productId);
      return {
        ok: true,
        data: { stopped: matches.map((t) => t.productId) },
        text: `OK, I stopped watching ${matches.map((t) => productName(t.product)).join(' and ')}.`,
      };
    },
  };
}
