/**
 * Conversational acts ("yes", "undo", "thanks", "hi") read from a whole utterance: one act phrase,
 * or act phrases in a row that all say one thing ("awesome, thanks so much").
 */
import { isBreak } from './tokenizer.js';
import { ACT_LEAD_NOISE, ACT_PHRASES, CLOSING_WORDS, type Act } from '../lexicon/index.js';

/** What the act reader gives: the act of an utterance, the act a phrase names, and whether a word is in any act phrase. */
export interface ActReader {
  actOf(tokens: string[]): Act | undefined;
  actNamed(phrase: string): Act | undefined;
  isActWord(word: string): boolean;
}

/** Builds the act reader over {@link ACT_PHRASES}. */
export function createActReader(): ActReader {
  const acts = new Map<string, Act>();
  for (const [act, phrases] of Object.entries(ACT_PHRASES) as [Act, readonly string[]][]) for (const p of phrases) acts.set(p, act);
  const actWords = new Set([...acts.keys()].flatMap((p) => p.split(' ')));

  function actOf(tokens: string[]): Act | undefined {
    tokens = withoutThanksFor(tokens);
    // A word no act phrase has, that no reading below drops, rules every reading out: most
    // messages are requests, so they are told apart before anything is joined or looked up.
    for (const t of tokens) if (!isBreak(t) && !actWords.has(t) && !ACT_LEAD_NOISE.has(t) && t !== 'ok') return undefined;
    const words = tokens.filter((t) => !isBreak(t));
    const whole = acts.get(words.join(' ')) ?? acts.get(words.filter((w) => w !== 'please' && w !== 'oh' && w !== 'um' && w !== 'lol' && w !== 'ok').join(' '));
    // "awesome, thanks so much": an act phrase may hold a word that is noise elsewhere ("so").
    return whole ?? actSequence(words) ?? actSequence(words.filter((w) => !ACT_LEAD_NOISE.has(w)));
  }

  /** "awesome, thanks so much", "perfect thank you": act phrases in a row that all say one thing. */
  function actSequence(words: string[]): Act | undefined {
    if (words.length < 2) return words.length === 1 ? acts.get(words[0]!) : undefined;
    // A word no act phrase has ends it at once: most messages are requests.
    if (!words.every((w) => actWords.has(w))) return undefined;
    const best: (Act[] | undefined)[] = [[]];
    for (let end = 1; end <= words.length; end++) {
      for (let start = Math.max(0, end - 6); start < end; start++) {
        const act = acts.get(words.slice(start, end).join(' '));
        if (act && best[start] && !best[end]) best[end] = [...best[start]!, act];
      }
    }
    const found = best[words.length];
    if (!found) return undefined;
    // A greeting or thanks beside another act is politeness around it ("hi, yes please").
    const kinds = new Set(found.filter((a) => a !== 'greeting' && a !== 'thanks'));
    if (kinds.size === 1) return [...kinds][0];
    if (kinds.size === 0) return found.includes('thanks') ? 'thanks' : 'greeting';
    return undefined;
  }

  return { actOf, actNamed: (phrase) => acts.get(phrase), isActWord: (word) => actWords.has(word) };
}

/**
 * "great, thanks so much for the help" -> "great, thanks so much": what someone is thanked for
 * (a few words after "thanks ... for") says nothing more than the thanks.
 */
function withoutThanksFor(tokens: string[]): string[] {
  const at = tokens.lastIndexOf('for');
  if (at < 1 || tokens.length - at > 5) return tokens;
  const before = tokens.slice(Math.max(0, at - 4), at);
  // "thanks so much for the help", "that's everything for lunches", "that will be all for today".
  return before.some((w) => CLOSING_WORDS.has(w)) ? tokens.slice(0, at) : tokens;
}

