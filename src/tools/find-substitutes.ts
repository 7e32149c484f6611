import { z } from 'zod';
import { formatCents } from '../grocery/money.js';
import { dietFilters } from './diet-filters.js';
import { findProduct } from './find-product.js';
import { productChoices, productLine, productName, shownProducts, withDemoNote } from './product-text.js';
import { dollarsArg, productIdArg, toCents } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z
  .object({
    productId: productIdArg,
    name: z.string().trim().min(1).max(120).optional().describe('product name'),
    maxPriceDifference: dollarsArg('max extra cost; 0: cheaper only', { zero: true }).optional(),
    preferredBrands: z.array(z.string().trim().min(1).max(60)).max(10).optional().describe('brands to prefer'),
    avoidBrands: z.array(z.string().trim().min(1).max(60)).max(10).optional().describe('brands to avoid'),
  })
  .refine((a) => a.productId !== undefined || a.name !== undefined, { message: 'give productId or name', path: ['name'] });

/**
 * find_substitutes: alternatives from the same category, ranked by unit price and size, with the
 * person's diet, allergies and brand likes and dislikes applied on top of what they asked.
 * `maxPriceDifference: 0` ("something cheaper than ...") offers only what costs no more, or, when
 * nothing does, what costs less per unit, said as such.
 */
export function findSubstitutesTool(deps: Pick<ToolDeps, 'catalog' | 'substitutes' | 'preferences' | 'memory' | 'demoStore' | 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'find_substitutes',
    description: 'Alternatives to a product.',
    input,
    execute(args, ctx): ToolResult {
      const product = findProduct(deps, ctx.userId, { productId: args.productId, name: args.name });
      const prefs = dietFilters(deps.preferences, ctx.userId);
      const base = {
        maxPriceDifferenceCents: args.maxPriceDifference !== undefined ? toCents(args.maxPriceDifference) : undefined,
        preferredBrands: [...(args.preferredBrands ?? []), ...prefs.likedBrands],
        avoidBrands: [...(args.avoidBrands ?? []), ...prefs.dislikedBrands],
        avoidAllergens: prefs.avoidAllergens,
        limit: 5,
      };
      let subs = deps.substitutes.findSubstitutes(product, { ...base, dietFlags: prefs.dietFlags });
      let caveat = '';
      if (subs.length === 0 && prefs.dietFlags.length > 0) {
        subs = deps.substitutes.findSubstitutes(product, base);
        if (subs.length) caveat = `\n(None of these are marked ${prefs.dietFlags.join(', ').replace(/_/g, ' ')}.)`;
      }
      let heading = args.maxPriceDifference === 0 ? `For no more than ${productName(product)} (${formatCents(product.priceCents)}):` : `Instead of ${productName(product)} (${formatCents(product.priceCents)}):`;
      if (subs.length === 0 && args.maxPriceDifference === 0 && product.unitPrice) {
        // Nothing cheaper on the shelf: bigger packs that cost less per pound are the next best answer.
        subs = deps.substitutes.findSubstitutes(product, { ...base, maxPriceDifferenceCents: undefined, cheaperOnly: true, dietFlags: prefs.dietFlags });
        heading = `Nothing costs less than ${productName(product)} (${formatCents(product.priceCents)}), but these cost less per ${product.unitPrice.unit}:`;
      }
      if (subs.length === 0) {
        return { ok: true, data: { productId: product.id, substitutes: [] }, text: `I couldn't find a good alternative to ${productName(product)} that fits what you asked.` };
      }
      const products = subs.map((s) => s.product);
      const lines = subs.map((s, i) => `${i + 1}) ${productLine(s.product)} — ${s.why}`);
      const text = withDemoNote(
        `${heading}\n${lines.join('\n')}${caveat}\nSay "add the first one" to put one on your list.`,
        deps.demoStore,
      );
      return {
        ok: true,
        data: { productId: product.id, substitutes: products.map((p) => p.id) },
        text,
        choices: productChoices(products),
        effects: { shown: shownProducts(products) },
      };
    },
  };
}
