import { convert, quantityOf } from '../quantity/index.js';
import type { Product } from '../types.js';

/**
 * `candidate`'s unit price in millicents per `original`'s unit, or undefined when either has no
 * unit price or the units measure different things (per lb vs per ct).
 */
export function unitPriceIn(candidate: Product, original: Product): number | undefined {
  const c = candidate.unitPrice;
  const o = original.unitPrice;
  if (!c || !o) return undefined;
  if (c.unit === o.unit) return c.millicents;
  // How many of the original's units one of the candidate's units holds (1 gal = 128 fl oz).
  const perUnit = convert(quantityOf(1, c.unit), o.unit)?.amount;
  return perUnit ? c.millicents / perUnit : undefined;
}

/** The whole package (size x pack count) of `candidate` in `original`'s size unit, or undefined when they do not compare. */
export function sizeIn(candidate: Product, original: Product): number | undefined {
  if (!candidate.size || !original.size) return undefined;
  const total = candidate.size.value * candidate.packCount;
  if (candidate.size.unit === original.size.unit) return total;
  return convert(quantityOf(total, candidate.size.unit), original.size.unit)?.amount;
}

/** The total package size of a product in its own unit. */
export function totalSize(p: Product): number | undefined {
  return p.size ? p.size.value * p.packCount : undefined;
}
