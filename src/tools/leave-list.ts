import { z } from 'zod';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/**
 * leave_list: leaves a list someone else shared; it stays as it is for everyone else. The
 * person's own default list becomes theirs again. An owner cannot leave (they delete instead).
 */
export function leaveListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'leave_list',
    description: 'Leave a list someone else shared with you.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      deps.lists.leave(ctx.userId, target.id);
      const home = deps.lists.defaultList(ctx.userId);
      return {
        ok: true,
        data: { listId: target.id },
        text: `You've left the shared ${listLabel(target.name)}; it stays as it is for the others. Items you add now go on your ${listLabel(home.name)}.`,
        changedListIds: [target.id],
        effects: { activeList: listRef(home) },
      };
    },
  };
}
