import { z } from 'zod';
import type { AddItemInput } from '../grocery/lists/index.js';
import { chooseProduct } from './choose-product.js';
import { listChangeResult, listRef, targetList } from './list-result.js';
import { productChoices, shownProducts, withDemoNote } from './product-text.js';
import { listArg, productIdArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition, ToolResult } from './tool.js';

const item = z.object({
  name: z.string().trim().min(1).max(120).describe('item, e.g. "milk"'),
  quantity: z.number().positive().max(10_000).optional().describe('amount; default 1'),
  unit: z.string().trim().min(1).max(20).optional().describe('e.g. gal, lb, can'),
  productId: productIdArg,
  brand: z.string().trim().min(1).max(60).optional().describe('brand'),
  note: z.string().trim().min(1).max(200).optional().describe('note'),
});

const input = z.object({
  items: z.array(item).min(1).max(50).describe('items'),
  list: listArg,
});

/**
 * add_to_list: adds items, merging with what is there. When a name could mean several products
 * ("milk") and the person has no usual one, the first such item is asked about ("Which milk?")
 * and the rest are added now; the pick finishes the add. Nothing waits on a question silently:
 * the reply says what was added and what is being asked.
 */
export function addToListTool(deps: ToolDeps): ToolDefinition<typeof input> {
  return {
    name: 'add_to_list',
    description: 'Add items to a list.',
    input,
    execute({ items, list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const now: AddItemInput[] = [];
      let ask: { item: AddItemInput; options: ReturnType<typeof chooseProduct> & { kind: 'ambiguous' } } | undefined;
      for (const it of items) {
        if (it.productId !== undefined) {
          learnPick(deps, ctx.userId, it.productId, it.name);
          now.push(it);
          continue;
        }
        // More of something already on the list means more of the same product.
        const existing = it.brand ? undefined : deps.lists.findItem(ctx.userId, target.id, it.name);
        if (existing?.productId) {
          now.push({ ...it, productId: existing.productId });
          continue;
        }
        const choice = chooseProduct(deps, ctx.userId, it);
        if (choice.kind === 'ambiguous' && !ask) ask = { item: it, options: choice };
        else now.push(choice.kind === 'none' ? it : { ...it, productId: choice.kind === 'product' ? choice.product.id : choice.options[0]!.id });
      }
      if (!ask) return listChangeResult(deps, ctx, deps.lists.addItems(ctx.userId, target.id, now));

      const options = ask.options.options;
      const question = withDemoNote(`Which ${ask.item.name}?`, deps.demoStore);
      const pending = { name: 'add_to_list', args: { items: [ask.item], list: listRef(target) } };
      const clarify = { call: pending, slot: { itemIndex: 0 }, options: shownProducts(options), prompt: question };
      if (now.length === 0) {
        return { ok: true, data: { asked: ask.item.name }, text: question, choices: productChoices(options), effects: { clarify, activeList: listRef(target) } };
      }
      const added = listChangeResult(deps, ctx, deps.lists.addItems(ctx.userId, target.id, now), question);
      if (!added.ok) return added;
      return { ...added, choices: productChoices(options), effects: { ...added.effects, clarify } };
    },
  };
}

function learnPick(deps: ToolDeps, userId: number, productId: number, name: string): void {
  if (!deps.memory) return;
  const product = deps.catalog.get(productId);
  if (product) deps.memory.learnFromPick(userId, product, name);
}
