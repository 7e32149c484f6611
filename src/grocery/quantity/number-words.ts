/**
 * Numbers as people write them in a shopping request: digits, decimals, fractions ("1/2", "½",
 * "1 1/2", "1½"), words ("two", "twenty-five") and phrases ("a couple of", "a few", "half a",
 * "one and a half").
 */

/** Single words that are numbers. "a"/"an" are 1; "couple" is 2 and "few" is 3 (after "a"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  couple: 2, pair: 2, few: 3, half: 0.5, quarter: 0.25,
};

/** Unicode fraction characters and their values. */
export const VULGAR_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
};

const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
const DIGIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const FRACTION_CHARS = Object.keys(VULGAR_FRACTIONS).join('');
const MIXED = new RegExp(`^(\\d+)?([${FRACTION_CHARS}])$`);

/** A number found at a position in a token array. */
export interface NumberMatch {
  value: number;
  /** Index just past the last token used. */
  end: number;
  /** True when the number was only the article "a"/"an" ("a loaf", "an onion"). */
  article: boolean;
  /** True when the phrase already swallowed a trailing "of" ("a couple of"). */
  hadOf: boolean;
}

/**
 * Reads one written number ("12", "1.5", "1/2", "½", "1½") or undefined.
 *
 * @example
 * numericValue('1/2') // 0.5
 * numericValue('1½') // 1.5
 */
export function numericValue(token: string): number | undefined {
  const t = token.replace(/,$/, '');
  if (/^\d+(?:\.\d+)?$/.test(t) || /^\.\d+$/.test(t)) return Number(t);
  const frac = /^(\d+)\/(\d+)$/.exec(t);
  if (frac) return Number(frac[2]) === 0 ? undefined : Number(frac[1]) / Number(frac[2]);
  const mixedDash = /^(\d+)-(\d+)\/(\d+)$/.exec(t);
  if (mixedDash && Number(mixedDash[3]) !== 0) return Number(mixedDash[1]) + Number(mixedDash[2]) / Number(mixedDash[3]);
  const mixed = MIXED.exec(t);
  if (mixed) return Number(mixed[1] ?? 0) + VULGAR_FRACTIONS[mixed[2]!]!;
  return undefined;
}

/** A fraction token on its own ("1/2", "½"), for "1 1/2" and "1 ½". */
function fractionValue(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  if (token in VULGAR_FRACTIONS) return VULGAR_FRACTIONS[token];
  const frac = /^(\d+)\/(\d+)$/.exec(token);
  if (!frac || Number(frac[2]) === 0) return undefined;
  const v = Number(frac[1]) / Number(frac[2]);
  return v < 1 ? v : undefined;
}

/** A word number, including "twenty-five" and "twenty five"; returns value and tokens used. */
function wordNumber(tokens: readonly string[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const hyphen = /^([a-z]+)-([a-z]+)$/.exec(t);
  if (hyphen && TENS.has(hyphen[1]!) && DIGIT_WORDS.includes(hyphen[2]!)) {
    return { value: NUMBER_WORDS[hyphen[1]!]! + NUMBER_WORDS[hyphen[2]!]!, end: i + 1 };
  }
  if (TENS.has(t) && DIGIT_WORDS.includes(tokens[i + 1] ?? '')) {
    return { value: NUMBER_WORDS[t]! + NUMBER_WORDS[tokens[i + 1]!]!, end: i + 2 };
  }
  if (t === 'a' || t === 'an' || t === 'couple' || t === 'few' || t === 'pair' || t === 'half' || t === 'quarter') return undefined;
  const v = NUMBER_WORDS[t];
  return v === undefined ? undefined : { value: v, end: i + 1 };
}

/** A plain number at `tokens[i]`: digits, a mixed fraction over two tokens, or a number word. */
export function plainNumber(tokens: readonly string[], i: number): { value: number; end: number } | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const n = numericValue(t);
  if (n !== undefined) {
    // "1 1/2" and "1 ½": a whole number followed by a proper fraction.
    const frac = Number.isInteger(n) && !t.includes('/') ? fractionValue(tokens[i + 1]) : undefined;
    return frac === undefined ? { value: n, end: i + 1 } : { value: n + frac, end: i + 2 };
  }
  return wordNumber(tokens, i);
}

/** " and a half" after a number: 1 -> 1.5. Returns the index after it, or undefined. */
export function andAHalf(tokens: readonly string[], i: number): number | undefined {
  if (tokens[i] === 'and' && (tokens[i + 1] === 'a' || tokens[i + 1] === 'one') && tokens[i + 2] === 'half') return i + 3;
  return undefined;
}

/** Words after "a" that make it not a count ("a lot of", "a little", "a bit of"). */
const NOT_A_COUNT = new Set(['lot', 'lots', 'little', 'bit', 'touch', 'dash', 'pinch', 'splash', 'ton']);

/**
 * Reads a number phrase starting at `tokens[i]` (tokens lower case). Handles "a"/"an",
 * "a couple (of)", "a few", "a pair of", "half (a|an)", "a half", "a quarter", "one and a half",
 * digits, decimals and fractions.
 *
 * @example
 * matchNumber(['a', 'couple', 'of', 'apples'], 0) // { value: 2, end: 3, article: false, hadOf: true }
 */
export function matchNumber(tokens: readonly string[], i: number): NumberMatch | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  const next = tokens[i + 1];
  const isArticle = t === 'a' || t === 'an';

  const word = isArticle ? next : t;
  if (word === 'couple' || word === 'few' || word === 'pair') {
    let end = isArticle ? i + 2 : i + 1;
    const hadOf = tokens[end] === 'of';
    if (hadOf) end++;
    return { value: NUMBER_WORDS[word]!, end, article: false, hadOf };
  }
  // "half a gallon", "half an onion", "half gallon", "a half gallon", "a quarter pound".
  if (t === 'half' || t === 'quarter' || (isArticle && (next === 'half' || next === 'quarter'))) {
    const word = t === 'half' || t === 'quarter' ? t : next!;
    let end = t === word ? i + 1 : i + 2;
    if (t === word && (tokens[end] === 'a' || tokens[end] === 'an')) end++;
    return { value: NUMBER_WORDS[word]!, end, article: false, hadOf: false };
  }
  if (isArticle) {
    if (next !== undefined && NOT_A_COUNT.has(next)) return undefined;
    const half = andAHalf(tokens, i + 1);
    if (half !== undefined) return { value: 1.5, end: half, article: false, hadOf: false };
    return { value: 1, end: i + 1, article: true, hadOf: false };
  }
  const plain = plainNumber(tokens, i);
  if (!plain) return undefined;
  const half = andAHalf(tokens, plain.end);
  if (half !== undefined) return { value: plain.value + 0.5, end: half, article: false, hadOf: false };
  return { ...plain, article: false, hadOf: false };
}
