/**
 * What stands before a request without being one: a heading saying what the shopping is for
 * ("pizza night! add dough and pepperoni", "taco tuesday. tortillas and salsa", "for the
 * lasagna: ricotta and noodles"), and openers standing alone ("oh wait, the crackers, just one
 * box"). The words live in the lexicon; this file says where they stand.
 */
import { HEADING_WORDS, SOFT_OPENERS } from './lexicon.js';
import { ACTION_STARTERS } from './split-clauses.js';
import { isBreak } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

/** Words that point back at a thing named before them. */
const POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'those', 'these', 'that', 'this', 'one', 'ones']);

/** The most words a heading runs to. */
const HEADING_MAX = 5;

/** The message without a heading or bare openers before its first request. */
export function withoutHeading(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  let start = 0;
  for (;;) {
    const end = tokens.findIndex((t, i) => i >= start && isBreak(t));
    if (end < 0) break;
    const first = tokens.slice(start, end);
    const rest = tokens.slice(end + 1);
    if (!rest.some((t) => !isBreak(t) && !SOFT_OPENERS.has(t))) break;
    const openers = first.every((t) => SOFT_OPENERS.has(t) || t === 'um' || t === 'uh');
    // "for the mince, make it 1kg", "not buying chips this week, remove them": what follows points back into it.
    if (!openers && (!isHeading(first, vocab) || rest.some((t) => POINTERS.has(t)))) break;
    start = end + 1;
  }
  return start ? tokens.slice(start) : [...tokens];
}

function isHeading(words: readonly string[], vocab: VocabularyIndex): boolean {
  if (words.length === 0 || words.length > HEADING_MAX || words.some((w) => ACTION_STARTERS.has(w) || /\d/.test(w) || /^(lists?|not|no|never)$/.test(w))) return false;
  if (vocab.hasPhrase(words.join(' '))) return false;
  // "for the lasagna", "for the kids' lunches": what it is all for.
  if (words[0] === 'for' && words.length >= 2) return true;
  // "pizza night", "office restock"; not "dinner rolls", which is a thing.
  return HEADING_WORDS.has(words[words.length - 1]!);
}
