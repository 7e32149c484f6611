import { countOf, type Quantity } from './quantity.js';
import { andAHalf, matchNumber, numericValue, plainNumber } from './number-words.js';
import { lookupUnit, MAX_UNIT_WORDS, packSize, type UnitDef } from './units.js';
import { roundAmount } from './convert.js';

/** A quantity read from the start of an item phrase, and how many of the caller's tokens it used. */
export interface QuantityPrefix {
  quantity: Quantity;
  consumed: number;
}

interface SubToken {
  text: string;
  /** Index of the caller's token this came from. */
  src: number;
}

const GLUED = /^(\d+(?:\.\d+)?|\d*[½¼¾⅓⅔⅛⅜⅝⅞]|\d+\/\d+)-?([a-z][a-z. ]*)$/;

/**
 * Lower-cases the caller's tokens and splits number+unit written together ("2lb", "1.5kg",
 * "5-lb") so the grammar sees "2", "lb"; every piece remembers which token it came from.
 */
function subTokens(tokens: readonly string[]): SubToken[] {
  const out: SubToken[] = [];
  tokens.forEach((raw, src) => {
    const t = raw.toLowerCase().replace(/[,;:!?]+$/, '');
    if (t === '') return;
    const glued = lookupUnit(t) || numericValue(t) !== undefined ? null : GLUED.exec(t);
    if (glued && lookupUnit(glued[2]!)) {
      out.push({ text: glued[1]!, src }, { text: glued[2]!.replace(/\.$/, ''), src });
    } else {
      out.push({ text: t, src });
    }
  });
  return out;
}

interface UnitMatch {
  def: UnitDef;
  end: number;
  spelling: string;
}

/** The longest unit spelling starting at `words[i]` ("fluid ounces" before "fluid"). */
function matchUnit(words: readonly string[], i: number): UnitMatch | undefined {
  for (let n = Math.min(MAX_UNIT_WORDS, words.length - i); n >= 1; n--) {
    const spelling = words.slice(i, i + n).join(' ');
    const def = lookupUnit(spelling);
    if (def) return { def, end: i + n, spelling };
  }
  return undefined;
}

/** A quantity of `amount` in `def`, with counts ("ct", "dozen") turned into bare counts. */
function inUnit(amount: number, def: UnitDef): Quantity {
  if (def.dimension === 'count') return countOf(roundAmount(amount * def.factor));
  return { amount: roundAmount(amount), unit: def.name, dimension: def.dimension };
}

const SINGULAR_PACK = new Set(['pack', 'pk']);
/** How many leading tokens a quantity prefix can use at most. */
const PREFIX_WINDOW = 12;

/**
 * Reads the quantity at the start of an item phrase. `tokens` are the phrase's words as the
 * caller split them (any case); a following "of" is consumed too, so what is left is the item.
 * Returns undefined when the phrase does not start with a quantity ("milk", "some milk", "a lot of").
 *
 * @example
 * matchQuantityPrefix(['2', 'loaves', 'of', 'bread'])
 * // { quantity: { amount: 2, unit: 'loaf', dimension: 'package' }, consumed: 3 }
 * matchQuantityPrefix(['a', 'dozen', 'eggs']) // { quantity: { amount: 12, dimension: 'count' }, consumed: 2 }
 * matchQuantityPrefix(['two', '12-packs', 'of', 'coke']) // 2 × "12-pack", consumed 3
 */
export function matchQuantityPrefix(tokens: readonly string[]): QuantityPrefix | undefined {
  // No quantity is longer than a dozen words ("one and a half dozen fluid ounces of"), so only the
  // head is read: callers try every position of long messages, and reading all of it each time
  // made a pasted list of a thousand words take seconds.
  const subs = subTokens(tokens.length > PREFIX_WINDOW ? tokens.slice(0, PREFIX_WINDOW) : tokens);
  const words = subs.map((s) => s.text);
  const found = matchWords(words);
  if (!found || !(found.quantity.amount > 0) || !Number.isFinite(found.quantity.amount)) return undefined;
  let end = found.end;
  if (!found.hadOf && words[end] === 'of') end++;
  // A glued token ("2lb") is only consumed whole, so `consumed` always lands on a token boundary.
  const consumed = end === 0 ? 0 : subs[end - 1]!.src + 1;
  return { quantity: found.quantity, consumed };
}

interface WordsMatch {
  quantity: Quantity;
  end: number;
  hadOf: boolean;
}

function matchWords(words: readonly string[]): WordsMatch | undefined {
  const num = matchNumber(words, 0);
  if (!num) {
    // "dozen eggs", "12-pack of coke": a unit that carries its own number.
    const u = matchUnit(words, 0);
    if (u && (u.def.name === 'dozen' || packSize(u.def.name) !== undefined)) {
      return { quantity: inUnit(1, u.def), end: u.end, hadOf: false };
    }
    return undefined;
  }
  if (num.hadOf) {
    // "a couple of packs", "a few of bags": the unit after "of" is what there are that many of.
    const after = matchUnit(words, num.end);
    if (after && after.def.name !== 'dozen') return { quantity: inUnit(num.value, after.def), end: containerEnd(words, after.def, after.end), hadOf: false };
    return { quantity: countOf(num.value), end: num.end, hadOf: true };
  }

  const u = matchUnit(words, num.end);
  if (u) {
    // "12 pack of coke" names a 12-pack; "12 packs" are twelve packs.
    if (u.def.name === 'pack' && SINGULAR_PACK.has(u.spelling) && !num.article && Number.isInteger(num.value) && num.value > 1) {
      return { quantity: { amount: 1, unit: `${num.value}-pack`, dimension: 'package' }, end: u.end, hadOf: false };
    }
    let amount = num.value;
    let end = u.end;
    // "a gallon and a half"
    const half = Number.isInteger(amount) ? andAHalf(words, end) : undefined;
    if (half !== undefined) {
      amount += 0.5;
      end = half;
    }
    return { quantity: inUnit(amount, u.def), end: containerEnd(words, u.def, end), hadOf: false };
  }

  // "a 12 pack", "two 12 packs", "a 5 lb bag", "two 16 oz cans": a size between count and unit.
  const inner = plainNumber(words, num.end);
  const innerUnit = inner ? matchUnit(words, inner.end) : undefined;
  if (inner && innerUnit) {
    if (innerUnit.def.name === 'pack' && Number.isInteger(inner.value)) {
      return { quantity: { amount: num.value, unit: `${inner.value}-pack`, dimension: 'package' }, end: innerUnit.end, hadOf: false };
    }
    // "a 2 liter of coke" is one 2-liter bottle; "a 5 lb bag" and "a 24 ct box" also name their container.
    if (innerUnit.def.dimension !== 'package') {
      return { quantity: inUnit(num.value * inner.value, innerUnit.def), end: containerEnd(words, innerUnit.def, innerUnit.end), hadOf: false };
    }
  }
  // "two things of yogurt": a count of some container nobody named ("a thing of" alone is no amount).
  if (!num.article && (words[num.end] === 'things' || words[num.end] === 'thing') && words[num.end + 1] === 'of') {
    return { quantity: countOf(num.value), end: num.end + 2, hadOf: true };
  }
  return { quantity: countOf(num.value), end: num.end, hadOf: false };
}

/**
 * Where a size ends: "5 lb bag of potatoes" and "24 ct box of k-cups" name the container after the
 * measure, and the measure is what the user wants, so the container word is read as part of it.
 */
function containerEnd(words: readonly string[], def: UnitDef, end: number): number {
  if (def.dimension === 'package') return end;
  const container = matchUnit(words, end);
  return container?.def.dimension === 'package' && packSize(container.def.name) === undefined ? container.end : end;
}

/**
 * Parses a whole phrase that is only a quantity: "2 gallons", "a dozen", "half a dozen",
 * "1/2 lb", "1.5 kg", "two 12-packs", "a loaf", "3 cans", "16 oz", "2 lbs", "a half gallon",
 * "12", "gallon". Returns undefined when any word is left over or the amount is not positive.
 *
 * @example
 * parseQuantity('a half gallon') // { amount: 0.5, unit: 'gal', dimension: 'volume' }
 * parseQuantity('a dozen') // { amount: 12, dimension: 'count' }
 */
export function parseQuantity(text: string): Quantity | undefined {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return undefined;
  const prefix = matchQuantityPrefix(tokens);
  if (prefix) return prefix.consumed === tokens.length ? prefix.quantity : undefined;
  // A unit alone ("gallon", "a bag" is handled above) means one of it.
  const unit = lookupUnit(tokens.join(' '));
  return unit ? inUnit(1, unit) : undefined;
}
