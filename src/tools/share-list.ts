import { z } from 'zod';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** share_list: a code another person sends to join the list; both can then edit it. */
export function shareListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'share_list',
    description: 'Get a code that lets another person join and edit a list.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const code = deps.lists.shareCode(ctx.userId, target.id);
      return {
        ok: true,
        data: { listId: target.id, code },
        text: `To share your ${listLabel(target.name)}, have the other person send me: join ${code}\nYou'll both be able to see and edit it.`,
        effects: { activeList: listRef(target) },
      };
    },
  };
}
