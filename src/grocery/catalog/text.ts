/**
 * Small text helpers for catalog matching: normalising what people type, crude singulars, and
 * a bounded edit distance for typo tolerance.
 */

/**
 * Lower-cases, folds accents, turns "&" into "and" (but "M&M's" into "mms" and "A&W" into "aw":
 * single letters around it are one word) and drops punctuation other than inner apostrophes.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(AMPERSAND_AS_AND, ' and ')
    .replace(/&/g, '')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An "&" that is "and": any but one between single letters ("m&m's", "a&w", which are names). */
const AMPERSAND_AS_AND = /(?<!\b[a-z])&|&(?![a-z](?:'?s)?\b)/g;
/** Single letters around an "&" ("m&m's" -> m, m, 's). */
const LETTER_AND_LETTER = /\b([a-z])&([a-z])(?=('?s)?\b)/g;

/**
 * Text with each "&" that means "and" spelled so ("salt & pepper" -> "salt and pepper"), and the
 * ones inside a name kept ("m&ms", "a&w").
 */
export function ampersandsAsAnd(text: string): string {
  return text.includes('&') ? text.replace(AMPERSAND_AS_AND, ' and ') : text;
}

/**
 * Extra search names for a product whose name or brand joins single letters with "&" ("M&M's"
 * -> "mms", "A&W" -> "aw"): the search index splits at "&" into letters too short to find, so
 * the joined word goes in as an alias, the form {@link normalizeText} reads queries in.
 */
export function ampersandAliases(...texts: readonly (string | null | undefined)[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const m of (t ?? '').toLowerCase().matchAll(LETTER_AND_LETTER)) out.add(`${m[1]}${m[2]}${m[3] ? 's' : ''}`);
  return [...out];
}

/**
 * Whether a product's brand and name hold every word of `query` (singular, and inside longer
 * words: "oat" in "Oatly Oat Milk" and in "Oatmilk"); a query of no real words asks nothing of it.
 */
export function saysEveryWord(query: string): (p: { brand: string | null; name: string }) => boolean {
  const wanted = normalizeText(query).split(' ').filter((w) => w.length >= 2).map(singular);
  return (p) => {
    const text = normalizeText(`${p.brand ?? ''} ${p.name}`);
    return wanted.every((w) => text.includes(w));
  };
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

// Three rows of the distance matrix, reused by every call: a typo is checked against a
// thousand catalog words, and allocating the rows each time was most of the cost.
let scratch = new Int32Array(3 * 32);

/**
 * Damerau-Levenshtein distance (adjacent swaps count as one), giving up once it exceeds `max`
 * so that scanning a vocabulary stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if (scratch.length < 3 * width) scratch = new Int32Array(6 * width);
  const rows = scratch;
  // Offsets of the rows for i - 2, i - 1 and i; they rotate instead of being copied.
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[prevPrev + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) v = Math.min(v, rows[prevPrev + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const oldest = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = oldest;
  }
  return rows[prev + width - 1]!;
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
