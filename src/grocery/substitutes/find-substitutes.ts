import type { PriceRepository } from '../../store/prices/index.js';
import { AppError } from '../../errors.js';
import { formatCents, formatUnitPrice } from '../money.js';
import type { Product } from '../types.js';
import { sizeIn, totalSize, unitPriceIn } from './compare-products.js';

/** What the person asking wants from a substitute. */
export interface SubstituteOptions {
  /** Leave out anything costing more than this many cents above the original (cheaper ones always pass). */
  maxPriceDifferenceCents?: number;
  /** Brands moved up the ranking. */
  preferredBrands?: readonly string[];
  /** Brands left out. */
  avoidBrands?: readonly string[];
  /** Flags a substitute must carry, e.g. ['vegan', 'gluten_free']. */
  dietFlags?: readonly string[];
  /** Allergens a substitute must not contain, e.g. ['peanuts']. */
  avoidAllergens?: readonly string[];
  /** Only substitutes that cost less: by unit price when both have one, else by shelf price. */
  cheaperOnly?: boolean;
  limit?: number;
}

/** One alternative and why it was suggested. */
export interface Substitute {
  product: Product;
  /** Candidate price minus original price, in cents (negative: cheaper). */
  priceDifferenceCents: number;
  /** e.g. ["$1.20 less", "3.1¢/oz vs 4.0¢/oz", "same size"] */
  reasons: string[];
  /** The reasons as one line: "$1.20 less, 3.1¢/oz vs 4.0¢/oz, same size". */
  why: string;
  /** Lower ranks higher; see the ranking notes in this file. */
  score: number;
}

/** Substitutes returned when no limit is asked for. */
export const DEFAULT_SUBSTITUTE_LIMIT = 5;
/** Weight of how far the package size is from the original's, per unit of |ln(size ratio)|. */
export const SIZE_WEIGHT = 0.5;
/** Penalty when sizes cannot be compared (different measures, or no size). */
export const SIZE_UNKNOWN_PENALTY = 0.2;
/** Bonus for a preferred brand, in the same ln-ratio units: worth about a 35% higher unit price. */
export const PREFERRED_BRAND_BONUS = 0.3;
/** Sizes within this fraction of each other read as "same size". */
export const SAME_SIZE_TOLERANCE = 0.05;

/*
 * Ranking
 * -------
 * Candidates are the other products of the same category. Hard filters first: avoided brands,
 * missing required diet flags, any avoided allergen, more than `maxPriceDifferenceCents` above the
 * original's price, and with `cheaperOnly` anything not cheaper. The rest are ordered by:
 *
 *   1. in stock before out of stock (an alternative you cannot buy is a last resort);
 *   2. score, lower is better:
 *        ln(candidate unit price / original unit price)   (shelf prices when unit prices do not compare)
 *      + SIZE_WEIGHT * |ln(candidate size / original size)|  (SIZE_UNKNOWN_PENALTY when sizes do not compare)
 *      - PREFERRED_BRAND_BONUS for a preferred brand
 *      Log ratios make "half the unit price" and "double the unit price" symmetric, and keep the
 *      size term comparable with the price term whatever the product costs;
 *   3. rating, then popularity, then id, so equal scores keep a stable order.
 */

/**
 * Alternatives to `product` from its category, best first, each with a reason.
 *
 * @example
 * findSubstitutes(products, oreos, { cheaperOnly: true, avoidBrands: ['Nabisco'] })[0].why
 * // "$1.20 less, 3.1¢/oz vs 4.0¢/oz, same size"
 */
export function findSubstitutes(
  products: Pick<PriceRepository, 'productsInCategory'>,
  product: Product,
  opts: SubstituteOptions = {},
): Substitute[] {
  const maxDiff = opts.maxPriceDifferenceCents;
  if (maxDiff !== undefined && !(Number.isFinite(maxDiff) && maxDiff >= 0)) {
    throw new AppError('INVALID_AMOUNT', { detail: `maxPriceDifferenceCents ${maxDiff}` });
  }
  const avoid = new Set((opts.avoidBrands ?? []).map(norm));
  const preferred = new Set((opts.preferredBrands ?? []).map(norm));
  const required = (opts.dietFlags ?? []).map(flag);
  const allergens = (opts.avoidAllergens ?? []).map(flag);

  const results: (Substitute & { inStock: boolean })[] = [];
  for (const c of products.productsInCategory(product.category)) {
    if (c.id === product.id) continue;
    if (c.brand !== null && avoid.has(norm(c.brand))) continue;
    const flags = new Set(c.dietFlags.map(flag));
    if (!required.every((f) => flags.has(f))) continue;
    const contains = new Set(c.allergens.map(flag));
    if (allergens.some((a) => contains.has(a))) continue;
    const diff = c.priceCents - product.priceCents;
    if (maxDiff !== undefined && diff > maxDiff) continue;
    const unit = unitPriceIn(c, product);
    if (opts.cheaperOnly && !(unit !== undefined ? unit < product.unitPrice!.millicents : diff < 0)) continue;

    const isPreferred = c.brand !== null && preferred.has(norm(c.brand));
    const size = sizeIn(c, product);
    const originalSize = totalSize(product);
    const priceTerm =
      unit !== undefined && product.unitPrice!.millicents > 0 && unit > 0
        ? Math.log(unit / product.unitPrice!.millicents)
        : Math.log(Math.max(c.priceCents, 1) / Math.max(product.priceCents, 1));
    const sizeTerm =
      size !== undefined && originalSize && size > 0
        ? SIZE_WEIGHT * Math.abs(Math.log(size / originalSize))
        : SIZE_UNKNOWN_PENALTY;
    const score = priceTerm + sizeTerm - (isPreferred ? PREFERRED_BRAND_BONUS : 0);
    const reasons = reasonsFor(c, product, { diff, unit, size, originalSize, isPreferred });
    results.push({ product: c, priceDifferenceCents: diff, reasons, why: reasons.join(', '), score, inStock: c.inStock });
  }
  results.sort(
    (a, b) =>
      Number(b.inStock) - Number(a.inStock) ||
      a.score - b.score ||
      (b.product.rating ?? 0) - (a.product.rating ?? 0) ||
      b.product.popularity - a.product.popularity ||
      a.product.id - b.product.id,
  );
  return results.slice(0, opts.limit ?? DEFAULT_SUBSTITUTE_LIMIT).map(({ inStock: _, ...s }) => s);
}

function reasonsFor(
  c: Product,
  original: Product,
  f: { diff: number; unit?: number; size?: number; originalSize?: number; isPreferred: boolean },
): string[] {
  const out: string[] = [];
  out.push(f.diff < 0 ? `${formatCents(-f.diff)} less` : f.diff > 0 ? `${formatCents(f.diff)} more` : 'same price');
  if (f.unit !== undefined && original.unitPrice) {
    const u = original.unitPrice.unit;
    out.push(`${formatUnitPrice(Math.round(f.unit), u)} vs ${formatUnitPrice(original.unitPrice.millicents, u)}`);
  }
  if (f.size !== undefined && f.originalSize && original.size) {
    const ratio = f.size / f.originalSize;
    if (Math.abs(ratio - 1) <= SAME_SIZE_TOLERANCE) out.push('same size');
    else out.push(`${ratio > 1 ? 'bigger' : 'smaller'} (${sizeText(c)} vs ${sizeText(original)})`);
  }
  if (f.isPreferred) out.push('a brand you like');
  if (!c.inStock) out.push('out of stock right now');
  return out;
}

function sizeText(p: Product): string {
  const text = p.size?.text ?? '';
  return p.packCount > 1 && !/\b(pk|pack|ct)\b/i.test(text) ? `${p.packCount} x ${text}` : text;
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/** Flags and allergens compared loosely: "Gluten-free" = "gluten_free", "peanuts" = "peanut". */
function flag(s: string): string {
  const f = norm(s).replace(/[\s-]+/g, '_');
  return f.length > 3 && f.endsWith('s') && !f.endsWith('ss') ? f.slice(0, -1) : f;
}
