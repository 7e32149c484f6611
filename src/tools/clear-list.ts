import { z } from 'zod';
import { joinAll } from '../grocery/lists/index.js';
import { memberNames } from './list-members.js';
import { listChangeResult, listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({ list: listArg });
const confirmedInput = z.object({ list: z.string().trim().min(1).max(60).describe('the list to empty') });

const YES_NO = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];

/** clear_list: asks for confirmation before emptying a list; "yes" runs {@link clearListConfirmedTool}. */
export function clearListTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'clear_list',
    description: 'Empty a list (the person is asked to confirm first).',
    input,
    execute({ list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      if (target.itemCount === 0) return { ok: true, data: { listId: target.id }, text: `Your ${listLabel(target.name)} is already empty.`, effects: { activeList: listRef(target) } };
      // On a shared list the others lose the items too: the question says who, before the "yes".
      const named = memberNames(deps.lists.members(ctx.userId, target.id), ctx.userId);
      const others = [...named.values()].filter((n) => n !== 'you');
      const forOthers = others.length ? ` It empties it for ${joinAll(others)} too.` : '';
      const prompt = `Clear all ${target.itemCount} item${target.itemCount === 1 ? '' : 's'} from your ${listLabel(target.name)}?${forOthers} You can undo it afterwards.`;
      return {
        ok: true,
        data: { listId: target.id, awaitingConfirmation: true },
        text: prompt,
        choices: YES_NO,
        effects: { confirm: { call: { name: 'clear_list_confirmed', args: { list: listRef(target) } }, prompt }, activeList: listRef(target) },
      };
    },
  };
}

/** The confirmed half of clear_list. Internal: never offered to the model, run only after a "yes". */
export function clearListConfirmedTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof confirmedInput> {
  return {
    name: 'clear_list_confirmed',
    description: 'Empties a list after the person confirmed.',
    internal: true,
    input: confirmedInput,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      return listChangeResult(deps, ctx, deps.lists.clearList(ctx.userId, target.id), 'Say "undo" to put everything back.');
    },
  };
}

export { YES_NO };
