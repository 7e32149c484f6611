/**
 * Small text helpers for catalog matching: normalising what people type, crude singulars, and
 * a bounded edit distance for typo tolerance.
 */

/** Lower-cases, folds accents, turns "&" into "and" and drops punctuation other than inner apostrophes. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text after {@link normalizeText}. */
export function words(text: string): string[] {
  const n = normalizeText(text);
  return n ? n.split(' ') : [];
}

/** A rough singular ("berries" -> "berry", "tomatoes" -> "tomato", "eggs" -> "egg"); short words stay. */
export function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Damerau-Levenshtein distance (adjacent swaps count as one), giving up once it exceeds `max`
 * so that scanning a vocabulary stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n]!;
}

/** A comparable form of a phrase: words, singular, "and" dropped ("Mac & Cheese" -> "mac cheese"). */
export function canonical(text: string): string {
  return words(text).filter((w) => w !== 'and').map(singular).join(' ');
}

/** Words that carry no product meaning in a search or a list line. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'some', 'any', 'for', 'with', 'in', 'on', 'to', 'my', 'me', 'please', 'get', 'buy', 'need',
  'few', 'couple', 'more', 'x',
]);
