import { formatCents, formatUnitPrice } from '../grocery/money.js';
import type { Product } from '../grocery/types.js';
import type { Choice, ProductCardView } from '../grocery/views.js';
import type { ShownProduct } from './tool.js';

/** Said after prices that come from the generated demo store, so nobody mistakes them for a real shelf. */
export const DEMO_NOTE = '(demo store prices)';

/** "Great Value Whole Milk, 1 gal" — the name with its size when the name does not already say it. */
export function productName(p: Product): string {
  const size = p.size?.text;
  return size && !p.name.toLowerCase().includes(size.toLowerCase()) ? `${p.name}, ${size}` : p.name;
}

/** "$3.48 (2.7¢/fl oz)", with "was $3.98" during a rollback and "out of stock" when it is. */
export function priceText(p: Product): string {
  const parts = [formatCents(p.priceCents)];
  if (p.unitPrice) parts.push(`(${formatUnitPrice(p.unitPrice.millicents, p.unitPrice.unit)})`);
  if (p.wasPriceCents && p.wasPriceCents > p.priceCents) parts.push(`was ${formatCents(p.wasPriceCents)}`);
  if (!p.inStock) parts.push('· out of stock');
  return parts.join(' ');
}

/** One product as a line of a reply: "Great Value Whole Milk, 1 gal — $3.48 (2.7¢/fl oz)". */
export function productLine(p: Product): string {
  return `${productName(p)} — ${priceText(p)}`;
}

/** Numbered lines for a reply: "1) ...". */
export function numberedLines(products: readonly Product[]): string {
  return products.map((p, i) => `${i + 1}) ${productLine(p)}`).join('\n');
}

/**
 * Products as numbered choices; the value is the number, which the router reads as a pick. Each
 * carries its card (size, price, unit price, and a deal `badges` names or a running rollback).
 */
export function productChoices(products: readonly Product[], badges?: ReadonlyMap<number, string>): Choice[] {
  return products.map((p, i) => ({ label: `${i + 1}) ${productName(p)} · ${formatCents(p.priceCents)}`, value: String(i + 1), product: productCard(p, badges?.get(p.id)) }));
}

/** A product as a page draws it in a compact card. */
export function productCard(p: Product, badge?: string): ProductCardView {
  const rollback = p.wasPriceCents !== null && p.wasPriceCents > p.priceCents;
  const tag = badge ?? (rollback ? 'Rollback' : undefined);
  return {
    productId: p.id,
    name: p.name,
    sizeText: p.size?.text ?? null,
    priceCents: p.priceCents,
    unitPriceText: p.unitPrice ? formatUnitPrice(p.unitPrice.millicents, p.unitPrice.unit) : null,
    wasPriceCents: rollback ? p.wasPriceCents : null,
    ...(tag ? { badge: tag } : {}),
    inStock: p.inStock,
  };
}

/** What the conversation keeps of shown products, so "the second one" can be resolved next turn. */
export function shownProducts(products: readonly Product[]): ShownProduct[] {
  return products.map((p) => ({ productId: p.id, name: productName(p), priceCents: p.priceCents }));
}

/** Appends the demo-store note to a reply that shows prices. */
export function withDemoNote(text: string, demoStore: boolean): string {
  return demoStore ? `${text}\n${DEMO_NOTE}` : text;
}
