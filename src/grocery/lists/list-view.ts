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

/** One line as {@link buildListView} shows it: the linked product (or null) priced for the packages needed. */
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

interface Group {
  aisle: string;
  order: [number, number];
  lines: ListViewLine[];
}

/**
 * The list grouped by aisle in store order (department order, then aisle order), lines in the
 * order they were added, unmatched lines in "Other" at the end; with the estimated total
 * (price × packages needed for every linked line) and the count of lines without a product.
 */
export function buildListView(
  list: { id: number; name: string; version: number },
  items: readonly ListItem[],
  products: ReadonlyMap<number, Product>,
): ListView {
  const groups = new Map<string, Group>();
  const other: ListViewLine[] = [];
  let total = 0;
  for (const item of items) {
    const product = item.productId !== null ? (products.get(item.productId) ?? null) : null;
    const line = toViewLine(item, product);
    if (!product) {
      other.push(line);
      continue;
    }
    total += line.priceCents ?? 0;
    // Products without an aisle are shelved by department, at the department's start.
    const aisle = product.aisle?.name || product.department.name;
    const order: [number, number] = [product.department.storeOrder, product.aisle?.storeOrder ?? -1];
    const group = groups.get(aisle) ?? { aisle, order, lines: [] };
    group.lines.push(line);
    groups.set(aisle, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.aisle.localeCompare(b.aisle));
  const outGroups = sorted.map(({ aisle, lines }) => ({ aisle, lines }));
  if (other.length > 0) outGroups.push({ aisle: OTHER_GROUP, lines: other });
  return {
    id: list.id,
    name: list.name,
    version: list.version,
    groups: outGroups,
    estimatedTotalCents: total,
    unmatchedCount: other.length,
    itemCount: items.length,
  };
}

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
    groups: view.groups.map((g) => ({ aisle: g.aisle, lines: g.lines.map(wireLine) })),
    estimatedTotalCents: view.estimatedTotalCents,
    unmatchedCount: view.unmatchedCount,
    itemCount: view.itemCount,
  };
}
