import { AppError } from '../../errors.js';
import {
  addQuantities,
  formatQuantity,
  packagesNeeded,
  quantityOf,
  subtractQuantities,
  type Quantity,
} from '../quantity/index.js';
import type { Product } from '../types.js';
import { cleanItemName, itemKey, wordKeys } from './item-name.js';
import { linesWithWords } from './list-shelves.js';
import { inListOrder, linesEndingWith, linesNamed, linesOfProduct } from './line-index.js';
import type { ItemRepository } from '../../store/lists/index.js';
import { lineQuantityText } from './list-view.js';
import type { AddItemInput, ItemOutcome, ListItem, ProductLookup, RemoveItemInput, UpdateItemInput } from './types.js';

/** What item changes work with: the stores, the catalog, who acts on which list, and when. */
export interface ItemChangeContext {
  items: ItemRepository;
  products: ProductLookup;
  listId: number;
  userId: number;
  now: number;
}

/** The biggest amount a line takes; anything above is a slip of the keyboard. */
const MAX_AMOUNT = 10_000;

/** A quantity from tool arguments, or INVALID_QUANTITY. Without an amount it is one. */
export function quantityFromInput(name: string, amount: number | undefined, unit: string | null | undefined): Quantity {
  if (amount !== undefined && !(Number.isFinite(amount) && amount > 0 && amount <= MAX_AMOUNT)) {
    throw new AppError('INVALID_QUANTITY', { detail: `quantity ${amount} for "${name}"` });
  }
  return quantityOf(amount ?? 1, unit);
}

function requireName(raw: string): string {
  const name = cleanItemName(raw ?? '');
  if (name === '' || name.length > 120) throw new AppError('BAD_INPUT', { detail: `item name "${raw}"` });
  return name;
}

function lineQuantity(item: ListItem): Quantity {
  return quantityOf(item.quantity, item.unit);
}

function storeQuantity(item: ListItem, q: Quantity): ListItem {
  return { ...item, quantity: q.amount, unit: q.unit ?? null };
}

/** A bare count of a sized product as its measure: one 1-gal jug is "1 gal". */
function inProductSize(q: Quantity, product: Product | undefined): Quantity {
  if (q.dimension !== 'count' || !product?.size) return q;
  const size = quantityOf(product.size.value, product.size.unit);
  if (size.dimension !== 'volume' && size.dimension !== 'weight') return q;
  return { amount: q.amount * size.amount, unit: size.unit, dimension: size.dimension };
}

/** Sums a line and an addition, reading bare counts as packages of the linked product if needed. */
function sumOnto(line: ListItem, add: Quantity, product: Product | undefined): Quantity | undefined {
  const current = lineQuantity(line);
  const direct = addQuantities(current, add);
  if (direct) return direct;
  const linked = product && line.productId === product.id ? product : undefined;
  return addQuantities(inProductSize(current, linked), inProductSize(add, linked));
}

function resolveProduct(ctx: ItemChangeContext, input: { name: string; productId?: number | null; brand?: string }): Product | undefined {
  if (input.productId === null) return undefined;
  if (input.productId !== undefined) {
    const product = ctx.products.getMany([input.productId]).get(input.productId);
    if (!product) throw new AppError('PRODUCT_NOT_FOUND', { detail: `product ${input.productId} for "${input.name}"` });
    return product;
  }
  return ctx.products.bestMatch(input.name, input.brand ? { brand: input.brand } : undefined);
}

function sameBrand(a: string | null, b: string | undefined): boolean {
  return b === undefined || a === null || a.toLowerCase() === b.toLowerCase();
}

/** Lines that are the item `name` (or `product`): same product, or same name ignoring case and plurals; in list order. */
function linesFor(lines: readonly ListItem[], name: string, product?: Product, brand?: string): ListItem[] {
  const byName = linesNamed(lines, itemKey(name)).filter((l) => sameBrand(l.brand, brand));
  const byProduct = product !== undefined ? linesOfProduct(lines, product.id) : [];
  if (byProduct.length === 0) return byName;
  if (byName.length === 0) return byProduct.slice();
  return [...new Set([...byName, ...byProduct])].sort(inListOrder);
}

function outcome(item: ListItem | undefined, name: string, action: ItemOutcome['action']): ItemOutcome {
  return {
    name,
    action,
    itemId: item?.id ?? null,
    productId: item?.productId ?? null,
    ...(item ? { quantityText: lineQuantityText(item), quantity: item.quantity, unit: item.unit } : {}),
  };
}

/**
 * Adds items, merging each with a line for the same product or name: quantities add across units
 * (2 lb + 16 oz = 3 lb); a checked line is bought already, so it is reopened with the new amount;
 * amounts that cannot be added (2 gal and 3 lb) go on a separate line with a note.
 */
export function addItems(ctx: ItemChangeContext, inputs: readonly AddItemInput[]): { outcomes: ItemOutcome[]; notes: string[] } {
  const outcomes: ItemOutcome[] = [];
  const notes: string[] = [];
  for (const input of inputs) {
    const name = requireName(input.name);
    const q = quantityFromInput(name, input.quantity, input.unit);
    const product = resolveProduct(ctx, { ...input, name });
    const lines = ctx.items.items(ctx.listId);
    const candidates = linesFor(lines, name, product, input.brand).sort((a, b) => Number(a.checked) - Number(b.checked));
    let merged: ListItem | undefined;
    for (const line of candidates) {
      const sum = line.checked ? q : sumOnto(line, q, product);
      if (!sum) continue;
      merged = {
        ...storeQuantity(line, sum),
        checked: false,
        // A brand or product the user named now wins over what the line was linked to.
        productId: input.productId !== undefined || input.brand ? (product?.id ?? line.productId) : (line.productId ?? product?.id ?? null),
        brand: input.brand ?? line.brand,
        note: input.note ?? line.note,
      };
      ctx.items.update(merged, ctx.now);
      break;
    }
    if (merged) {
      outcomes.push(outcome(merged, name, 'merged'));
      continue;
    }
    const added = ctx.items.insert(
      ctx.listId,
      { productId: product?.id ?? null, name, quantity: q.amount, unit: q.unit ?? null, brand: input.brand ?? null, note: input.note ?? null, addedBy: ctx.userId },
      ctx.now,
    );
    if (candidates.length > 0) {
      const there = `the ${lineQuantityText(candidates[0]!)} already there`;
      notes.push(q.unit ? `${formatQuantity(q)} of ${name} can't be added to ${there}, so it's on its own line.` : `${formatQuantity(q)} ${name} can't be added to ${there}, so they're on their own line.`);
    }
    outcomes.push(outcome(added, name, candidates.length > 0 ? 'separate' : 'added'));
  }
  return { outcomes, notes };
}

/**
 * The lines a removal or update means: by name first, then by the product the name matches, then
 * (`byEnding`) the one line whose name ends with it ("remove the soup" with only "tomato soup" on
 * the list), then the one line whose own words and product's words hold every word said, so the
 * words on the list find its lines ("remove the mozzarella" takes off the line shown as "Great
 * Value Shredded Mozzarella Cheese"; "make that 3 lbs of chicken" is the chicken breast).
 */
function findLines(ctx: ItemChangeContext, lines: readonly ListItem[], name: string, byEnding = true): ListItem[] {
  const byName = linesFor(lines, name);
  if (byName.length > 0) return byName;
  const product = ctx.products.bestMatch(name);
  const byProduct = product ? linesOfProduct(lines, product.id).slice() : [];
  if (byProduct.length > 0 || !byEnding) return byProduct;
  const ending = linesEndingWith(lines, itemKey(name).split(' '));
  if (ending.length === 1) return ending;
  return linesHoldingWords(ctx, lines, name);
}

/** The one line (unchecked ones first) whose name, brand and product name hold every word. */
function linesHoldingWords(ctx: ItemChangeContext, lines: readonly ListItem[], name: string): ListItem[] {
  const said = wordKeys(name).filter((w) => w.length > 1);
  if (said.length === 0) return [];
  const holding = linesWithWords(lines, said, ctx.products);
  const open = holding.filter((l) => !l.checked);
  if (open.length === 1) return open;
  return holding.length === 1 ? holding : [];
}

/**
 * Takes items off: all of each, or reduces by a quantity (taking it to zero or below removes
 * the line). A bare number taken off a measured line counts in the line's unit ("remove 1 milk"
 * from 2 gal leaves 1 gal). Items that are not on the list are reported, not errors, unless none is.
 */
export function removeItems(ctx: ItemChangeContext, inputs: readonly RemoveItemInput[]): ItemOutcome[] {
  const outcomes: ItemOutcome[] = [];
  for (const input of inputs) {
    const name = requireName(input.name);
    const lines = findLines(ctx, ctx.items.items(ctx.listId), name);
    if (lines.length === 0) {
      outcomes.push(outcome(undefined, name, 'not_on_list'));
      continue;
    }
    // Said back as the line is named: "remove the soup" took off the tomato soup.
    const said = lines.length === 1 ? lines[0]!.name : name;
    if (input.quantity === undefined) {
      for (const line of lines) ctx.items.delete(line.id);
      outcomes.push(outcome(undefined, said, 'removed'));
      continue;
    }
    const take = quantityFromInput(name, input.quantity, input.unit);
    const line = lines.find((l) => !l.checked) ?? lines[0]!;
    const current = lineQuantity(line);
    const left =
      subtractQuantities(current, take) ??
      (take.dimension === 'count' && input.unit === undefined ? subtractQuantities(current, { ...current, amount: take.amount }) : undefined);
    if (!left) {
      throw new AppError('INVALID_QUANTITY', {
        userMessage: `I can't take ${formatQuantity(take)} off ${formatQuantity(current)} of ${line.name}.`,
        detail: `remove ${take.amount} ${take.unit ?? ''} from line ${line.id}`,
      });
    }
    if (left.amount <= 1e-9) {
      ctx.items.delete(line.id);
      outcomes.push(outcome(undefined, line.name, 'removed'));
    } else {
      const reduced = storeQuantity(line, left);
      ctx.items.update(reduced, ctx.now);
      outcomes.push(outcome(reduced, line.name, 'reduced'));
    }
  }
  if (outcomes.every((o) => o.action === 'not_on_list')) {
    throw new AppError('ITEM_NOT_ON_LIST', { detail: `none of ${inputs.map((i) => i.name).join(', ')} on list ${ctx.listId}` });
  }
  return outcomes;
}

/**
 * The one line `name` means, or undefined. Unchecked lines win over checked ones. `exact`: only a
 * line of that name or product, not one whose name merely ends with it (an add of "milk" next to
 * "oat milk" is a new line; "remove the soup" next to only "tomato soup" is that line).
 */
export function findLine(ctx: ItemChangeContext, name: string, exact = false): ListItem | undefined {
  const lines = findLines(ctx, ctx.items.items(ctx.listId), requireName(name), !exact);
  return lines.find((l) => !l.checked) ?? lines[0];
}

/** The one line `name` means, or ITEM_NOT_ON_LIST. Unchecked lines win over checked ones. */
export function requireLine(ctx: ItemChangeContext, name: string): ListItem {
  const line = findLine(ctx, name);
  if (!line) throw new AppError('ITEM_NOT_ON_LIST', { detail: `"${name}" on list ${ctx.listId}` });
  return line;
}

/**
 * Changes one line. A new quantity without a unit keeps the line's unit ("make the milk 3");
 * a unit without a quantity keeps the amount.
 */
export function updateItem(ctx: ItemChangeContext, name: string, patch: UpdateItemInput): ItemOutcome {
  const line = requireLine(ctx, name);
  let next: ListItem = { ...line };
  if (patch.quantity !== undefined || patch.unit !== undefined) {
    const unit = patch.unit !== undefined ? patch.unit : line.unit;
    next = storeQuantity(next, quantityFromInput(line.name, patch.quantity ?? line.quantity, unit));
  }
  if (patch.productId !== undefined) {
    next.productId = patch.productId === null ? null : resolveProduct(ctx, { name: line.name, productId: patch.productId })!.id;
  }
  if (patch.note !== undefined) next.note = patch.note === null || patch.note.trim() === '' ? null : patch.note.trim();
  if (patch.brand !== undefined) next.brand = patch.brand === null || patch.brand.trim() === '' ? null : patch.brand.trim();
  ctx.items.update(next, ctx.now);
  return outcome(next, line.name, 'updated');
}

/**
 * Swaps one line for another item in place ("swap the whole milk for 1%"): the line keeps its
 * place and, unless a new amount is given, its amount. A measure (2 gal) stays that measure; a
 * count stays a count when both products are sold by the count (12 eggs for 12 brown eggs), and
 * otherwise becomes as many packages as the old line needed (6 bagels, one bag, become one of the
 * new thing). ITEM_NOT_ON_LIST when no line is meant, and nothing changes.
 */
export function replaceItem(ctx: ItemChangeContext, name: string, input: AddItemInput): { outcome: ItemOutcome; replaced: string } {
  const line = requireLine(ctx, name);
  const newName = requireName(input.name);
  const product = resolveProduct(ctx, { ...input, name: newName });
  let q: Quantity;
  if (input.quantity !== undefined) q = quantityFromInput(newName, input.quantity, input.unit);
  else {
    const had = lineQuantity(line);
    const old = line.productId !== null ? ctx.products.getMany([line.productId]).get(line.productId) : undefined;
    const byCount = (p: Product | undefined) => p?.size?.unit === 'ct';
    q = had.dimension !== 'count' || (byCount(old) && byCount(product)) || !old ? had : quantityOf(packagesNeeded(had, old.size ?? null), null);
  }
  const next: ListItem = { ...storeQuantity(line, q), name: newName, productId: product?.id ?? null, brand: input.brand ?? null, note: input.note ?? null, checked: false };
  ctx.items.update(next, ctx.now);
  return { outcome: outcome(next, newName, 'replaced'), replaced: line.name };
}

/** Checks a line off (or back on). */
export function setChecked(ctx: ItemChangeContext, name: string, checked: boolean): ItemOutcome {
  const lines = findLines(ctx, ctx.items.items(ctx.listId), requireName(name));
  const line = lines.find((l) => l.checked !== checked) ?? lines[0];
  if (!line) throw new AppError('ITEM_NOT_ON_LIST', { detail: `"${name}" on list ${ctx.listId}` });
  const next = { ...line, checked };
  ctx.items.update(next, ctx.now);
  return outcome(next, line.name, checked ? 'checked' : 'unchecked');
}
