import { formatCents, formatUnitPrice } from '../money.js';
import { convert, formatQuantity, packagesNeeded, quantityOf } from '../quantity/index.js';
import type { Product } from '../types.js';
import type { ListLineView, ListSnapshot } from '../views.js';
import type { ListItem, ListView, ListViewLine } from './types.js';

/** The group unmatched lines go in, always last. */
export const OTHER_GROUP = 'Other';

/** A line's quantity as people say it ("2 gal", "12", "2 loaves"). */
export function lineQuantityText(item: Pick<ListItem, 'quantity' | 'unit'>): string {
  return formatQuantity(quantityOf(item.quantity, item.unit));
}

/**
 * "for 3 lb" when the packages to buy are not exactly the amount asked for (3 lb of chicken in
 * 2.5 lb packs); empty when they are (a dozen eggs is one 12 ct carton, 2 gal is two 1 gal jugs),
 * so a page shows "Great Value Large White Eggs, 12 ct" and not "12 Great Value Large White Eggs, 12 ct".
 * An item with no amount said ("paper towels") is one package, with nothing to add.
 */
function amountText(item: ListItem, product: Product, packages: number): string {
  const q = quantityOf(item.quantity, item.unit);
  const said = `for ${lineQuantityText(item)}`;
  if (q.dimension === 'package') return Math.abs(q.amount - packages) < 1e-9 ? '' : said;
  const size = product.size ? quantityOf(product.size.value, product.size.unit) : undefined;
  if (q.dimension === 'count') {
    // "eggs" with no amount is one of whatever the store sells: one carton, not "for 1" egg.
    if (item.unit === null && item.quantity === 1 && packages === 1) return '';
    const each = size?.dimension === 'count' ? size.amount : 1;
    return Math.abs(q.amount - packages * each) < 1e-9 ? '' : said;
  }
  const inSize = size && size.unit && size.dimension === q.dimension ? convert(q, size.unit) : undefined;
  return inSize && Math.abs(inSize.amount - packages * size!.amount) < 1e-6 ? '' : said;
}

/** One line as a list view shows it: the linked product (or null) priced for the packages needed. */
export function toViewLine(item: ListItem, product: Product | null): ListViewLine {
  const packages = product ? packagesNeeded(quantityOf(item.quantity, item.unit), product.size) : 0;
  return {
    id: item.id,
    name: product ? product.name : item.name,
    quantityText: lineQuantityText(item),
    productId: product ? product.id : null,
    priceCents: product ? product.priceCents * packages : null,
    checked: item.checked,
    note: item.note,
    sizeText: product?.size?.text ?? null,
    unitPriceText: product?.unitPrice ? formatUnitPrice(product.unitPrice.millicents, product.unitPrice.unit) : null,
    wasPriceCents: product?.wasPriceCents ?? null,
    amountText: product ? amountText(item, product, packages) : '',
    itemName: item.name,
    quantity: item.quantity,
    unit: item.unit,
    brand: item.brand,
    product,
    packages,
  };
}

/**
 * Lines already worked out, by the stored line and the product they were priced with: lines are
 * never changed in place (a change makes a new object) and a product that changes is a new
 * object too, so a 200-line list changed in one line prices one line, not 200.
 */
const viewLines = new WeakMap<ListItem, { epoch: object | undefined; product: Product | null; line: ListViewLine }>();

/** The line priced with its product; `epoch` (see ProductLookup.epoch) vouches for a line worked out before without asking for its product. */
export function viewLineOf(item: ListItem, products: ReadonlyMap<number, Product>, epoch?: object): ListViewLine {
  const known = viewLines.get(item);
  if (known && epoch !== undefined && known.epoch === epoch) return known.line;
  const product = item.productId !== null ? (products.get(item.productId) ?? null) : null;
  if (known && known.product === product) return known.line;
  const line = toViewLine(item, product);
  viewLines.set(item, { epoch, product, line });
  return line;
}

/** Product ids whose lines a view would have to price again under `epoch`: the rest it has. */
export function productIdsToPrice(items: readonly ListItem[], epoch?: object): number[] {
  const ids = new Set<number>();
  for (const item of items) {
    if (item.productId === null || (epoch !== undefined && viewLines.get(item)?.epoch === epoch)) continue;
    ids.add(item.productId);
  }
  return [...ids];
}

const wireLines = new WeakMap<ListLineView, ListLineView>();
/** An aisle's lines as they travel, by the view's array of them (never changed once made: a change makes a new one). */
const wireGroups = new WeakMap<readonly ListLineView[], ListLineView[]>();

/**
 * The list as plain text, for copying into a note or a message:
 *
 * ```
 * Grocery list (2 items)
 *
 * Dairy
 * [ ] 2 gal Great Value Whole Milk  $6.96
 * [x] 12 Large Eggs  $3.48
 *
 * Estimated total: $10.44
 * ```
 */
export function exportListText(view: ListView): string {
  const lines = [`${view.name} (${view.itemCount} ${view.itemCount === 1 ? 'item' : 'items'})`];
  if (view.itemCount === 0) return `${lines[0]}\n\nThe list is empty.\n`;
  for (const group of view.groups) {
    lines.push('', group.aisle);
    for (const l of group.lines) {
      const price = l.priceCents !== null ? `  ${formatCents(l.priceCents)}` : '';
      const note = l.note ? ` (${l.note})` : '';
      lines.push(`[${l.checked ? 'x' : ' '}] ${l.quantityText} ${l.name}${note}${price}`);
    }
  }
  const unmatched = view.unmatchedCount > 0 ? ` (${view.unmatchedCount} ${view.unmatchedCount === 1 ? 'item' : 'items'} without a price)` : '';
  lines.push('', `Estimated total: ${formatCents(view.estimatedTotalCents)}${unmatched}`);
  return `${lines.join('\n')}\n`;
}

/** The fields of a line that travel to channels, and nothing of the product behind it. */
export function wireLine(l: ListLineView): ListLineView {
  let wire = wireLines.get(l);
  if (!wire) wireLines.set(l, (wire = pickWireFields(l)));
  return wire;
}

function pickWireFields(l: ListLineView): ListLineView {
  const { id, name, quantityText, productId, priceCents, checked, note, itemName, sizeText, unitPriceText, wasPriceCents, packages, amountText } = l;
  return { id, name, quantityText, productId, priceCents, checked, note, itemName, sizeText, unitPriceText, wasPriceCents, packages, amountText };
}

/**
 * Just the {@link ListSnapshot} fields of a view, for replies that travel to channels: the view's
 * lines carry whole products, which a web page or chat message does not need.
 */
export function toListSnapshot(view: ListSnapshot): ListSnapshot {
  return {
    id: view.id,
    name: view.name,
    ...(view.version !== undefined ? { version: view.version } : {}),
    groups: view.groups.map((g) => ({ aisle: g.aisle, lines: wireLinesOf(g.lines) })),
    estimatedTotalCents: view.estimatedTotalCents,
    unmatchedCount: view.unmatchedCount,
    itemCount: view.itemCount,
  };
}

function wireLinesOf(lines: readonly ListLineView[]): ListLineView[] {
  let wire = wireGroups.get(lines);
  if (!wire) wireGroups.set(lines, (wire = lines.map(wireLine)));
  return wire;
}
