import { normalizeText } from '../grocery/catalog/index.js';
import { joinNames, listLabel, placeOf, toListDelta, toListSnapshot, type ListChange, type ListSummary, type ListView } from '../grocery/lists/index.js';
import { formatCents } from '../grocery/money.js';
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

/** "Swapped whole milk for 1% milk (Great Value 1% Low Fat Milk, 1 gal), still 2 gal." */
function describeSwap(change: ListChange, view: ListView): string | undefined {
  const swapped = change.items.length === 1 && change.items[0]!.action === 'replaced' ? change.items[0]! : undefined;
  if (!swapped) return undefined;
  const line = swapped.itemId !== null ? placeOf(view, swapped.itemId)?.line : undefined;
  const product = line?.product ? ` (${productName(line.product)})` : '';
  const amount = swapped.quantityText && swapped.quantityText !== '1' ? `, still ${swapped.quantityText}` : '';
  return `${sentence(change.description)}${product}${amount}.`;
}

/** "2 gal milk: Great Value 1% Low Fat Milk, 1 gal (Grocery list)." — a line's product set, as a pick answers "Which milk?". */
function describePick(change: ListChange, view: ListView): string | undefined {
  const picked = change.items.length === 1 && change.items[0]!.action === 'updated' ? change.items[0]! : undefined;
  const line = picked?.itemId != null ? placeOf(view, picked.itemId)?.line : undefined;
  if (!picked || !line?.product) return undefined;
  const amount = picked.quantityText && picked.quantityText !== '1' ? `${picked.quantityText} ` : '';
  return `${sentence(`${amount}${picked.name}`)}: ${productName(line.product)} (${listLabel(change.listName)}).`;
}

/**
 * "Added 2 gal milk (Great Value Whole Milk, 1 gal) and eggs to your Grocery list." — for adds,
 * the amount and the product each name was matched to, so a person can see what will be bought.
 */
function describeAdds(change: ListChange, view: ListView): string | undefined {
  if (change.items.length === 0 || !change.items.every((i) => i.action === 'added' || i.action === 'merged' || i.action === 'separate')) return undefined;
  const parts = change.items.map((i) => {
    const line = i.itemId !== null ? placeOf(view, i.itemId)?.line : undefined;
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
 * What a list comes to before a change that may add to it, when the person keeps a budget (so
 * the change can say when it takes the list past it); undefined without a budget.
 */
export function totalBefore(deps: Pick<ToolDeps, 'lists' | 'budgets'>, ctx: ToolContext, listId: number): number | undefined {
  return deps.budgets.getBudget(ctx.userId) ? deps.lists.view(ctx.userId, listId).estimatedTotalCents : undefined;
}

/**
 * "That brings your Grocery list to about $51.20, $11.20 over your $40.00 weekly budget." when a
 * change made the list cost more and it now goes past the budget (with what was spent this
 * period): said every time it happens, not only when asked.
 */
function overBudget(deps: Partial<Pick<ToolDeps, 'budgets'>>, ctx: ToolContext, view: ListView, before: number | undefined): string | undefined {
  if (before === undefined || !deps.budgets || view.estimatedTotalCents <= before) return undefined;
  const status = deps.budgets.budgetStatus(ctx.userId, { listTotalCents: view.estimatedTotalCents });
  if (!status || status.remainingCents >= 0) return undefined;
  const spent = status.spentCents > 0 ? ` with the ${formatCents(status.spentCents)} spent so far` : '';
  return `That brings your ${listLabel(view.name)} to about ${formatCents(view.estimatedTotalCents)}, ${formatCents(-status.remainingCents)} over your ${formatCents(status.amountCents)} ${status.period === 'week' ? 'weekly' : 'monthly'} budget${spent}.`;
}

/**
 * The result of a list write: the change described in a sentence with its notes, what changed on
 * the list (for channels that keep it drawn; the whole list when the change redid it), the items touched (for "make it 3") and the active list.
 * Given what the list came to before (`totalBefore`), it also says when the change took it past
 * the person's budget; a `question` still open comes last.
 */
export function listChangeResult(
  deps: Pick<ToolDeps, 'lists'> & Partial<Pick<ToolDeps, 'budgets'>>,
  ctx: ToolContext,
  change: ListChange,
  extra = '',
  opts: { totalBefore?: number; question?: string; productSet?: boolean } = {},
): ToolResult<ListChange> {
  const view = deps.lists.view(ctx.userId, change.listId);
  const touched: TouchedItem[] = change.items
    .filter((i) => i.action !== 'not_on_list')
    .map((i) => ({ name: i.name, productId: i.productId, quantity: i.quantity, unit: i.unit ?? undefined, list: `#${change.listId}` }));
  const said = describeAdds(change, view) ?? describeSwap(change, view) ?? (opts.productSet ? describePick(change, view) : undefined);
  const lines = [said ?? describe(change), ...change.notes];
  if (extra) lines.push(extra);
  const over = overBudget(deps, ctx, view, opts.totalBefore);
  if (over) lines.push(over);
  // A question still open goes last, where the eye (and the buttons under it) land.
  if (opts.question) lines.push(opts.question);
  return {
    ok: true,
    data: change,
    text: lines.join('\n'),
    changedListIds: change.changedListIds,
    effects: { touched, activeList: `#${change.listId}`, ...listEffect(change, view) },
  };
}

/** The change as channels that draw the list need it: the lines it touched, or the whole list. */
function listEffect(change: ListChange, view: ListView): { listChange: ReturnType<typeof toListDelta> } | { list: ReturnType<typeof toListSnapshot> } {
  const delta = toListDelta(change, view);
  return delta ? { listChange: delta } : { list: toListSnapshot(view) };
}
