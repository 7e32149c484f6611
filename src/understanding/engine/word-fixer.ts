/**
 * Typo correction: each word to the spelling it was meant to have, against the command words the
 * intents spell and the catalog's words (typos.ts does the edit distance).
 */
import { lookupUnit, NUMBER_WORDS } from '../../grocery/quantity/index.js';
import { COMMON_TYPOS, LEADING_TYPOS, NON_GROCERY_TOPICS } from '../lexicon/index.js';
import { memoByText } from './text-memo.js';
import { isBreak } from './tokenizer.js';
import { createTypoCorrector, droppedLetterIndex, isEnglishWord } from './typos.js';
import { wordForms, type VocabularyIndex } from './vocabulary.js';

/** A message's words with slips corrected, and whether any was. */
export interface WordFixer {
  correct(tokens: string[]): { tokens: string[]; corrected: boolean };
  /** A word left as typed that is one slip from two of the catalog's things ("cherrios": cheerios, cherries). */
  torn(tokens: readonly string[]): { word: string; options: string[] } | undefined;
}

/**
 * A corrector over `commandWords` (every word an intent or the lexicon spells) and the catalog.
 *
 * @example
 * createWordFixer(commandWords, vocab).correct(['waht', 'is', 'on', 'my', 'lsit']).tokens // ['what', 'is', 'on', 'my', 'list']
 */
export function createWordFixer(commandWords: ReadonlySet<string>, vocab: VocabularyIndex): WordFixer {
  // A catalog word's other forms count only when they are words ("sharp" makes "sharps", not "sharpes").
  const productForms = [...vocab.words].flatMap((w) => wordForms(w).filter((f) => f === w || vocab.words.has(f) || isEnglishWord(f)));
  const corrector = createTypoCorrector([...commandWords, ...productForms, ...COMMON_TYPOS.values()]);
  // Four-letter slips of the command words ("waht's on my list", "jion list 4FJ8KD"). Product
  // words are in the running too, so a word as near to one of them is left alone, and a word
  // nearest a product word is not changed at this length ("kale" is not "sale").
  const shortCorrector = createTypoCorrector([...commandWords, ...productForms], { minLength: 4, swapsAndDropsOnly: true });
  // "bacn", "lrge": a four-letter word with one letter dropped, when only one known word has it.
  const dropped = droppedLetterIndex([...commandWords, ...productForms]);
  const commandSlip = (t: string) => {
    const fix = shortCorrector.correct(t);
    return fix !== undefined && commandWords.has(fix) ? fix : undefined;
  };

  const known = memoByText((t) => commandWords.has(t) || vocab.knowsWord(t) || lookupUnit(t) !== undefined || Object.hasOwn(NUMBER_WORDS, t) || NON_GROCERY_TOPICS.has(t));

  /** The spelling a word was meant to have, or undefined when it stands as typed. */
  const fixWord = memoByText((t): string | undefined => {
    // "adddd milk", "milllk", "pleeease": a key held down. Runs of three or more letters shrink
    // to two, then to one, and the first known spelling wins.
    const held = /(.)\1\1/.test(t) ? [t.replace(/(.)\1\1+/g, '$1$1'), t.replace(/(.)\1\1+/g, '$1')].find(known) : undefined;
    if (held !== undefined) return held;
    const common = COMMON_TYPOS.get(t);
    if (common !== undefined) return common;
    // "tomatos", "potatos": a plural spelled with "s" where the catalog spells it "es".
    const es = t.endsWith('os') ? `${t.slice(0, -1)}es` : undefined;
    if (es && !vocab.words.has(t) && vocab.words.has(es)) return es;
    if (isBreak(t) || known(t)) return undefined;
    return corrector.correct(t) ?? (t.length === 4 ? commandSlip(t) : undefined) ?? (t.length === 4 && !isEnglishWord(t) ? dropped(t) : undefined);
  });

  function correct(tokens: string[]): { tokens: string[]; corrected: boolean } {
    let corrected = false;
    const out = tokens.map((t, i) => {
      const fix = (i === 0 ? LEADING_TYPOS[t] : undefined) ?? fixWord(t);
      if (fix === undefined) return t;
      corrected = true;
      return fix;
    });
    return { tokens: out, corrected };
  }

  function torn(tokens: readonly string[]): { word: string; options: string[] } | undefined {
    for (const t of tokens) {
      if (isBreak(t) || known(t) || t.length < 6) continue;
      const options = corrector.rivals(t)?.filter((w) => vocab.knowsWord(w));
      if (options && options.length === 2) return { word: t, options };
    }
    return undefined;
  }

  return { correct, torn };
}
