import { z } from 'zod';
import { itemKey, type AddItemInput } from '../grocery/lists/index.js';
import { soldAs } from './choose-product.js';
import { productForItem, whichQuestion, type ItemProduct } from './item-product.js';
import { listChangeResult, listRef, targetList, totalBefore } from './list-result.js';
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
 * ("milk") and the person has no usual one, it goes on the list at once as they said it, and the
 * first such name is asked about ("Which milk?"): the pick sets that line's product. Nothing a
 * person asked for waits on a question; the reply says what was added and what is being asked.
 */
export function addToListTool(deps: ToolDeps): ToolDefinition<typeof input> {
  return {
    name: 'add_to_list',
    description: 'Add items to a list.',
    input,
    execute({ items, list }, ctx): ToolResult {
      const target = targetList(deps, ctx, list);
      const before = totalBefore(deps, ctx, target.id);
      const now: AddItemInput[] = [];
      let ask: (ItemProduct & { kind: 'ask' }) | undefined;
      const warnings: string[] = [];
      for (const it of items) {
        if (it.productId === undefined) {
          // More of something already on the list means more of the same product.
          const existing = it.brand ? undefined : deps.lists.findItem(ctx.userId, target.id, it.name, { exact: true });
          // ...unless it is sold otherwise than the amount says ("a 3 lb bag of onions" next to 3 loose ones).
          if (existing?.productId && (!existing.product || soldAs(existing.product, it) !== false)) {
            now.push({ ...it, productId: existing.productId });
            continue;
          }
        }
        const decided = productForItem(deps, ctx.userId, it);
        if (decided.kind === 'ask' && !ask) {
          ask = decided;
          now.push({ ...it, productId: null });
          continue;
        }
        const set = decided.kind === 'ask' ? decided.first : decided;
        if (set.warning) warnings.push(set.warning);
        now.push(withUsualCount(deps, set.item));
      }
      const result = (question?: string) =>
        listChangeResult(deps, ctx, deps.lists.addItems(ctx.userId, target.id, now), warnings.join('\n'), { totalBefore: before, question });
      if (!ask) return result();

      const options = ask.choice.options;
      const question = withDemoNote(whichQuestion(ask), deps.demoStore);
      const pending = { name: 'update_list_item', args: { name: ask.item.name, list: listRef(target) } };
      const clarify = { call: pending, slot: { field: 'productId' as const }, options: shownProducts(options), prompt: question };
      const added = result(question);
      if (!added.ok) return added;
      return { ...added, choices: productChoices(options), effects: { ...added.effects, clarify } };
    },
  };
}

/** How many of a thing sold by the piece "bananas" or "some avocados" means: a few, said in the reply, never one. */
export const USUAL_PIECE_COUNT = 4;

/**
 * A plural name without an amount, for a product sold one piece at a time ("and some bananas"
 * for "Fresh Banana, each"), means a few of them, not one.
 */
function withUsualCount(deps: Pick<ToolDeps, 'catalog'>, item: AddItemInput): AddItemInput {
  if (item.quantity !== undefined || item.unit !== undefined || item.productId == null) return item;
  const last = item.name.trim().toLowerCase().split(/\s+/).pop() ?? '';
  if (!/[^s]s$/.test(last) || itemKey(last) === last) return item;
  const size = deps.catalog.get(item.productId)?.size;
  return size?.unit === 'ct' && size.value === 1 && size.text === 'each' ? { ...item, quantity: USUAL_PIECE_COUNT } : item;
}

