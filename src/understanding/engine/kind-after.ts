/**
 * "hummus, the roasted red pepper one", "and salsa um the mild kind": a thing, then "the ... one"
 * saying which kind of it. When the catalog knows the words of the kind, the thing is named with
 * them ("roasted red pepper hummus"); one word only when the catalog names the thing so ("mild
 * salsa"); otherwise ("bananas, the ripe ones", "the green ones") the words stay a note.
 */
import { BEFORE_A_THING, INTERJECTIONS, SMALL_NUMBER_WORDS, WHICH_KIND_NOUNS } from '../lexicon/index.js';
import { isBreak } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

/** The most words a kind runs to ("roasted red pepper"), and a thing before it. */
const MAX_KIND = 4;
const MAX_THING = 3;

/** The message with "X, the Y one" said as "Y X" where the catalog knows Y's words. */
export function withKindNamedAfter(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i] !== 'the') continue;
    const end = tokens.findIndex((t, j) => j > i + 1 && j <= i + 1 + MAX_KIND && WHICH_KIND_NOUNS.has(t));
    if (end < 0 || !(end === tokens.length - 1 || isBreak(tokens[end + 1]!) || tokens[end + 1] === 'and' || tokens[end + 1] === 'please')) continue;
    const kind = tokens.slice(i + 1, end);
    if (kind.some((w) => isBreak(w) || !vocab.knowsWord(w) || /^\d+$/.test(w))) continue;
    // Back over a pause ("um", a comma) to the thing, which ends where a request or a list goes on.
    let k = i - 1;
    while (k >= 0 && (INTERJECTIONS.has(tokens[k]!) || tokens[k] === ',')) k--;
    const thingEnd = k + 1;
    while (k >= 0 && thingEnd - k <= MAX_THING && !isBreak(tokens[k]!) && !BEFORE_A_THING.has(tokens[k]!) && !INTERJECTIONS.has(tokens[k]!)) k--;
    const thing = tokens.slice(k + 1, thingEnd);
    if (thing.length === 0 || thing.length > MAX_THING || !vocab.hasPhrase(thing.join(' '))) continue;
    const named = [...kind, ...thing];
    // One word is a kind only as the catalog names it ("mild salsa"); "bananas, the green ones" is a note on them.
    if (kind.length === 1 && !vocab.hasPhrase(named.join(' '))) continue;
    return [...tokens.slice(0, k + 1), ...named, ...tokens.slice(end + 1)];
  }
  return [...tokens];
}

/** Words that only hedge an amount said after them ("like 4 avocados", "and um about six limes"). */
const HEDGES = new Set(['like', 'about', 'around', 'roughly', 'approximately', 'approx', 'say', 'maybe']);
/** Sounds before the hedge; after "and" ("and um like six limes") the things go on as a list does, so the hedge stays for the item grammar. */
const PAUSES = new Set(['um', 'uh', 'er', 'erm', 'oh', 'ok', 'okay', 'so']);

/**
 * "like 4 avocados", "and um like six limes": a hedge before an amount at the start of a request
 * is no word of it; what is left reads as the amount said ("4 avocados").
 */
export function withoutAmountHedge(tokens: readonly string[]): string[] {
  const out: string[] = [];
  // Whether only pauses and breaks came before: kept as the words go, so the pass stays linear.
  let onlyPauses = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1] ?? '';
    const startsRequest = onlyPauses || isBreak(out.at(-1) ?? ',');
    if (HEDGES.has(t) && startsRequest && (/^\d+(\.\d+)?$/.test(next) || SMALL_NUMBER_WORDS.has(next))) continue;
    out.push(t);
    onlyPauses &&= PAUSES.has(t) || isBreak(t);
  }
  return out;
}
