/**
 * What a quantity is. Measures (volume, weight) carry a canonical unit; a bare count has none;
 * package units ("loaf", "can", "12-pack") count packages and only add up with the same unit.
 */

/** The kind of thing a quantity measures. */
export type Dimension = 'volume' | 'weight' | 'count' | 'package';

/**
 * An amount with its unit. `unit` is a canonical name from {@link UNITS} ("gal", "fl oz", "lb",
 * "loaf", "12-pack"), or undefined for a bare count ("12 eggs", "a dozen eggs").
 *
 * @example
 * const milk: Quantity = { amount: 2, unit: 'gal', dimension: 'volume' };
 * const eggs: Quantity = { amount: 12, dimension: 'count' };
 */
export interface Quantity {
  amount: number;
  unit?: string;
  dimension: Dimension;
}

/** A bare count of `amount` things. */
export function countOf(amount: number): Quantity {
  return { amount, dimension: 'count' };
}
