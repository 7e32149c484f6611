import { z } from 'zod';
import { isAppError } from '../errors.js';
import { YES_NO } from './clear-list.js';
import { productForItem, whichQuestion } from './item-product.js';
import { listChangeResult, listLabel, listRef, targetList, totalBefore } from './list-result.js';
import { productChoices, shownProducts, withDemoNote } from './product-text.js';
import { listArg, productIdArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const replacement = z.object({
  name: z.string().trim().min(1).max(120).describe('what takes its place, e.g. "1% milk"'),
  quantity: z.number().positive().max(10_000).optional().describe('new amount; default: the old line\'s'),
  unit: z.string().trim().min(1).max(20).optional().describe('unit'),
  productId: productIdArg,
  brand: z.string().trim().min(1).max(60).optional().describe('brand'),
});

const input = z.object({
  name: z.string().trim().min(1).max(120).describe('the item on the list to swap out'),
  items: z.array(replacement).length(1).describe('the one item that takes its place'),
  list: listArg,
});

/**
 * replace_list_item: "swap the whole milk for 1%" as one change (one undo step). The new item
 * takes the old line's place and amount; when the store's options for it differ, the swap is made
 * and which one is asked after it, as an add asks. When nothing on the list is what was named, nothing is
 * added behind the person's back: the reply says so and asks whether to add the new item anyway.
 */
export function replaceListItemTool(deps: ToolDeps): ToolDefinition<typeof input> {
  return {
    name: 'replace_list_item',
    description: 'Swap an item on a list for another, keeping its amount.',
    input,
    execute({ name, items, list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const wanted = items[0]!;
      const line = deps.lists.findItem(ctx.userId, target.id, name);
      if (!line) return notOnList(name, wanted, listLabel(target.name), listRef(target));
      const decided = productForItem(deps, ctx.userId, wanted);
      const before = totalBefore(deps, ctx, target.id);
      // As an add does: the swap is made at once and which product is asked after it ("Which vanilla ice cream?").
      const item = decided.kind === 'ask' ? { ...wanted, productId: null } : decided.item;
      let change;
      try {
        change = deps.lists.replaceItem(ctx.userId, target.id, line.itemName, item);
      } catch (err) {
        // Gone between the look and the swap (another member took it off): the same answer as never there.
        if (isAppError(err) && err.code === 'ITEM_NOT_ON_LIST') return notOnList(name, wanted, listLabel(target.name), listRef(target));
        throw err;
      }
      if (decided.kind !== 'ask') return listChangeResult(deps, ctx, change, decided.warning ?? '', { totalBefore: before });
      const question = withDemoNote(whichQuestion(decided), deps.demoStore);
      const swapped = listChangeResult(deps, ctx, change, '', { totalBefore: before, question });
      if (!swapped.ok) return swapped;
      const pending = { name: 'update_list_item', args: { name: wanted.name, list: listRef(target) } };
      const clarify = { call: pending, slot: { field: 'productId' as const }, options: shownProducts(decided.choice.options), prompt: question };
      return { ...swapped, choices: productChoices(decided.choice.options), effects: { ...swapped.effects, clarify } };
    },
  };
}

/**
 * "There's no mozzarella on your Grocery list, so I didn't add cheddar. Add cheddar anyway?":
 * nothing changed, and "yes" adds it.
 */
function notOnList(name: string, wanted: z.infer<typeof replacement>, label: string, list: string): ToolResult {
  const prompt = `There's no ${name} on your ${label}, so I didn't add ${wanted.name}. Add ${wanted.name} anyway?`;
  return {
    ok: true,
    data: { replaced: false, notOnList: name },
    text: prompt,
    choices: YES_NO,
    effects: { confirm: { call: { name: 'add_to_list', args: { items: [wanted], list } }, prompt }, activeList: list },
  };
}
