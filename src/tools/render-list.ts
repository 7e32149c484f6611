import { listLabel, sentence } from './list-result.js';
import { formatCents } from '../grocery/money.js';
import type { ListView, ListViewLine } from '../grocery/lists/index.js';
import { DEMO_NOTE } from './product-text.js';

/**
 * A list as chat text, grouped by aisle in store order, with prices and the estimated total. A
 * product is named with the packages to buy ("× 2") and, when those hold more than was asked
 * for, the amount asked for; a line without a product with its amount:
 *
 *   Grocery list — 4 items, about $20.62 (demo store prices)
 *   Milk & Cream
 *   • Great Value Whole Milk, 1 gal × 2 · $6.36
 *   ✓ Great Value Large White Eggs, 12 ct · $2.57
 *   Chicken & Turkey
 *   • Freshness Guaranteed Chicken Breast Tenderloins, 2.5 lb × 2 (for 3 lb) · $11.16
 *   Other
 *   • birthday candles — 2
 */
export function renderList(view: ListView, demoStore: boolean): string {
  if (view.itemCount === 0) return `Your ${listLabel(view.name)} is empty.`;
  const count = `${view.itemCount} item${view.itemCount === 1 ? '' : 's'}`;
  const total = view.estimatedTotalCents > 0 ? `, about ${formatCents(view.estimatedTotalCents)}${demoStore ? ` ${DEMO_NOTE}` : ''}` : '';
  const out = [`${sentence(listLabel(view.name))} — ${count}${total}`];
  for (const group of view.groups) {
    out.push(group.aisle);
    if (group.lines.length > 0) out.push(groupText(group.lines));
  }
  if (view.unmatchedCount > 0) {
    out.push(`${view.unmatchedCount} item${view.unmatchedCount === 1 ? " isn't" : "s aren't"} matched to a product, so ${view.unmatchedCount === 1 ? "it's" : "they're"} not in the total.`);
  }
  return out.join('\n');
}

/**
 * An aisle's lines as text, by the view's array of them (a change to the aisle makes a new one),
 * and each line's by the view line (a line or product that changes makes a new view line): a view
 * of a long list after a change writes out the changed lines only.
 */
const groupTexts = new WeakMap<readonly ListViewLine[], string>();
const lineTexts = new WeakMap<ListViewLine, string>();

function groupText(lines: readonly ListViewLine[]): string {
  let text = groupTexts.get(lines);
  if (text === undefined) groupTexts.set(lines, (text = lines.map(lineText).join('\n')));
  return text;
}

function lineText(line: ListViewLine): string {
  let text = lineTexts.get(line);
  if (text !== undefined) return text;
  const qty = line.product
    ? `${line.packages > 1 ? ` × ${line.packages}` : ''}${line.amountText ? ` (${line.amountText})` : ''}`
    : line.quantityText && line.quantityText !== '1' ? ` — ${line.quantityText}` : '';
  const price = line.priceCents !== null ? ` · ${formatCents(line.priceCents)}` : '';
  const note = line.note ? ` (${line.note})` : '';
  text = `${line.checked ? '✓' : '•'} ${line.name}${qty}${price}${note}`;
  lineTexts.set(line, text);
  return text;
}
