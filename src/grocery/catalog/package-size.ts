/** A package size as printed on the shelf: "64 fl oz", "1 gal", "12 ct", "6 pk, 16.9 fl oz". */
export interface PackageSize {
  value: number;
  unit: string;
  text: string;
  packCount: number;
}

const UNIT_WORDS: Record<string, string> = {
  gal: 'gal', gallon: 'gal', gallons: 'gal',
  'fl oz': 'fl oz', 'fl. oz': 'fl oz', 'fl. oz.': 'fl oz', floz: 'fl oz',
  oz: 'oz', ounce: 'oz', ounces: 'oz',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  qt: 'qt', quart: 'qt', pt: 'pt', pint: 'pt',
  l: 'l', liter: 'l', litre: 'l', ml: 'ml',
  ct: 'ct', count: 'ct', each: 'ct', ea: 'ct',
  pk: 'pack', pack: 'pack', rolls: 'ct', roll: 'ct', bunch: 'ct', dozen: 'dozen',
};

/** Ounces or fluid ounces per unit, so unit prices compare across package sizes. */
const TO_BASE: Record<string, { unit: string; factor: number }> = {
  gal: { unit: 'fl oz', factor: 128 },
  qt: { unit: 'fl oz', factor: 32 },
  pt: { unit: 'fl oz', factor: 16 },
  l: { unit: 'fl oz', factor: 33.814 },
  ml: { unit: 'fl oz', factor: 0.033814 },
  'fl oz': { unit: 'fl oz', factor: 1 },
  oz: { unit: 'oz', factor: 1 },
  lb: { unit: 'lb', factor: 1 },
  ct: { unit: 'ct', factor: 1 },
  dozen: { unit: 'ct', factor: 12 },
};

/**
 * Parses a size string. "each" and "1 bunch" are 1 ct; "6 pk, 16.9 fl oz" is six bottles of
 * 16.9 fl oz. Returns undefined for text that is not a size.
 *
 * @example
 * parseSize('64 fl oz') // { value: 64, unit: 'fl oz', text: '64 fl oz', packCount: 1 }
 */
export function parseSize(text: string): PackageSize | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'each' || t === 'ea') return { value: 1, unit: 'ct', text: 'each', packCount: 1 };
  const pack = /^(\d+)\s*(?:pk|pack|ct)\s*[,x/]?\s*(.+)$/.exec(t);
  if (pack) {
    const inner = parseSize(pack[2]!);
    if (inner && inner.packCount === 1) return { ...inner, text: text.trim(), packCount: Number(pack[1]) };
  }
  let m = /^(\d+(?:\.\d+)?|\.\d+)\s*([a-z. ]+?)\.?$/.exec(t) ?? lastAmountIn(t);
  if (m && !UNIT_WORDS[m[2]!.trim()]) m = lastAmountIn(t);
  if (!m) return undefined;
  const unit = UNIT_WORDS[m[2]!.trim()];
  const value = Number(m[1]);
  if (!unit || !(value > 0)) return undefined;
  return { value, unit, text: text.trim(), packCount: 1 };
}

/** Finds the last "84 ct" in text such as "Size 3, 84 ct"; the result mimics a regex match. */
function lastAmountIn(t: string): RegExpExecArray | [string, string, string] | null {
  const all = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(fl oz|oz|lb|lbs|ct|count|gal|qt|pt|ml|l)\b/g)];
  const last = all.at(-1);
  return last ? [last[0], last[1]!, last[2]!] : null;
}

/**
 * The unit price in millicents per oz, fl oz, lb or ct for a price and a size. A multipack is
 * priced per unit of everything in it. Returns null when the size has no comparable unit.
 */
export function unitPriceOf(priceCents: number, size: PackageSize | null | undefined): { millicents: number; unit: string } | null {
  if (!size) return null;
  if (size.unit === 'pack') return { millicents: Math.round((priceCents * 1000) / (size.value * size.packCount)), unit: 'ct' };
  const base = TO_BASE[size.unit];
  if (!base) return null;
  const amount = size.value * base.factor * size.packCount;
  if (!(amount > 0)) return null;
  return { millicents: Math.round((priceCents * 1000) / amount), unit: base.unit };
}
