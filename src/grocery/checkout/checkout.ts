import { formatCents } from '../money.js';
import type { ListView, ListViewLine } from '../lists/index.js';

/** Walmart's affiliate add-to-cart link: it opens walmart.com with these items and quantities in the cart. */
export const WALMART_ADD_TO_CART = 'https://affil.walmart.com/cart/addToCart';

/** A list handed off for ordering: a cart link for what Walmart sells, and the whole list by aisle to share. */
export interface Checkout {
  listId: number;
  listName: string;
  /** `https://affil.walmart.com/cart/addToCart?items=ID|QTY,...`, or null when no line has a Walmart item id. */
  walmartCartUrl: string | null;
  /** Lines in the Walmart cart. */
  walmartLines: number;
  /** Lines still to buy that the cart does not carry (no Walmart item id, or no product at all). */
  otherLines: number;
  /** The lines still to buy, by aisle in store order, as plain text to copy or send. */
  text: string;
}

/** A product's Walmart item id: its SKU when the catalog came from Walmart (a number), else null. */
export function walmartItemId(line: Pick<ListViewLine, 'product'>): string | null {
  const sku = line.product?.sku?.trim();
  return sku && /^\d{4,15}$/.test(sku) ? sku : null;
}

/**
 * The hand-off of a list for ordering. Checked lines are bought already and left out. Lines whose
 * product has a Walmart item id go into one add-to-cart link with the packages the list needs;
 * every line to buy is in the text, grouped by aisle, with what to look for and how many.
 *
 * @example
 * checkout(view).walmartCartUrl // "https://affil.walmart.com/cart/addToCart?items=10450114|2,145051970|1"
 */
export function checkout(view: ListView): Checkout {
  const open = view.groups.map((g) => ({ aisle: g.aisle, lines: g.lines.filter((l) => !l.checked) })).filter((g) => g.lines.length > 0);
  const lines = open.flatMap((g) => g.lines);
  const cart = lines.flatMap((l) => {
    const id = walmartItemId(l);
    return id ? [`${id}|${Math.max(1, Math.ceil(l.packages))}`] : [];
  });
  const total = lines.reduce((sum, l) => sum + (l.priceCents ?? 0), 0);
  const head = `${view.name}: ${lines.length} item${lines.length === 1 ? '' : 's'} to buy${total > 0 ? `, about ${formatCents(total)}` : ''}`;
  const body = open.map((g) => [g.aisle, ...g.lines.map((l) => `- ${lineText(l)}`)].join('\n'));
  return {
    listId: view.id,
    listName: view.name,
    walmartCartUrl: cart.length > 0 ? `${WALMART_ADD_TO_CART}?items=${cart.join(',')}` : null,
    walmartLines: cart.length,
    otherLines: lines.length - cart.length,
    text: lines.length === 0 ? `${view.name}: nothing left to buy.` : [head, ...body].join('\n\n'),
  };
}

/** "2 × Great Value Whole Milk, 1 gal", "Fresh Banana, each × 4 (for 4 bananas)", "call mom". */
function lineText(l: ListViewLine): string {
  if (!l.product) return `${l.quantityText && l.quantityText !== '1' ? `${l.quantityText} ` : ''}${l.itemName}${l.note ? ` (${l.note})` : ''}`;
  const count = l.packages > 1 ? `${l.packages} × ` : '';
  return `${count}${l.product.name}${l.note ? ` (${l.note})` : ''}`;
}
