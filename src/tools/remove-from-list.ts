import { z } from 'zod';
import { listChangeResult, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  items: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120).describe('item'),
        quantity: z.number().positive().max(10_000).optional().describe('amount; omit for all'),
        unit: z.string().trim().min(1).max(20).optional().describe('unit'),
      }),
    )
    .min(1)
    .max(50)
    .describe('items'),
  list: listArg,
});

/** remove_from_list: takes items off a list, or reduces them by a quantity. */
export function removeFromListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'remove_from_list',
    description: 'Remove items, or reduce their amount.',
    input,
    execute({ items, list }, ctx) {
      const target = targetList(deps, ctx, list);
      return listChangeResult(deps, ctx, deps.lists.removeItems(ctx.userId, target.id, items));
    },
  };
}
