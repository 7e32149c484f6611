import { AppError } from '../../errors.js';
import type { Product } from '../types.js';

/** One list line as far as money is concerned: the matched product and how many packages. */
export interface ListTotalLine {
  productId: number | null;
  /** Packages to buy (computed from the list quantity elsewhere); may be fractional for goods sold by weight. */
  packages: number;
  /**
   * The line's product as the caller has just read it (null: not in the catalog), so the total
   * does not read it again; left out, it is read by `productId`.
   */
  product?: Product | null;
}

/** What a list costs. */
export interface ListTotal {
  totalCents: number;
  /** What active deals save against their reference price (was-price or 30-day median). */
  savingsCents: number;
  /** Lines with no product, or a product no longer in the catalog; they add nothing to the total. */
  unmatchedCount: number;
  lineCount: number;
}

/** Where a list total reads products and deals. */
export interface ListTotalSources {
  /** Products by id, as the catalog maps them; ids not in the catalog are left out. */
  products(ids: readonly number[]): Map<number, Product>;
  /** The largest reference price among each product's active deals (a deal reference repository's `activeReferences`). */
  dealReferences(productIds: readonly number[]): Map<number, number>;
}

/**
 * Adds up a list at today's prices. Savings count only where a deal is active on the product,
 * measured against the deal's reference (the was-price of a rollback, or the 30-day median of a
 * price drop); a product with several deals counts its largest saving once.
 */
export function listTotal(sources: ListTotalSources, lines: readonly ListTotalLine[]): ListTotal {
  for (const l of lines) {
    if (!Number.isFinite(l.packages) || l.packages < 0) {
      throw new AppError('INVALID_QUANTITY', { detail: `packages ${l.packages} for product ${l.productId}` });
    }
  }
  const products = productsOf(sources, lines);
  const ids = [...products.keys()];
  const references = ids.length === 0 ? new Map<number, number>() : sources.dealReferences(ids);
  let totalCents = 0;
  let savingsCents = 0;
  let unmatchedCount = 0;
  for (const line of lines) {
    const product = line.productId === null ? undefined : products.get(line.productId);
    if (!product) {
      unmatchedCount++;
      continue;
    }
    totalCents += Math.round(product.priceCents * line.packages);
    const reference = references.get(product.id);
    if (reference !== undefined && reference > product.priceCents) {
      savingsCents += Math.round((reference - product.priceCents) * line.packages);
    }
  }
  return { totalCents, savingsCents, unmatchedCount, lineCount: lines.length };
}

/** The lines' products by id: the ones the caller passed, and the rest read from the catalog. */
function productsOf(sources: ListTotalSources, lines: readonly ListTotalLine[]): Map<number, Product> {
  const toRead: number[] = [];
  const given = new Map<number, Product>();
  for (const l of lines) {
    if (l.productId === null) continue;
    if (l.product === undefined) toRead.push(l.productId);
    else if (l.product !== null && l.product.id === l.productId) given.set(l.productId, l.product);
  }
  if (toRead.length === 0) return given;
  // A copy: the given products join it, and the source's map may be its own.
  const products = new Map(sources.products(toRead));
  for (const [id, product] of given) if (!products.has(id)) products.set(id, product);
  return products;
}
