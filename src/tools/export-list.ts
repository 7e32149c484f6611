import { z } from 'zod';
import { listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/** export_list: the list as plain text to copy anywhere. */
export function exportListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'export_list',
    description: 'Export a list as plain text.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const text = deps.lists.exportText(ctx.userId, target.id);
      return { ok: true, data: { listId: target.id, text }, text, effects: { activeList: listRef(target) } };
    },
  };
}
