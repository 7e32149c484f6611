import { z } from 'zod';
import { listChangeResult, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  name: z.string().trim().min(1).max(120).describe('item on the list'),
  checked: z.boolean().optional().describe('false to uncheck; default true'),
  list: listArg,
});

/** A name that means every line. */
const EVERYTHING = /^(everything|all|all of it|all of them|all items|all the items|the whole list|every item|everything on it)$/i;

/** check_item: ticks an item off (or back on) while shopping. */
export function checkItemTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'check_item',
    description: 'Check an item off the list while shopping (or uncheck it).',
    input,
    execute({ name, checked, list }, ctx) {
      const target = targetList(deps, ctx, list);
      // "check off everything", "uncheck all": every line.
      if (EVERYTHING.test(name)) return listChangeResult(deps, ctx, deps.lists.setAllChecked(ctx.userId, target.id, checked ?? true));
      return listChangeResult(deps, ctx, deps.lists.setChecked(ctx.userId, target.id, name, checked ?? true));
    },
  };
}
