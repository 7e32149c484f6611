import { z } from 'zod';
import { listLabel, listRef } from './list-result.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ code: z.string().trim().min(4).max(20).describe('the share code someone sent') });

/** join_list: joins a list someone shared, by its code. */
export function joinListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'join_list',
    description: 'Join a list someone shared, using their share code.',
    input,
    execute({ code }, ctx) {
      const list = deps.lists.join(ctx.userId, code, { origin: ctx.origin });
      return {
        ok: true,
        data: list,
        text: `You've joined the ${listLabel(list.name)} (${list.itemCount} item${list.itemCount === 1 ? '' : 's'}). Anything either of you adds shows up for both.`,
        changedListIds: [list.id],
        effects: { activeList: listRef(list) },
      };
    },
  };
}
