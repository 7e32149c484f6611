/**
 * A clause's request verb, read past what stands before it: helpers ("i will need milk"), other
 * forms ("adding milk") and filler. The words are the lexicon's (lexicon/request-verbs.ts).
 */
import { AUXILIARIES, BASE_VERBS, GETTING_STATES, LEAD_VERBS, MODALS, POLITENESS, SOFT_OPENERS, SUBJECTS } from '../lexicon/index.js';
import { stripFiller } from './clause.js';
import { isBreak } from './tokenizer.js';

/**
 * "i will need milk" -> "need milk", "could we get a melon" -> "get a melon", "gotta get dog
 * food" -> "get dog food"; undefined when no helper stands before a request verb.
 */
export function withoutAuxiliaries(tokens: readonly string[]): string[] | undefined {
  let i = 0;
  if (MODALS.has(tokens[0]!) && SUBJECTS.has(tokens[1] ?? '')) i = 2;
  else if (SUBJECTS.has(tokens[0]!)) i = 1;
  while (i < tokens.length && AUXILIARIES.has(tokens[i]!)) i++;
  if (i === 0 || i >= tokens.length - 1 || !LEAD_VERBS.has(tokens[i]!)) return undefined;
  return tokens.slice(i);
}

/** "adding milk" -> "add milk": the clause with its first verb as the rules spell it. */
export function baseVerb(tokens: string[]): string[] {
  const base = BASE_VERBS[tokens[0] ?? ''];
  // "getting low on milk" is its own phrase; only a following thing makes "getting" a request.
  if (base === undefined || (tokens[0] === 'getting' && GETTING_STATES.has(tokens[1] ?? ''))) return tokens;
  return [base, ...tokens.slice(1)];
}

/** A clause's words without filler, openers, breaks or "please": what it asks for. */
export function requestWords(c: readonly string[]): string[] {
  return stripFiller(c).filter((t) => !isBreak(t) && !SOFT_OPENERS.has(t) && !POLITENESS.has(t));
}
