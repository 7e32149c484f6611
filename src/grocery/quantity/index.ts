/**
 * Quantities and units: the unit lexicon, number words, parsing quantity phrases, conversion,
 * adding and formatting quantities, and how many packages cover a wanted amount.
 */
export { type Dimension, type Quantity, countOf } from './quantity.js';
export { UNITS, MAX_UNIT_WORDS, lookupUnit, unitByName, packSize, type UnitDef } from './units.js';
export { NUMBER_WORDS, VULGAR_FRACTIONS, matchNumber, numericValue, type NumberMatch } from './number-words.js';
export { matchQuantityPrefix, parseQuantity, type QuantityPrefix } from './match-quantity.js';
export { addQuantities, canonicalUnit, convert, quantityOf, roundAmount, subtractQuantities } from './convert.js';
export { formatAmount, formatQuantity, friendlyQuantity } from './format-quantity.js';
export { amountForPackages, packagesNeeded, type PackageSize } from './packages-needed.js';
