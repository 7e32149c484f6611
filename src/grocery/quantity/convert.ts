import { countOf, type Quantity } from './quantity.js';
import { lookupUnit, unitByName, type UnitDef } from './units.js';

/** Rounds away floating-point dust (2.9999999 -> 3) while keeping real fractions. */
export function roundAmount(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The canonical name for a unit spelling ("Gallons" -> "gal", "12pk" -> "12-pack"), or undefined
 * when the lexicon does not know it.
 */
export function canonicalUnit(spelling: string): string | undefined {
  return lookupUnit(spelling)?.name;
}

/**
 * Builds a quantity from an amount and a unit as stored or as a tool passed it. Counts
 * ("ct", "dozen") become bare counts; a unit the lexicon does not know ("handful") is kept, in
 * lower case, as a package unit so it still adds up with itself.
 *
 * @example
 * quantityOf(2, 'gallons') // { amount: 2, unit: 'gal', dimension: 'volume' }
 * quantityOf(1, 'dozen') // { amount: 12, dimension: 'count' }
 */
export function quantityOf(amount: number, unit?: string | null): Quantity {
  if (unit === undefined || unit === null || unit.trim() === '') return countOf(amount);
  const def = lookupUnit(unit) ?? unitByName(unit);
  if (!def) return { amount, unit: unit.trim().toLowerCase(), dimension: 'package' };
  if (def.dimension === 'count') return countOf(roundAmount(amount * def.factor));
  return { amount, unit: def.name, dimension: def.dimension };
}

function defOf(q: Quantity): UnitDef | undefined {
  return q.unit === undefined ? undefined : unitByName(q.unit);
}

/**
 * `q` expressed in `toUnit` (a canonical name or any spelling), or undefined when the two
 * measure different things. Package units only convert to themselves; a bare count converts to
 * "ct" or "dozen".
 *
 * @example
 * convert({ amount: 48, unit: 'oz', dimension: 'weight' }, 'lb') // { amount: 3, unit: 'lb', ... }
 */
export function convert(q: Quantity, toUnit: string): Quantity | undefined {
  const to = lookupUnit(toUnit) ?? unitByName(toUnit);
  if (!to || to.dimension !== q.dimension) {
    return q.unit !== undefined && q.unit === toUnit ? q : undefined;
  }
  if (q.dimension === 'package') return q.unit === to.name ? q : undefined;
  const fromFactor = q.dimension === 'count' ? countFactor(q) : defOf(q)?.factor;
  if (fromFactor === undefined) return undefined;
  return { amount: roundAmount((q.amount * fromFactor) / to.factor), unit: to.name, dimension: q.dimension };
}

function countFactor(q: Quantity): number | undefined {
  if (q.unit === undefined) return 1;
  return defOf(q)?.factor;
}

/** A count in plain items, whatever count unit it carried. */
function asBareCount(q: Quantity): Quantity {
  return countOf(roundAmount(q.amount * (countFactor(q) ?? 1)));
}

/**
 * The sum of two quantities, or undefined when they cannot be added ("2 gal" + "3 lb", "a loaf"
 * + "a bag"). Measures of one dimension add across units and the result is in the larger unit
 * ("2 lb" + "16 oz" = "3 lb"); counts add to a count; package units add only with the same unit.
 * A bare count added to packages counts packages ("bread" + "a loaf" = 2 loaves), since a line
 * without a unit means so many of whatever the item comes in.
 */
export function addQuantities(a: Quantity, b: Quantity): Quantity | undefined {
  if (a.dimension === 'count' && b.dimension === 'count') {
    return countOf(roundAmount(asBareCount(a).amount + asBareCount(b).amount));
  }
  if (a.dimension === 'package' || b.dimension === 'package') {
    const unit = a.dimension === 'package' ? a.unit : b.unit;
    const ok = (q: Quantity) => q.unit === unit || (q.dimension === 'count' && q.unit === undefined);
    return ok(a) && ok(b) ? { amount: roundAmount(a.amount + b.amount), unit, dimension: 'package' } : undefined;
  }
  if (a.dimension !== b.dimension) return undefined;
  const da = defOf(a);
  const db = defOf(b);
  if (!da || !db) return undefined;
  const larger = da.factor >= db.factor ? da : db;
  const total = (a.amount * da.factor + b.amount * db.factor) / larger.factor;
  return { amount: roundAmount(total), unit: larger.name, dimension: a.dimension };
}

/**
 * `a` minus `b`, in `a`'s unit; `{ amount: 0 }` or less means nothing is left. Undefined when
 * `b` cannot be taken from `a` (different dimensions or package units).
 */
export function subtractQuantities(a: Quantity, b: Quantity): Quantity | undefined {
  const negated = { ...b, amount: -b.amount };
  if (a.dimension === 'count' && b.dimension === 'count') return countOf(roundAmount(asBareCount(a).amount - asBareCount(b).amount));
  if (a.dimension === 'package' || b.dimension === 'package') return addQuantities(a, negated);
  if (a.unit === undefined) return undefined;
  const bInA = convert(b, a.unit);
  return bInA ? { ...a, amount: roundAmount(a.amount - bInA.amount) } : undefined;
}
