import { formatCents } from '../money.js';
import { formatQuantity, packagesNeeded, quantityOf } from '../quantity/index.js';
import type { Product } from '../types.js';
import type { ListSnapshot } from '../views.js';
import type { ListItem, ListView, ListViewLine } from './types.js';

/** The group unmatched lines go in, always last. */
export const OTHER_GROUP = 'Other';

/** A line's quantity as people say it ("2 gal", "12", "2 loaves"). */
export function lineQuantityText(item: Pick<ListItem, 'quantity' | 'unit'>): string {
  return formatQuantity(quantityOf(item.quantity, item.unit));
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

/**
 * Just the {@link ListSnapshot} fields of a view, for replies that travel to channels: the view's
 * lines carry whole products, which a web page or chat message does not need.
 */
export function toListSnapshot(view: ListView): ListSnapshot {
  return {
    id: view.id,
    name: view.name,
    groups: view.groups.map((g) => ({
      aisle: g.aisle,
      lines: g.lines.map(({ id, name, quantityText, productId, priceCents, checked, note }) => ({ id, name, quantityText, productId, priceCents, checked, note })),
    })),
    estimatedTotalCents: view.estimatedTotalCents,
    unmatchedCount: view.unmatchedCount,
    itemCount: view.itemCount,
  };
}
