/**
 * Small real tools for the LLM tests: an in-memory list per user with real zod schemas and real
 * execution, so tests can see what a tool call did and for whom.
 */
import { z } from 'zod';
import type { ToolContext, ToolDefinition } from '../../../src/tools/tool.js';

export interface ListFixture {
  tools: ToolDefinition[];
  /** Item lines per user id, as the tools left them. */
  lists: Map<number, string[]>;
}

export function createListFixture(opts: { slowToolMs?: number } = {}): ListFixture {
  const lists = new Map<number, string[]>();
  const listOf = (ctx: ToolContext) => lists.get(ctx.userId) ?? lists.set(ctx.userId, []).get(ctx.userId)!;

  const addInput = z.object({
    items: z
      .array(
        z.object({
          name: z.string().min(1).describe('item as the person said it, e.g. "2% milk"'),
          quantity: z.number().positive().optional().describe('how many; default 1'),
          unit: z.string().optional().describe('e.g. gal, lb, dozen'),
        }),
      )
      .min(1)
      .describe('items to add'),
    list: z.string().optional().describe('list name; default list if omitted'),
  });
  const add: ToolDefinition<typeof addInput> = {
    name: 'add_to_list',
    description: 'Add items to a grocery list.',
    input: addInput,
    execute({ items }, ctx) {
      const lines = items.map((i) => `${i.quantity ?? 1}${i.unit ? ' ' + i.unit : ''} ${i.name}`);
      listOf(ctx).push(...lines);
      return { ok: true, data: { added: lines }, text: `Added ${lines.join(', ')}.` };
    },
  };

  const viewInput = z.object({ list: z.string().optional().describe('list name; default list if omitted') });
  const view: ToolDefinition<typeof viewInput> = {
    name: 'view_list',
    description: 'Show what is on a grocery list.',
    input: viewInput,
    execute(_args, ctx) {
      const lines = listOf(ctx);
      return { ok: true, data: { lines }, text: lines.length ? `On your list: ${lines.join(', ')}.` : 'Your list is empty.' };
    },
  };

  const priceInput = z.object({ query: z.string().min(1).describe('product to price') });
  const price: ToolDefinition<typeof priceInput> = {
    name: 'get_price',
    description: 'Current price of a product.',
    input: priceInput,
    timeoutMs: 100,
    async execute({ query }, ctx) {
      if (opts.slowToolMs) {
        await new Promise((resolve, reject) => {
          const t = setTimeout(resolve, opts.slowToolMs);
          ctx.signal?.addEventListener('abort', () => (clearTimeout(t), reject(ctx.signal?.reason)), { once: true });
        });
      }
      return { ok: true, data: { priceCents: 348 }, text: `${query} is $3.48.` };
    },
  };

  return { tools: [add, view, price], lists };
}
