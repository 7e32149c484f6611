import type { CatalogWords } from '../../store/catalog/index.js';
import { canonical, editDistance, normalizeText, singular, words } from './text.js';

/**
 * The words the catalog knows, built once from product names, brands, categories, aliases and
 * synonyms. Search uses it to tell a real word from a typo or a half-typed prefix.
 */
export interface Lexicon {
  /** The catalog's spelling of a word typed as itself, its singular or its plural; undefined if unknown. */
  knownForm(word: string): string | undefined;
  /** True when some catalog word starts with `prefix`. */
  hasPrefix(prefix: string): boolean;
  /** Catalog words within a small edit distance, closest first; empty for short words. */
  corrections(word: string): string[];
  /** Categories whose canonical form (see `canonical`) is the given one: "banana" -> ["bananas"]. */
  categoriesFor(canonicalPhrase: string): string[];
  /** Synonyms of a normalized phrase ("pop" -> ["soda", "soft drink", ...]). */
  synonymsOf(phrase: string): string[];
  /** The longest phrase length (in words) that has synonyms, to bound the n-gram scan. */
  readonly longestSynonym: number;
}

/** Builds the lexicon from the catalog's words. Cost grows with catalog size; callers cache it. */
export function buildLexicon(source: Pick<CatalogWords, 'productTexts' | 'aliases' | 'categories' | 'synonyms'>): Lexicon {
  // Word -> how many product fields use it; a typo is read as the commoner of two near words.
  const known = new Map<string, number>();
  const add = (text: string | null) => {
    if (text) for (const w of words(text)) if (!/^\d/.test(w)) known.set(w, (known.get(w) ?? 0) + 1);
  };
  for (const r of source.productTexts()) {
    add(r.name);
    add(r.brand);
    add(r.category);
  }
  for (const alias of source.aliases()) add(alias);
  const categories = new Map<string, string[]>();
  for (const category of source.categories()) {
    const key = canonical(category);
    categories.set(key, [...(categories.get(key) ?? []), category]);
  }
  const synonyms = new Map<string, string[]>();
  let longestSynonym = 1;
  for (const [term, synonym] of source.synonyms()) {
    const key = normalizeText(term);
    const list = synonyms.get(key) ?? [];
    list.push(normalizeText(synonym));
    synonyms.set(key, list);
    longestSynonym = Math.max(longestSynonym, key.split(' ').length);
  }
  const sorted = [...known.keys()].sort();
  const byLength = new Map<number, { words: string[]; letters: number[] }>();
  for (const w of sorted) {
    const list = byLength.get(w.length) ?? { words: [], letters: [] };
    list.words.push(w);
    list.letters.push(letterSet(w));
    byLength.set(w.length, list);
  }
  const correctionCache = new Map<string, string[]>();

  const knownForm = (w: string) => [w, singular(w), `${w}s`, `${w}es`].find((f) => known.has(f));
  const hasPrefix = (prefix: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo]!.startsWith(prefix);
  };
  const corrections = (w: string): string[] => {
    const cached = correctionCache.get(w);
    if (cached) return cached;
    // One edit for ordinary words, two for long ones; short words are too easy to confuse.
    const max = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
    const found: { word: string; d: number }[] = [];
    if (max > 0) {
      const letters = letterSet(w);
      for (let len = w.length - max; len <= w.length + max; len++) {
        const list = byLength.get(len);
        if (!list) continue;
        for (let k = 0; k < list.words.length; k++) {
          // Each edit brings at most one new letter into either word: a cheap test first.
          const other = list.letters[k]!;
          if (bitCount(letters & ~other) > max || bitCount(other & ~letters) > max) continue;
          const d = editDistance(w, list.words[k]!, max);
          if (d <= max) found.push({ word: list.words[k]!, d });
        }
      }
    }
    const freq = (word: string) => known.get(word) ?? 0;
    found.sort((a, b) => a.d - b.d || freq(b.word) - freq(a.word) || a.word.localeCompare(b.word));
    const top = found[0];
    const best = top
      ? found.filter((f) => f.d === top.d && freq(f.word) * 4 >= freq(top.word)).slice(0, 4).map((f) => f.word)
      : [];
    if (correctionCache.size > 5000) correctionCache.clear();
    correctionCache.set(w, best);
    return best;
  };
  return {
    knownForm,
    hasPrefix,
    corrections,
    categoriesFor: (key) => categories.get(key) ?? [],
    synonymsOf: (phrase) => synonyms.get(phrase) ?? synonyms.get(singular(phrase)) ?? [],
    longestSynonym,
  };
}

/** The letters of a word as bits (a-z, anything else shares the last bits), for a quick distance bound. */
function letterSet(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    bits |= 1 << (c >= 0 && c < 26 ? c : 26 + (word.charCodeAt(i) % 5));
  }
  return bits;
}

function bitCount(n: number): number {
  let count = 0;
  for (let x = n; x; x &= x - 1) count++;
  return count;
}
