import { memoByText } from './text-memo.js';
import { tokenize, isBreak, standsAt } from './tokenizer.js';

/** What the catalog knows, as plain strings: the words people use for things, brands, categories. */
export interface Vocabulary {
  itemPhrases: string[];
  brands: string[];
  categories: string[];
}

/** The vocabulary indexed for the grammar: phrase look-up by first word, brands, every word. */
export interface VocabularyIndex {
  /** Is this exact phrase (tokens joined by spaces) a thing the catalog sells? */
  hasPhrase(phrase: string): boolean;
  /** Known phrases of two or more words that start with `word`, longest first. */
  phrasesStartingWith(word: string): readonly (readonly string[])[];
  /** Is `word` (or its singular/plural) part of any known phrase? */
  knowsWord(word: string): boolean;
  /** The longest brand at tokens[i..]: its canonical spelling and how many tokens it used. */
  brandAt(tokens: readonly string[], i: number): { brand: string; length: number } | undefined;
  /** The canonical spelling of a brand typed as `phrase`, if it is one. */
  brandNamed(phrase: string): string | undefined;
  /** The one brand whose name starts with these words ("eggland's" -> "Eggland's Best"), if exactly one does. */
  brandStartingWith(tokens: readonly string[]): string | undefined;
  /** Every word of every phrase and brand, for typo correction. */
  readonly words: ReadonlySet<string>;
}

/** "berries" -> ["berries", "berry", "berrie", ...]: spellings that name the same thing. */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith('ies')) forms.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  else forms.push(word + 's', word + 'es');
  if (word.endsWith('y')) forms.push(word.slice(0, -1) + 'ies');
  return forms;
}

function phraseTokens(text: string): string[] {
  return tokenize(text).filter((t) => !isBreak(t));
}

/**
 * Indexes a vocabulary once, so every utterance is matched with map look-ups.
 *
 * @example
 * const v = indexVocabulary({ itemPhrases: ['mac and cheese'], brands: ['Great Value'], categories: [] });
 * v.hasPhrase('mac and cheese') // true
 */
export function indexVocabulary(vocabulary: Vocabulary): VocabularyIndex {
  const phrases = new Set<string>();
  const byFirst = new Map<string, string[][]>();
  const words = new Set<string>();
  for (const text of [...vocabulary.itemPhrases, ...vocabulary.categories]) {
    const toks = phraseTokens(text);
    if (toks.length === 0) continue;
    const key = toks.join(' ');
    if (phrases.has(key)) continue;
    phrases.add(key);
    for (const w of toks) words.add(w);
    if (toks.length > 1) {
      const list = byFirst.get(toks[0]!) ?? [];
      list.push(toks);
      byFirst.set(toks[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  const brands = new Map<string, string>();
  const brandFirst = new Map<string, string[][]>();
  for (const brand of vocabulary.brands) {
    const toks = phraseTokens(brand);
    if (toks.length === 0) continue;
    const variants = [toks, toks.map((t) => t.replace(/'/g, ''))];
    // "Eggland's Best" is typed "egglands best" as often as not.
    for (const v of variants) {
      const key = v.join(' ');
      if (brands.has(key)) continue;
      brands.set(key, brand);
      const list = brandFirst.get(v[0]!) ?? [];
      list.push(v);
      brandFirst.set(v[0]!, list);
      for (const w of v) words.add(w);
    }
  }
  for (const list of brandFirst.values()) list.sort((a, b) => b.length - a.length);

  // Asked many times per message while the grammar tries where items start and end.
  const knowsWord = memoByText((word) => wordForms(word).some((f) => words.has(f)));
  const hasPhrase = memoByText((phrase) => {
    if (phrases.has(phrase)) return true;
    const toks = phrase.split(' ');
    const last = toks.pop()!;
    return wordForms(last).some((f) => phrases.has([...toks, f].join(' ')));
  });
  return {
    hasPhrase,
    phrasesStartingWith: (word) => byFirst.get(word) ?? [],
    knowsWord,
    brandAt: (tokens, i) => {
      for (const b of brandFirst.get(tokens[i] ?? '') ?? []) {
        if (standsAt(tokens, b, i)) return { brand: brands.get(b.join(' '))!, length: b.length };
      }
      return undefined;
    },
    brandStartingWith: (tokens) => {
      const found = new Set<string>();
      for (const b of brandFirst.get(tokens[0] ?? '') ?? []) {
        if (b.length >= tokens.length && tokens.every((w, k) => b[k] === w)) found.add(brands.get(b.join(' '))!);
      }
      return found.size === 1 ? [...found][0] : undefined;
    },
    brandNamed: (phrase) => brands.get(phrase) ?? brands.get(phrase.replace(/'/g, '')),
    words,
  };
}
