import { z } from 'zod';
import { listChangeResult, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** undo_last_change: reverts the last change to a list (add, remove, clear, ...). */
export function undoLastChangeTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'undo_last_change',
    description: 'Undo the last change to a list.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      return listChangeResult(deps, ctx, deps.lists.undo(ctx.userId, target.id));
    },
  };
}
