import { z } from 'zod';
import { pickedProduct } from './item-product.js';
import { listChangeResult, targetList, totalBefore } from './list-result.js';
import { listArg, productIdArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({
  name: z.string().trim().min(1).max(120).describe('item to change'),
  quantity: z.number().positive().max(10_000).optional().describe('new amount'),
  unit: z.string().trim().min(1).max(20).optional().describe('unit'),
  productId: productIdArg,
  note: z.string().trim().max(200).optional().describe('note'),
  list: listArg,
});

/**
 * update_list_item: changes one line's quantity, product or note. A product set this way is a
 * pick ("Which milk?" answered after a plain "milk" went on the list): learned as the person's usual.
 */
export function updateListItemTool(deps: Pick<ToolDeps, 'lists' | 'budgets' | 'catalog' | 'memory'>): ToolDefinition<typeof input> {
  return {
    name: 'update_list_item',
    description: "Change an item's amount, product or note.",
    input,
    execute({ name, quantity, unit, productId, note, list }, ctx) {
      const target = targetList(deps, ctx, list);
      const patch = {
        ...(quantity !== undefined ? { quantity } : {}),
        ...(unit !== undefined ? { unit } : {}),
        ...(productId !== undefined ? { productId } : {}),
        ...(note !== undefined ? { note: note === '' ? null : note } : {}),
      };
      if (Object.keys(patch).length === 0) {
        return { ok: false, error: { code: 'INVALID_ARGUMENTS', message: 'Say what to change: a quantity, a product or a note.', field: 'quantity' }, text: `What should I change about the ${name}? A quantity, a product or a note.` };
      }
      const before = totalBefore(deps, ctx, target.id);
      // A product the line did not have is a pick; the line's own product, carried by "make it 6", is not.
      const picked = productId !== undefined && deps.lists.findItem(ctx.userId, target.id, name)?.productId !== productId;
      const changed = deps.lists.updateItem(ctx.userId, target.id, name, patch);
      const warning = picked ? pickedProduct(deps, ctx.userId, name, productId) : undefined;
      return listChangeResult(deps, ctx, changed, warning ?? '', { totalBefore: before, productSet: picked && quantity === undefined });
    },
  };
}
