import { z } from 'zod';
import { listChangeResult, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** remove_checked: takes the checked-off lines off a list after a shopping trip; "undo" puts them back. */
export function removeCheckedTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'remove_checked',
    description: 'Remove the checked-off items from a list (what was bought).',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const change = deps.lists.removeChecked(ctx.userId, target.id);
      const back = change.items.length === 1 ? 'Say "undo" to put it back.' : 'Say "undo" to put them back.';
      return listChangeResult(deps, ctx, change, change.items.length ? back : '');
    },
  };
}
