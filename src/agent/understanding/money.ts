import { numericValue } from '../../grocery/quantity/index.js';

/** A dollar amount read from tokens, and how many tokens it used. */
export interface MoneyMatch {
  dollars: number;
  length: number;
}

const NUMBER_WORD_DOLLARS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100,
};

/**
 * Reads "$5", "$5.99", "5 dollars", "5 bucks", "5$", "150" at tokens[i]; undefined when there is no amount.
 *
 * @example
 * matchMoney(['$', '150'], 0) // undefined ("$" alone is not an amount)
 * matchMoney(['$150', 'a', 'week'], 0) // { dollars: 150, length: 1 }
 */
export function matchMoney(tokens: readonly string[], i: number): MoneyMatch | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const m = /^\$?(\d+(?:\.\d{1,2})?)\$?(k)?$/.exec(t);
  let dollars: number | undefined;
  if (m) dollars = Number(m[1]) * (m[2] ? 1000 : 1);
  else if (t === '$' && tokens[i + 1] !== undefined) {
    const next = numericValue(tokens[i + 1]!);
    if (next !== undefined) return { dollars: next, length: 2 + unitWords(tokens, i + 2) };
  } else dollars = NUMBER_WORD_DOLLARS[t];
  if (dollars === undefined) return undefined;
  return { dollars, length: 1 + unitWords(tokens, i + 1) };
}

function unitWords(tokens: readonly string[], i: number): number {
  const t = tokens[i];
  if (t === 'dollars' || t === 'dollar' || t === 'bucks' || t === 'usd') return 1;
  return 0;
}

/** True when tokens[i] looks like an amount of money, not a count ("$5", "5 dollars"). */
export function isExplicitMoney(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] ?? '';
  return t.startsWith('$') || t.endsWith('$') || unitWords(tokens, i + 1) === 1;
}

/** "week", "weekly", "a week", "per month", "/mo" -> the budget period. */
export function matchPeriod(tokens: readonly string[]): 'week' | 'month' | undefined {
  const words = tokens.filter((t) => !['a', 'per', 'each', 'every', 'for', 'the', 'in', 'of', 'one'].includes(t));
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  if (/^(week|weeks|weekly|wk|wks|weekend)$/.test(w)) return 'week';
  if (/^(month|months|monthly|mo|mos)$/.test(w)) return 'month';
  return undefined;
}
