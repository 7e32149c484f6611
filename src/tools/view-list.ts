import { z } from 'zod';
import { toListSnapshot } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { renderList } from './render-list.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({
  list: listArg,
  item: z.string().trim().min(1).max(120).optional().describe('item to look for'),
});

/** view_list: shows a list grouped by aisle with its total, or says whether an item is on it. */
export function viewListTool(deps: Pick<ToolDeps, 'lists' | 'demoStore'>): ToolDefinition<typeof input> {
  return {
    name: 'view_list',
    description: 'Show a list, or check if an item is on it.',
    input,
    execute({ list, item }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const view = deps.lists.view(ctx.userId, target.id);
      const effects = { list: toListSnapshot(view), activeList: listRef(target) };
      if (item === undefined) return { ok: true, data: { listId: target.id }, text: renderList(view, deps.demoStore), effects };
      const line = deps.lists.findItem(ctx.userId, target.id, item);
      const text = line
        ? `Yes, ${line.name}${line.quantityText && line.quantityText !== '1' ? ` (${line.quantityText})` : ''} is on your ${listLabel(target.name)}${line.checked ? ', already checked off' : ''}.`
        : `No, ${item} isn't on your ${listLabel(target.name)}.`;
      const touched = line ? [{ name: line.name, productId: line.productId, quantity: line.quantity, unit: line.unit ?? undefined, list: listRef(target) }] : undefined;
      return { ok: true, data: { listId: target.id, found: Boolean(line) }, text, effects: { ...effects, touched } };
    },
  };
}
