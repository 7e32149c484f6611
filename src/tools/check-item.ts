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

/** check_item: ticks an item off (or back on) while shopping. */
export function checkItemTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'check_item',
    description: 'Check an item off the list while shopping (or uncheck it).',
    input,
    execute({ name, checked, list }, ctx) {
      const target = targetList(deps, ctx, list);
      return listChangeResult(deps, ctx, deps.lists.setChecked(ctx.userId, target.id, name, checked ?? true));
    },
  };
}
