import type { Quantity } from './quantity.js';
import { convert, quantityOf } from './convert.js';

/** A product's package size, as the catalog stores it ("1 gal", "12 ct", "16 oz"). */
export interface PackageSize {
  value: number;
  unit: string;
}

/** Millilitres per gram when a weight has to stand in for a volume: water, close enough for groceries. */
const ML_PER_G = 1;

function acrossDimensions(q: Quantity, size: Quantity): number | undefined {
  const inBase = (x: Quantity) => convert(x, x.dimension === 'volume' ? 'ml' : 'g')?.amount;
  const a = inBase(q);
  const b = inBase(size);
  if (a === undefined || b === undefined || b === 0) return undefined;
  return q.dimension === 'weight' ? (a * ML_PER_G) / b : a / (b * ML_PER_G);
}

/**
 * How many packages of a product cover the wanted quantity (at least 1).
 *
 * - a measure against a sized product: 2 gal of milk in 1 gal jugs -> 2; 3 lb of apples sold
 *   by the lb -> 3; 1 gal in ½ gal cartons -> 2. "16 oz" of juice sold in fl oz counts ounces
 *   of weight as ounces of water.
 * - a bare count against a product sold by count: 12 eggs in 12 ct cartons -> 1, 18 -> 2.
 * - package units ("2 loaves", "two 12-packs") and bare counts of anything else: that many.
 * - no size known, or a measure of something sold by count: the amount, rounded up.
 *
 * @example
 * packagesNeeded({ amount: 2, unit: 'gal', dimension: 'volume' }, { value: 1, unit: 'gal' }) // 2
 */
export function packagesNeeded(q: Quantity, productSize: PackageSize | null): number {
  const atLeastOne = (x: number) => Math.max(1, Math.ceil(x - 1e-9));
  if (!productSize || !(productSize.value > 0)) return atLeastOne(q.amount);
  const size = quantityOf(productSize.value, productSize.unit);
  if (q.dimension === 'package') return atLeastOne(q.amount);
  if (q.dimension === 'count') {
    return size.dimension === 'count' ? atLeastOne(q.amount / size.amount) : atLeastOne(q.amount);
  }
  if (size.dimension === q.dimension && size.unit !== undefined) {
    const wanted = convert(q, size.unit);
    if (wanted) return atLeastOne(wanted.amount / size.amount);
  }
  if (size.dimension === 'volume' || size.dimension === 'weight') {
    const ratio = acrossDimensions(q, size);
    if (ratio !== undefined) return atLeastOne(ratio);
  }
  return atLeastOne(q.amount);
}

/**
 * The amount that `packages` packages of a product make, said the way the line already says its
 * amount, for a page's "+ / −" on a line: 2 gal in 1 gal jugs and 3 packages is 3 gal; 12 eggs in
 * 12 ct cartons and 2 packages is 24; 2 loaves and 3 is 3 loaves; 3 lb of chicken in 2.5 lb packs
 * and 1 package is 2.5 lb.
 */
export function amountForPackages(q: Quantity, productSize: PackageSize | null, packages: number): Quantity {
  const size = productSize && productSize.value > 0 ? quantityOf(productSize.value, productSize.unit) : undefined;
  if (q.dimension === 'package' || !size) return { ...q, amount: packages };
  if (q.dimension === 'count') return { ...q, amount: packages * (size.dimension === 'count' ? size.amount : 1) };
  if (size.dimension === q.dimension) return { ...size, amount: packages * size.amount };
  return { ...q, amount: packages };
}
