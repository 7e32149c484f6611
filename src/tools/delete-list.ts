import { z } from 'zod';
import { YES_NO } from './clear-list.js';
import { listLabel, listRef, targetList } from './list-result.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({ list: z.string().trim().min(1).max(60).describe('the list to delete') });

/** delete_list: asks for confirmation before deleting a list; "yes" runs {@link deleteListConfirmedTool}. */
export function deleteListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'delete_list',
    description: 'Delete a whole list (the person is asked to confirm first).',
    input,
    execute({ list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const items = target.itemCount ? ` and its ${target.itemCount} item${target.itemCount === 1 ? '' : 's'}` : '';
      const prompt = `Delete your ${listLabel(target.name)}${items}? This can't be undone.`;
      return {
        ok: true,
        data: { listId: target.id, awaitingConfirmation: true },
        text: prompt,
        choices: YES_NO,
        effects: { confirm: { call: { name: 'delete_list_confirmed', args: { list: listRef(target) } }, prompt } },
      };
    },
  };
}

/** The confirmed half of delete_list. Internal: never offered to the model. */
export function deleteListConfirmedTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'delete_list_confirmed',
    description: 'Deletes a list after the person confirmed.',
    internal: true,
    input,
    execute({ list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const done = deps.lists.deleteList(ctx.userId, target.id);
      const fallback = deps.lists.defaultList(ctx.userId);
      return {
        ok: true,
        data: done,
        text: `Deleted your ${listLabel(done.name)}.`,
        changedListIds: done.changedListIds,
        effects: { activeList: listRef(fallback) },
      };
    },
  };
}
