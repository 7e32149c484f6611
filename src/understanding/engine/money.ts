import { numericValue } from '../../grocery/quantity/index.js';
import { CENTS_WORDS, CURRENCY_WORDS, LARGE_NUMBER_WORDS, wordTable } from '../lexicon/index.js';

/** A dollar amount read from tokens, and how many tokens it used. */
export interface MoneyMatch {
  dollars: number;
  length: number;
  /** True when a currency sign or word said it was money ("$5", "5 bucks"), not just a number. */
  explicit: boolean;
}

/** How to read "two fifty": $2.50 for a price, $250 for a budget. */
export type MoneyScale = 'price' | 'budget';

const ONES: Readonly<Record<string, number>> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = wordTable({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });

/** Notes people name instead of numbering them. */
const NAMED_AMOUNTS: Readonly<Record<string, number>> = wordTable({ tenner: 10, fiver: 5 });

/** A number of one or two words below 100 ("seven", "twenty five", "forty-two"). */
function belowHundred(tokens: readonly string[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (hyphen && TENS[hyphen[1]!] !== undefined && (ONES[hyphen[2]!] ?? 10) < 10) return { value: TENS[hyphen[1]!]! + ONES[hyphen[2]!]!, end: i + 1 };
  if (TENS[t] !== undefined) {
    const unit = ONES[tokens[i + 1] ?? ''];
    return unit !== undefined && unit > 0 && unit < 10 ? { value: TENS[t]! + unit, end: i + 2 } : { value: TENS[t]!, end: i + 1 };
  }
  if (ONES[t] !== undefined) return { value: ONES[t]!, end: i + 1 };
  return undefined;
}

/**
 * A number written in words: "one hundred", "a hundred", "three hundred and fifty", "twenty five",
 * "two thousand", "two fifty" (hundreds dropped, as people say prices and budgets aloud).
 */
function wordAmount(tokens: readonly string[], i: number, scale: MoneyScale): { value: number; end: number } | undefined {
  let value = 0;
  let end = i;
  const head = tokens[i] === 'a' && LARGE_NUMBER_WORDS.has(tokens[i + 1] ?? '') ? { value: 1, end: i + 1 } : belowHundred(tokens, i);
  if (!head) return undefined;
  value = head.value;
  end = head.end;
  if (tokens[end] === 'hundred') {
    value *= 100;
    end++;
    const and = tokens[end] === 'and' ? end + 1 : end;
    const rest = belowHundred(tokens, and);
    if (rest) (value += rest.value), (end = rest.end);
  } else if (tokens[end] === 'thousand' || tokens[end] === 'grand') {
    value *= 1000;
    end++;
  } else if (head.value > 0 && head.value < 10 && head.end === i + 1) {
    // "two fifty", "five ninety nine": dollars and cents said aloud, or hundreds for a budget.
    const rest = belowHundred(tokens, end);
    if (rest && rest.value >= 10) {
      value = scale === 'budget' ? value * 100 + rest.value : value + rest.value / 100;
      end = rest.end;
    }
  }
  return { value, end };
}

/**
 * Reads an amount of money at tokens[i]: "$5", "$5.99", "5 dollars", "5 bucks", "5$", "£100",
 * "1.2k", "150", "one hundred dollars", "a hundred", "two fifty", "a dollar" (only with the
 * currency word), "99 cents". Undefined when there is no amount.
 *
 * @example
 * matchMoney(['$150', 'a', 'week'], 0) // { dollars: 150, length: 1, explicit: true }
 * matchMoney(['three', 'hundred', 'and', 'fifty', 'dollars'], 0) // { dollars: 350, length: 5, explicit: true }
 * matchMoney(['two', 'fifty'], 0, 'budget') // { dollars: 250, length: 2, explicit: false }
 */
export function matchMoney(tokens: readonly string[], i: number, scale: MoneyScale = 'price'): MoneyMatch | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const m = /^([$£€])?(\d+(?:\.\d{1,2})?)([$£€])?(k)?$/.exec(t);
  if (m) {
    const dollars = Number(m[2]) * (m[4] ? 1000 : 1);
    return finish(tokens, i + 1, dollars, Boolean(m[1] || m[3]), i);
  }
  if ((t === '$' || t === '£' || t === '€') && tokens[i + 1] !== undefined) {
    const next = numericValue(tokens[i + 1]!);
    if (next !== undefined) return finish(tokens, i + 2, next, true, i);
  }
  // "a tenner", "a fiver": money by name.
  const named = NAMED_AMOUNTS[t === 'a' ? tokens[i + 1] ?? '' : t];
  if (named !== undefined) return { dollars: named, length: t === 'a' ? 2 : 1, explicit: true };
  // "a dollar", "a buck": the article is a number only before a currency word.
  if ((t === 'a' || t === 'one') && CURRENCY_WORDS.has(tokens[i + 1] ?? '')) return finish(tokens, i + 1, 1, false, i);
  const words = wordAmount(tokens, i, scale);
  if (words && words.value > 0) return finish(tokens, words.end, words.value, false, i);
  return undefined;
}

function finish(tokens: readonly string[], end: number, dollars: number, explicit: boolean, start: number): MoneyMatch {
  let length = end - start;
  let value = dollars;
  const next = tokens[end];
  if (next !== undefined && CURRENCY_WORDS.has(next)) {
    length++;
    explicit = true;
  } else if (next !== undefined && CENTS_WORDS.has(next) && !explicit) {
    value = dollars / 100;
    length++;
    explicit = true;
  }
  return { dollars: Math.round(value * 100) / 100, length, explicit };
}

/** The first amount of money anywhere in tokens, with where it starts. */
export function findMoney(tokens: readonly string[], scale: MoneyScale = 'price'): (MoneyMatch & { at: number }) | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const m = matchMoney(tokens, i, scale);
    if (m) return { ...m, at: i };
  }
  return undefined;
}

/** True when tokens[i] looks like an amount of money, not a count ("$5", "5 dollars"). */
export function isExplicitMoney(tokens: readonly string[], i: number): boolean {
  return matchMoney(tokens, i)?.explicit ?? false;
}

/** Words naming a budget period, and the period they mean. */
export const PERIOD_WORDS: Readonly<Record<string, 'week' | 'month'>> = wordTable({
  week: 'week', weeks: 'week', weekly: 'week', wk: 'week', wks: 'week', weekend: 'week', fortnight: 'week',
  month: 'month', months: 'month', monthly: 'month', mo: 'month', mos: 'month', mth: 'month', mnth: 'month',
});

/** "week", "weekly", "a week", "per month", "/mo" -> the budget period. */
export function matchPeriod(tokens: readonly string[]): 'week' | 'month' | undefined {
  const words = tokens.filter((t) => !['a', 'per', 'each', 'every', 'for', 'the', 'in', 'of', 'one', 'this', 'next'].includes(t));
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  return w === 'fortnight' ? undefined : PERIOD_WORDS[w];
}

export { CURRENCY_WORDS } from '../lexicon/index.js';
