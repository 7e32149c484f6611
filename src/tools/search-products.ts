import { z } from 'zod';
import { numberedLines, productChoices, shownProducts, withDemoNote } from './product-text.js';
import { dollarsArg, toCents } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({
  query: z.string().trim().min(1).max(120).describe('what to find'),
  category: z.string().trim().max(60).optional().describe('category'),
  brand: z.string().trim().max(60).optional().describe('brand'),
  minPrice: dollarsArg('min price').optional(),
  maxPrice: dollarsArg('max price').optional(),
  inStock: z.boolean().optional().describe('in stock only'),
  sort: z.enum(['relevance', 'price', 'unit_price', 'rating']).optional().describe('order'),
  limit: z.number().int().min(1).max(20).optional().describe('max results'),
});

/**
 * "the cheapest milk": the category the words name ("milk"), so the cheapest milk comes back and
 * not a chocolate bar or a protein shake that says "milk" in its name. Only for price orders with
 * no category given, and only when the best match's category is named by the query's last word.
 */
function cheapestOfKind(deps: Pick<ToolDeps, 'catalog'>, args: { query: string; sort?: string }): string | undefined {
  if (args.sort !== 'price' && args.sort !== 'unit_price') return undefined;
  const best = deps.catalog.bestMatch(args.query);
  const head = args.query.toLowerCase().trim().split(/\s+/).pop()!.replace(/(es|s)$/, '');
  return best && head.length >= 3 && best.category.toLowerCase().includes(head) ? best.category : undefined;
}

/** search_products: ranked catalog search, shown as numbered choices ("add the second one"). */
export function searchProductsTool(deps: Pick<ToolDeps, 'catalog' | 'memory' | 'demoStore'>): ToolDefinition<typeof input> {
  return {
    name: 'search_products',
    description: 'Search the store catalog for products.',
    input,
    execute(args, ctx): ToolResult {
      const limit = args.limit ?? 5;
      const hits = deps.catalog.search({
        query: args.query,
        category: args.category ?? cheapestOfKind(deps, args),
        brand: args.brand,
        minPriceCents: args.minPrice !== undefined ? toCents(args.minPrice) : undefined,
        maxPriceCents: args.maxPrice !== undefined ? toCents(args.maxPrice) : undefined,
        inStock: args.inStock,
        sort: args.sort,
        limit: deps.memory ? limit * 2 : limit,
      });
      let products = hits.map((h) => h.product);
      if (deps.memory && (args.sort ?? 'relevance') === 'relevance') products = deps.memory.rankProducts(ctx.userId, products);
      products = products.slice(0, limit);
      if (products.length === 0) {
        return { ok: true, data: { products: [] }, text: `I couldn't find anything for "${args.query}"${args.maxPrice !== undefined ? ` under $${args.maxPrice}` : ''}. Try a shorter or different name.` };
      }
      const text = withDemoNote(`Here's what I found for "${args.query}":\n${numberedLines(products)}\nSay "add the second one" to put one on your list.`, deps.demoStore);
      return { ok: true, data: { products: products.map((p) => p.id) }, text, choices: productChoices(products), effects: { shown: shownProducts(products) } };
    },
  };
}
