import { z } from 'zod';
import { listLabel, listRef } from './list-result.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ name: z.string().trim().min(1).max(60).describe('list name') });

/** create_list: a new named list, which becomes the conversation's active list. */
export function createListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'create_list',
    description: 'Create a new named list.',
    input,
    execute({ name }, ctx) {
      const list = deps.lists.createList(ctx.userId, name);
      return {
        ok: true,
        data: list,
        text: `Created your ${listLabel(list.name)}. Items you add now go on it; say "add milk to my grocery list" to use another.`,
        changedListIds: [list.id],
        effects: { activeList: listRef(list) },
      };
    },
  };
}
