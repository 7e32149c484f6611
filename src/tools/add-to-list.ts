import { z } from 'zod';
import type { AddItemInput } from '../grocery/lists/index.js';
import { chooseProduct, soldAs } from './choose-product.js';
import { listChangeResult, listRef, targetList } from './list-result.js';
import { productChoices, shownProducts, withDemoNote } from './product-text.js';
import { listArg, productIdArg } from './schemas.js';
import type { Product } from '../grocery/types.js';
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
      const warnings: string[] = [];
      // "Heads up: Snickers ... contains peanuts." for an allergy, or (unless only allergies count) a diet miss.
      const concernOf = deps.memory?.concerns?.(ctx.userId);
      const warn = (product: Product | undefined, allergiesOnly: boolean) => {
        const concern = product && concernOf?.(product);
        if (concern && (!allergiesOnly || concern.startsWith('contains'))) warnings.push(`Heads up: ${product.name} ${concern}.`);
      };
      for (const it of items) {
        if (it.productId !== undefined) {
          learnPick(deps, ctx.userId, it.productId, it.name);
          // Picked by the person: their call, but an allergy is still worth saying.
          if (concernOf) warn(deps.catalog.get(it.productId), true);
          now.push(it);
          continue;
        }
        // More of something already on the list means more of the same product.
        const existing = it.brand ? undefined : deps.lists.findItem(ctx.userId, target.id, it.name, { exact: true });
        // ...unless it is sold otherwise than the amount says ("a 3 lb bag of onions" next to 3 loose ones).
        if (existing?.productId && (!existing.product || soldAs(existing.product, it) !== false)) {
          now.push({ ...it, productId: existing.productId });
          continue;
        }
        const choice = chooseProduct(deps, ctx.userId, it);
        if (choice.kind === 'ambiguous' && !ask) ask = { item: it, options: choice };
        else if (choice.kind === 'none') now.push(it);
        else {
          const product = choice.kind === 'product' ? choice.product : choice.options[0]!;
          warn(product, false);
          now.push({ ...it, productId: product.id });
        }
      }
      if (!ask) return listChangeResult(deps, ctx, deps.lists.addItems(ctx.userId, target.id, now), warnings.join('\n'));

      const options = ask.options.options;
      const avoided = ask.options.avoided;
      // "Great Value Mountain Trail Mix, 26 oz contains peanuts. Which trail mix instead?"
      const asked = avoided ? `${avoided.product.name} ${avoided.concern}. Which ${ask.item.name} instead?` : `Which ${ask.item.name}?`;
      const question = withDemoNote(asked, deps.demoStore);
      const pending = { name: 'add_to_list', args: { items: [ask.item], list: listRef(target) } };
      const clarify = { call: pending, slot: { itemIndex: 0 }, options: shownProducts(options), prompt: question };
      if (now.length === 0) {
        return { ok: true, data: { asked: ask.item.name }, text: question, choices: productChoices(options), effects: { clarify, activeList: listRef(target) } };
      }
      const added = listChangeResult(deps, ctx, deps.lists.addItems(ctx.userId, target.id, now), [...warnings, question].join('\n'));
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
