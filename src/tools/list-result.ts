import { normalizeText } from '../grocery/catalog/index.js';
import { joinNames, listLabel, toListSnapshot, type ListChange, type ListSummary, type ListView } from '../grocery/lists/index.js';
import { productName } from './product-text.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolContext, ToolResult, TouchedItem } from './tool.js';

/** Capitalises the first letter of a sentence. */
export function sentence(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** "Added milk and eggs to your Costco list." — the change, with the new amount after an update. */
function describe(change: ListChange): string {
  const updated = change.items.filter((i) => i.action === 'updated' && i.quantityText);
  if (updated.length > 0 && updated.length === change.items.length) {
    return `${sentence(updated.map((i) => `${i.name}: now ${i.quantityText}`).join(', '))} (${change.listName}).`;
  }
  // "remove 1 can of soup" from 3: what is left, not "Removed soup".
  const reduced = change.items.filter((i) => i.action === 'reduced' && i.quantityText);
  if (reduced.length > 0 && reduced.length === change.items.length) {
    return `${sentence(reduced.map((i) => `${i.name}: ${i.quantityText} left`).join(', '))} (${listLabel(change.listName)}).`;
  }
  const where = change.description.toLowerCase().includes(change.listName.toLowerCase()) ? '' : ` (${listLabel(change.listName)})`;
  return `${sentence(change.description)}${where}.`;
}

export { listLabel };

/** How a conversation and a pending question refer to a list: by id, which no rename or shared name can confuse. */
export function listRef(list: Pick<ListSummary, 'id'>): string {
  return `#${list.id}`;
}

/**
 * "Added 2 gal milk (Great Value Whole Milk, 1 gal) and eggs to your Grocery list." — for adds,
 * the amount and the product each name was matched to, so a person can see what will be bought.
 */
function describeAdds(change: ListChange, view: ListView): string | undefined {
  if (change.items.length === 0 || !change.items.every((i) => i.action === 'added' || i.action === 'merged' || i.action === 'separate')) return undefined;
  const lines = new Map(view.groups.flatMap((g) => g.lines).map((l) => [l.id, l]));
  const parts = change.items.map((i) => {
    const line = i.itemId !== null ? lines.get(i.itemId) : undefined;
    if (i.action === 'merged') return `more ${i.name} (now ${i.quantityText ?? 'more'})`;
    const qty = i.quantityText && i.quantityText !== '1' ? `${i.quantityText} ` : '';
    const product = line?.product && normalizeText(line.product.name) !== normalizeText(i.name) ? ` (${productName(line.product)})` : '';
    return `${qty}${i.name}${product}`;
  });
  return `Added ${joinNames(parts)} to your ${listLabel(change.listName)}.`;
}

/** The list a call means: the named one, or the user's default. Throws LIST_NOT_FOUND for an unknown name. */
export function targetList(deps: Pick<ToolDeps, 'lists'>, ctx: ToolContext, list?: string): ListSummary {
  return deps.lists.resolveList(ctx.userId, list);
}

/**
 * The result of a list write: the change described in a sentence with its notes, the list as it
 * is now (for channels that draw it), the items touched (for "make it 3") and the active list.
 */
export function listChangeResult(deps: Pick<ToolDeps, 'lists'>, ctx: ToolContext, change: ListChange, extra = ''): ToolResult<ListChange> {
  const view = deps.lists.view(ctx.userId, change.listId);
  const touched: TouchedItem[] = change.items
    .filter((i) => i.action !== 'not_on_list')
    .map((i) => ({ name: i.name, productId: i.productId, quantity: i.quantity, unit: i.unit ?? undefined, list: `#${change.listId}` }));
  const lines = [describeAdds(change, view) ?? describe(change), ...change.notes];
  if (extra) lines.push(extra);
  return {
    ok: true,
    data: change,
    text: lines.join('\n'),
    changedListIds: change.changedListIds,
    effects: { touched, activeList: `#${change.listId}`, list: toListSnapshot(view) },
  };
}
