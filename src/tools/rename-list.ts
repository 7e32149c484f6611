import { z } from 'zod';
import { listChangeResult, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  list: listArg,
  name: z.string().trim().min(1).max(60).describe('the new name'),
});

/** rename_list: renames a list the person owns. */
export function renameListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'rename_list',
    description: 'Rename a list.',
    input,
    execute({ list, name }, ctx) {
      const target = targetList(deps, ctx, list);
      return listChangeResult(deps, ctx, deps.lists.renameList(ctx.userId, target.id, name));
    },
  };
}
