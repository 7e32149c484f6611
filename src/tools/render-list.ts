import { listLabel, sentence } from './list-result.js';
import { formatCents } from '../grocery/money.js';
import type { ListView } from '../grocery/lists/index.js';
import { DEMO_NOTE } from './product-text.js';

/**
 * A list as chat text, grouped by aisle in store order, with prices and the estimated total:
 *
 *   Grocery list — 3 items, about $9.44 (demo store prices)
 *   Dairy & Eggs
 *   • Milk — 2 gal · $6.96
 *   ✓ Eggs — 12
 */
export function renderList(view: ListView, demoStore: boolean): string {
  if (view.itemCount === 0) return `Your ${listLabel(view.name)} is empty.`;
  const count = `${view.itemCount} item${view.itemCount === 1 ? '' : 's'}`;
  const total = view.estimatedTotalCents > 0 ? `, about ${formatCents(view.estimatedTotalCents)}${demoStore ? ` ${DEMO_NOTE}` : ''}` : '';
  const out = [`${sentence(listLabel(view.name))} — ${count}${total}`];
  for (const group of view.groups) {
    out.push(group.aisle);
    for (const line of group.lines) {
      const qty = line.quantityText && line.quantityText !== '1' ? ` — ${line.quantityText}` : '';
      const price = line.priceCents !== null ? ` · ${formatCents(line.priceCents)}` : '';
      const note = line.note ? ` (${line.note})` : '';
      out.push(`${line.checked ? '✓' : '•'} ${line.name}${qty}${price}${note}`);
    }
  }
  if (view.unmatchedCount > 0) {
    out.push(`${view.unmatchedCount} item${view.unmatchedCount === 1 ? " isn't" : "s aren't"} matched to a product, so ${view.unmatchedCount === 1 ? "it's" : "they're"} not in the total.`);
  }
  return out.join('\n');
}
