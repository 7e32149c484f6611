import type { Quantity } from './quantity.js';
import { convert } from './convert.js';
import { unitByName } from './units.js';

const FRACTIONS: Record<number, string> = { 0.25: '¼', 0.5: '½', 0.75: '¾' };

/**
 * An amount as people write it: whole numbers plain, quarters as "½", "1½", "¾", other
 * fractions with up to two decimals ("1.33").
 */
export function formatAmount(amount: number): string {
  const whole = Math.floor(amount);
  const frac = Math.round((amount - whole) * 1e6) / 1e6;
  if (frac === 0) return String(whole);
  const glyph = FRACTIONS[frac];
  if (glyph) return whole === 0 ? glyph : `${whole}${glyph}`;
  return String(Math.round(amount * 100) / 100);
}

/**
 * Larger units a measure may be shown in, per unit, most preferred first. Cups never move:
 * "2 cups" is how a recipe says it. Metric never turns into US units or back.
 */
const UPGRADES: Readonly<Record<string, readonly string[]>> = {
  oz: ['lb'],
  g: ['kg'],
  ml: ['l'],
  'fl oz': ['gal'],
  pt: ['gal', 'qt'],
  qt: ['gal'],
};

function isQuarter(x: number): boolean {
  return Math.abs(x * 4 - Math.round(x * 4)) < 1e-6;
}

/**
 * The unit a person would use for `q`: a measure moves up to a larger unit of the same system
 * when that gives at least 1 in whole quarters (48 oz -> 3 lb, 1500 g -> 1½ kg, 128 fl oz -> 1 gal,
 * 2 pt -> 1 qt); otherwise it stays as said (8 oz stays "8 oz", 64 fl oz stays "64 fl oz").
 */
export function friendlyQuantity(q: Quantity): Quantity {
  if (q.unit === undefined) return q;
  for (const target of UPGRADES[q.unit] ?? []) {
    const c = convert(q, target);
    if (c && c.amount >= 1 && isQuarter(c.amount)) return c;
  }
  return q;
}

/**
 * A quantity as text, in the unit people use: "3 lb", "1 gal", "½ gal" (half a gallon is said
 * "half gallon", so fractions of a gallon stay in gallons), "2 loaves", "2 12-packs", "12".
 * A bare count is just the number.
 *
 * @example
 * formatQuantity({ amount: 48, unit: 'oz', dimension: 'weight' }) // "3 lb"
 * formatQuantity({ amount: 2, unit: 'loaf', dimension: 'package' }) // "2 loaves"
 */
export function formatQuantity(q: Quantity): string {
  const f = friendlyQuantity(q);
  const amount = formatAmount(f.amount);
  if (f.unit === undefined) return amount;
  const def = unitByName(f.unit);
  const plural = f.amount > 1;
  const unit = def ? (plural ? def.plural : def.singular) : f.unit;
  return `${amount} ${unit}`;
}
