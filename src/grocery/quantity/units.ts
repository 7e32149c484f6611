import type { Dimension } from './quantity.js';

/** One canonical unit and every way people write it. */
export interface UnitDef {
  /** Canonical short name, as stored on list lines and in tool arguments. */
  name: string;
  dimension: Dimension;
  /**
   * Size in the dimension's base unit: millilitres for volume, grams for weight, items for
   * count. Package units are 1: a package is only comparable with the same package unit.
   */
  factor: number;
  /** Which family a measure belongs to, so formatting never turns pounds into kilograms. */
  system?: 'us' | 'metric';
  singular: string;
  plural: string;
  /** Lower-case spellings; multi-word spellings are written with single spaces. */
  spellings: readonly string[];
}

/**
 * The unit lexicon: one row per canonical unit. Counts ("ct", "dozen") parse to bare counts;
 * N-packs ("12-pack") are not listed one by one but recognised by {@link lookupUnit}.
 */
export const UNITS: readonly UnitDef[] = [
  { name: 'gal', dimension: 'volume', factor: 3785.411784, system: 'us', singular: 'gal', plural: 'gal', spellings: ['gal', 'gals', 'gallon', 'gallons', 'gl'] },
  { name: 'qt', dimension: 'volume', factor: 946.352946, system: 'us', singular: 'qt', plural: 'qt', spellings: ['qt', 'qts', 'quart', 'quarts'] },
  { name: 'pt', dimension: 'volume', factor: 473.176473, system: 'us', singular: 'pt', plural: 'pt', spellings: ['pt', 'pts', 'pint', 'pints'] },
  { name: 'cup', dimension: 'volume', factor: 236.5882365, system: 'us', singular: 'cup', plural: 'cups', spellings: ['cup', 'cups'] },
  { name: 'fl oz', dimension: 'volume', factor: 29.5735295625, system: 'us', singular: 'fl oz', plural: 'fl oz', spellings: ['fl oz', 'fl oz.', 'fl. oz', 'fl. oz.', 'floz', 'fl.oz', 'fl.oz.', 'fluid ounce', 'fluid ounces', 'fluid oz', 'ozs fl'] },
  { name: 'l', dimension: 'volume', factor: 1000, system: 'metric', singular: 'l', plural: 'l', spellings: ['l', 'liter', 'liters', 'litre', 'litres', 'ltr', 'ltrs'] },
  { name: 'ml', dimension: 'volume', factor: 1, system: 'metric', singular: 'ml', plural: 'ml', spellings: ['ml', 'mls', 'milliliter', 'milliliters', 'millilitre', 'millilitres'] },
  { name: 'lb', dimension: 'weight', factor: 453.59237, system: 'us', singular: 'lb', plural: 'lb', spellings: ['lb', 'lbs', 'lb.', 'lbs.', 'pound', 'pounds'] },
  { name: 'oz', dimension: 'weight', factor: 28.349523125, system: 'us', singular: 'oz', plural: 'oz', spellings: ['oz', 'oz.', 'ozs', 'ounce', 'ounces'] },
  { name: 'kg', dimension: 'weight', factor: 1000, system: 'metric', singular: 'kg', plural: 'kg', spellings: ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms'] },
  { name: 'g', dimension: 'weight', factor: 1, system: 'metric', singular: 'g', plural: 'g', spellings: ['g', 'gr', 'gram', 'grams', 'gm', 'gms'] },
  { name: 'ct', dimension: 'count', factor: 1, singular: 'ct', plural: 'ct', spellings: ['ct', 'ct.', 'count', 'pc', 'pcs', 'ea', 'each'] },
  { name: 'dozen', dimension: 'count', factor: 12, singular: 'dozen', plural: 'dozen', spellings: ['dozen', 'dozens', 'doz', 'dz'] },
  pkg('pack', 'packs', ['pk', 'pks', 'pkt', 'pkts', 'packet', 'packets']),
  pkg('package', 'packages', ['pkg', 'pkgs']),
  // British shoppers buy tins; a tin of tomatoes is a can of tomatoes.
  pkg('can', 'cans', ['tin', 'tins']),
  pkg('bottle', 'bottles', ['btl', 'btls']),
  pkg('box', 'boxes'),
  pkg('bag', 'bags'),
  pkg('loaf', 'loaves', ['loafs']),
  pkg('bunch', 'bunches'),
  pkg('jar', 'jars'),
  pkg('carton', 'cartons'),
  pkg('head', 'heads'),
  pkg('stick', 'sticks'),
  pkg('roll', 'rolls'),
  pkg('bar', 'bars'),
  pkg('tub', 'tubs'),
  pkg('container', 'containers'),
  pkg('case', 'cases'),
  pkg('block', 'blocks'),
  pkg('slice', 'slices'),
  pkg('piece', 'pieces'),
];

function pkg(singular: string, plural: string, more: string[] = []): UnitDef {
  return { name: singular, dimension: 'package', factor: 1, singular, plural, spellings: [singular, plural, ...more] };
}

const BY_SPELLING = new Map<string, UnitDef>();
const BY_NAME = new Map<string, UnitDef>();
for (const u of UNITS) {
  BY_NAME.set(u.name, u);
  for (const s of u.spellings) BY_SPELLING.set(s, u);
}

/** The longest spelling in words, so a matcher knows how far to look ahead ("fluid ounces" is 2). */
export const MAX_UNIT_WORDS = Math.max(...UNITS.flatMap((u) => u.spellings.map((s) => s.split(' ').length)));

const N_PACK = /^(\d{1,3})-?(?:pk|pack)s?$/;
const WORDED_PACKS: Readonly<Record<string, number>> = {
  sixer: 6, sixers: 6, 'six-pack': 6, 'six-packs': 6, 'six pack': 6, 'six packs': 6, 'twelve-pack': 12, 'twelve pack': 12, 'twelve-packs': 12,
  'four-pack': 4, 'four pack': 4, 'eight-pack': 8, 'twenty-four pack': 24,
};

/**
 * The unit a spelling means, or undefined. Case-insensitive; accepts any "N-pack" ("12-pack",
 * "12pk", "6-packs") as the package unit "N-pack".
 *
 * @example
 * lookupUnit('Gallons')?.name // "gal"
 * lookupUnit('12-packs')?.name // "12-pack"
 */
export function lookupUnit(spelling: string): UnitDef | undefined {
  const s = spelling.trim().toLowerCase().replace(/\s+/g, ' ');
  const found = BY_SPELLING.get(s);
  if (found) return found;
  // "a sixer of root beer", "a six-pack": N-packs written as words.
  const worded = WORDED_PACKS[s];
  if (worded) return nPack(worded);
  const m = N_PACK.exec(s);
  if (m && Number(m[1]) > 0) return nPack(Number(m[1]));
  return undefined;
}

/** The definition of a canonical unit name ("gal", "loaf", "12-pack"), or undefined. */
export function unitByName(name: string): UnitDef | undefined {
  const u = BY_NAME.get(name);
  if (u) return u;
  const m = /^(\d{1,3})-pack$/.exec(name);
  return m ? nPack(Number(m[1])) : lookupUnit(name);
}

function nPack(n: number): UnitDef {
  const name = `${n}-pack`;
  return { name, dimension: 'package', factor: 1, singular: name, plural: `${name}s`, spellings: [name] };
}

/** The number of items in an N-pack unit ("12-pack" -> 12), or undefined for any other unit. */
export function packSize(unit: string | undefined): number | undefined {
  const m = unit ? /^(\d{1,3})-pack$/.exec(unit) : null;
  return m ? Number(m[1]) : undefined;
}
