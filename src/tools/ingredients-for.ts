import { z } from 'zod';
import { joinAll } from '../grocery/lists/index.js';
import { findDish } from '../grocery/recipes/index.js';
import { YES_NO } from './clear-list.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const input = z.object({
  dish: z.string().trim().min(1).max(80).describe('a dish or occasion, e.g. "tacos", "a bbq"'),
  list: listArg,
});

/**
 * ingredients_for: what a shopping list for a dish usually holds ("stuff for tacos"), less what is
 * on the list already, offered as one add the person confirms ("yes" adds them all, "no" nothing).
 */
export function ingredientsForTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'ingredients_for',
    description: 'What to buy for a dish or occasion, offered as items to add.',
    input,
    execute({ dish, list }, ctx): ToolResult {
      const found = findDish(dish);
      if (!found) {
        return { ok: true, data: { dish, known: false }, text: `I don't have a shopping list for "${dish.slice(0, 40)}" yet. Tell me what to add, like "add pasta, sauce and parmesan".` };
      }
      const target = targetList(deps, ctx, list);
      const have = found.items.filter((name) => deps.lists.findItem(ctx.userId, target.id, name, { exact: true }) !== undefined);
      const missing = found.items.filter((name) => !have.includes(name));
      const already = have.length ? ` (${joinAll(have)} ${have.length === 1 && !/s$/.test(have[0]!) ? 'is' : 'are'} on your list already)` : '';
      if (missing.length === 0) {
        return { ok: true, data: { dish: found.name, known: true, items: [] }, text: `Everything for ${found.name} is on your ${listLabel(target.name)} already.`, effects: { activeList: listRef(target) } };
      }
      const them = missing.length === 1 && !/s$/.test(missing[0]!) ? 'it' : 'them';
      const prompt = `For ${found.name} you'd usually get ${joinAll(missing)}${already}. Add ${them} to your ${listLabel(target.name)}?`;
      return {
        ok: true,
        data: { dish: found.name, known: true, items: missing, awaitingConfirmation: true },
        text: prompt,
        choices: YES_NO,
        effects: { confirm: { call: { name: 'add_to_list', args: { items: missing.map((name) => ({ name })), list: listRef(target) } }, prompt }, activeList: listRef(target) },
      };
    },
  };
}
