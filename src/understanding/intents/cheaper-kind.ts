import { SURE, type IntentRule } from '../engine/intent.js';
import { CHEAPER } from '../lexicon/index.js';
import { subject } from './support/shopping-phrases.js';

/**
 * The `cheaper_kind` intent: "a cheaper coffee", "is there a cheaper peanut butter", "need a
 * cheaper dish soap than dawn": products that cost no more than the one named
 * (find_substitutes with maxPriceDifference 0). Only for a thing the catalog sells ("a cheaper
 * phone plan" is not a grocery).
 */
export const cheaperKindIntent: IntentRule = { name: 'cheaper_kind', patterns: [
  `[a|an|some|any] ${CHEAPER} {x}`, `[is there|are there|got|do you have|have you got|find me|find|show me|i need|need|i want|get me|suggest|recommend|what is|whats] [a|an|some|any] ${CHEAPER} {x}`],
  build: (s, env) => {
    const than = s.x!.indexOf('than');
    // "a cheaper dish soap than dawn": the product to beat is after "than".
    const thing = than >= 0 ? s.x!.slice(than + 1) : s.x!;
    if (than === 0 || thing.length === 0 || thing.some((t) => t === ',' || t === 'than')) return undefined;
    const subj = subject(thing, env, 'name');
    if (subj === 'unresolved' || !subj) return undefined;
    if (typeof subj.name === 'string' && !env.vocab.hasPhrase(subj.name) && !subj.name.split(' ').every((w) => env.vocab.knowsWord(w))) return undefined;
    return { calls: [{ name: 'find_substitutes', args: { ...subj, maxPriceDifference: 0 } }], confidence: SURE };
  } };
