/**
 * The thing a clause talks about, for a pronoun after it to point back at.
 */
import { AFTER_DONE, DONE_TO_A_THING, DOING_WORDS, TOPIC_DETERMINERS, TOPIC_STOPS } from '../lexicon/index.js';
import { CLAUSE_WORDS, isNounPhrase, knownItem } from './items.js';
import { isBreak } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

/** The thing a clause talks about: "i changed my mind about the steak" -> "steak", "mom's bringing the pie" -> "pie". */
export function topicOf(tokens: readonly string[], vocab: VocabularyIndex): string | undefined {
  let at = -1;
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (TOPIC_DETERMINERS.has(tokens[i]!) && !(tokens[i] === 'my' && tokens[i + 1] === 'mind')) {
      at = i;
      break;
    }
  }
  // "linda's bringing grapes": what someone is doing it to, with no "the" before it.
  if (at < 0) at = tokens.findIndex((t, i) => i >= 1 && i <= 2 && DOING_WORDS.has(t) && /^[a-z]+'s$/.test(tokens[i - 1]!) && i < tokens.length - 1);
  // "jess already bought dish soap", "mum picked up eggs": what someone did it to, after the verb.
  // "my sister picked up paper towels": the thing after the verb, not "my ...".
  let done = tokens.findIndex((t, i) => i >= 1 && i <= 3 && DONE_TO_A_THING.has(t) && !tokens.slice(0, i).some(isBreak));
  while (done >= 0 && AFTER_DONE.has(tokens[done + 1] ?? '')) done++;
  if (done > at) at = done;
  const words: string[] = [];
  for (let k = at + 1; k < tokens.length && !TOPIC_STOPS.has(tokens[k]!) && !isBreak(tokens[k]); k++) words.push(tokens[k]!);
  const name = words.join(' ');
  if (!name || (at < 0 && !isNounPhrase(name)) || words.some((w) => CLAUSE_WORDS.has(w))) return undefined;
  // A clause that is only a short name ("root beer, make it two 6-packs") is its own topic.
  return knownItem(name, vocab) || at >= 0 || words.length <= 3 ? name : undefined;
}
