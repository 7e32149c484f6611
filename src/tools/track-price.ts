import { z } from 'zod';
import { formatCents } from '../grocery/money.js';
import { findProduct } from './find-product.js';
import type { Product } from '../grocery/types.js';
import { chooseProduct, choiceMatters } from './choose-product.js';
import { productChoices, productName, shownProducts, withDemoNote } from './product-text.js';
import { dollarsArg, productIdArg, toCents } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z
  .object({
    productId: productIdArg,
    name: z.string().trim().min(1).max(120).optional().describe('product name'),
    targetPrice: dollarsArg('alert at or below').optional(),
  })
  .refine((a) => a.productId !== undefined || a.name !== undefined, { message: 'give productId or name', path: ['name'] });

/**
 * track_price: subscribes the person to a price-drop alert on a product. A name means the product
 * on their list by that name, else their usual one; when the store's products by that name differ
 * a lot (a $15.78 canister of coffee or a $9 bag), it asks which before watching anything.
 */
export function trackPriceTool(deps: Pick<ToolDeps, 'catalog' | 'alerts' | 'memory' | 'demoStore' | 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'track_price',
    description: 'Alert when a product gets cheaper.',
    input,
    execute({ productId, name, targetPrice }, ctx): ToolResult {
      let product: Product | undefined;
      if (productId === undefined && name !== undefined) {
        const listed = deps.lists.findItem(ctx.userId, deps.lists.defaultList(ctx.userId).id, name, { exact: true });
        product = listed?.product ?? undefined;
        const target = targetPrice !== undefined ? toCents(targetPrice) : undefined;
        const choice = product ? undefined : chooseProduct(deps, ctx.userId, { name }, { matters: (o) => trackingChoiceMatters(o, target) });
        if (choice?.kind === 'ambiguous') {
          const below = targetPrice !== undefined ? ` to watch for ${formatCents(toCents(targetPrice))} or less` : ' to watch';
          const question = withDemoNote(`Which ${name}${below}?`, deps.demoStore);
          const options = choice.options;
          const clarify = { call: { name: 'track_price', args: { name, ...(targetPrice !== undefined ? { targetPrice } : {}) } }, slot: { field: 'productId' as const }, options: shownProducts(options), prompt: question };
          return { ok: true, data: { asked: name }, text: question, choices: productChoices(options), effects: { clarify } };
        }
        if (choice?.kind === 'product') product = choice.product;
      }
      product ??= findProduct(deps, ctx.userId, { productId, name });
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

/** Shelf prices among the options further apart than this (1.5x) make "which one?" worth asking before watching a price. */
export const TRACK_PRICE_SPREAD = 1.5;

/**
 * Whether to ask which product before watching its price: when the options differ as an add
 * would ask about, or, with a price to watch for, when their shelf prices are far apart (the
 * price means one size of one thing) or the best match costs far more than that price ("below
 * $8" and a $15.78 canister).
 */
function trackingChoiceMatters(options: readonly Product[], targetCents: number | undefined): boolean {
  if (targetCents === undefined) return choiceMatters(options);
  const prices = options.map((p) => p.priceCents).filter((c) => c > 0);
  if (prices.length > 1 && Math.max(...prices) / Math.min(...prices) >= TRACK_PRICE_SPREAD) return true;
  return options[0]!.priceCents >= targetCents * TRACK_PRICE_SPREAD || choiceMatters(options);
}
