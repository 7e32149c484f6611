/**
 * An amount said again, in conversation, for a thing already on the list: the thing first and a
 * request after it ("the cabbage, I need two", "milk make it 2 litres", "the brie, could you make
 * that two", "carrots is too much, make 500 grams"), or the amount first with a word of correction,
 * a relay or a reason around it ("she says 2 packs of hot dogs actually", "two gallons of milk
 * actually we go through a lot"). Such a message is said again the plain way the rules read ("the
 * cabbage 2"); the words it looks for live in `lexicon/restatements.ts`. And an amount changed in one
 * breath ("two bottles of prosecco, no actually three") is said once, as meant.
 */
import { NUMBER_WORDS, numericValue } from '../../grocery/quantity/index.js';
import {
  AMOUNT_LEAD_WORDS, AMOUNT_TAIL_WORDS, MORE_WORDS, NOT_A_RELAYER, POINTERS, REASON_STARTS, REQUEST_IN_A_REASON, RESTATEMENT_CORRECTIONS, RESTATEMENT_GOING_ON,
  INTERJECTIONS, RESTATEMENT_OPENERS, RESTATEMENT_RELAYS, RESTATEMENT_TOPIC_OPENERS, SELF_CORRECTIONS, WHOSE_WORDS,
} from '../lexicon/index.js';
import type { UnderstandingContext } from './intent.js';
import { lineMeant } from './list-lines.js';
import { quantityPrefix } from './text-memo.js';
import { isBreak, SENTENCE_BREAK, standsAt } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

const byLength = (list: readonly string[]) => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const OPENERS = byLength(RESTATEMENT_OPENERS);
const TOPIC_OPENERS = byLength(RESTATEMENT_TOPIC_OPENERS);
const RELAYS = byLength(RESTATEMENT_RELAYS);
const CORRECTIONS = byLength(SELF_CORRECTIONS);
/** Words before a thing's name that say it is one already there. */
const THE = new Set(['the', 'my', 'our']);
/** Words of having, which lead an amount in only as "has to be", "have to get". */
const HAVING = new Set(['has', 'have']);
/** Words that name no thing: the ones that lead an amount in, and the articles. */
const NOT_A_NAME = new Set([...AMOUNT_LEAD_WORDS, 'a', 'an']);

/** A number said in digits or in words ("2", "two", "250." at the end of a sentence); never "a". */
const isNumber = (t: string | undefined) => t !== undefined && t !== 'a' && t !== 'an' && (numericValue(t.replace(/\.$/, '')) !== undefined || NUMBER_WORDS[t] !== undefined);

/** An amount said with a number at `at` ("2 litres", "two", "500 grams"), as the number of words it takes. */
function amountAt(tokens: readonly string[], at: number, article = false): number {
  if (!isNumber(tokens[at]) && !(article && (tokens[at] === 'a' || tokens[at] === 'an'))) return 0;
  // "not 250." at the end of a sentence: the number alone.
  if (tokens[at]!.endsWith('.')) return 1;
  const consumed = quantityPrefix(tokens.slice(at))?.consumed ?? 0;
  // "two gallons of": the "of" belongs to the thing after it.
  return consumed > 1 && tokens[at + consumed - 1] === 'of' ? consumed - 1 : consumed;
}

/** Where the openers before `at` end, and whether they go on to another thing or take something back. */
function pastOpeners(tokens: readonly string[], at: number): { at: number; goingOn: boolean; corrected: boolean } {
  let goingOn = false;
  let corrected = false;
  for (;;) {
    if (isBreak(tokens[at])) {
      at++;
      continue;
    }
    // "for the apples, ...": the words that say what the message is about, only before "the".
    const topic = TOPIC_OPENERS.find((o) => standsAt(tokens, o, at) && THE.has(tokens[at + o.length] ?? ''));
    const p = OPENERS.find((o) => standsAt(tokens, o, at)) ?? topic;
    if (!p) return { at, goingOn, corrected };
    goingOn ||= p.some((w) => RESTATEMENT_GOING_ON.has(w));
    corrected ||= p.some((w) => RESTATEMENT_CORRECTIONS.has(w));
    at += p.length;
  }
}

/** "she says", "tom said", "my wife texted": how many words relay someone's words at `at`, or 0. */
function relayAt(tokens: readonly string[], at: number, vocab: VocabularyIndex): number {
  for (const width of [1, 2]) {
    const who = tokens.slice(at, at + width);
    if (who.length < width || who.some((w) => isBreak(w) || /\d/.test(w)) || NOT_A_RELAYER.has(who[0]!) || vocab.hasPhrase(who.join(' '))) continue;
    if (width === 2 && !WHOSE_WORDS.has(who[0]!)) continue;
    const verb = RELAYS.find((r) => standsAt(tokens, r, at + width));
    if (verb) return width + verb.length + (tokens[at + width + verb.length] === 'that' ? 1 : 0);
  }
  return 0;
}

/** The words after the thing's new amount, without what carries nothing; undefined when they are more than a reason or an amount taken back. */
function tailAfter(tokens: readonly string[], at: number): { kept: string[]; corrected: boolean } | undefined {
  let corrected = false;
  while (at < tokens.length && (isBreak(tokens[at]) || AMOUNT_TAIL_WORDS.has(tokens[at]!) || RESTATEMENT_CORRECTIONS.has(tokens[at]!))) {
    // "it", "that" start a reason ("it is for the party"), unless they follow "of" ("two of them").
    if (POINTERS.has(tokens[at]!) && tokens[at - 1] !== 'of') break;
    corrected ||= RESTATEMENT_CORRECTIONS.has(tokens[at]!);
    at++;
  }
  const kept: string[] = [];
  // ", not 250": the amount taken back stays for the rule that reads it.
  if (tokens[at] === 'not' && amountAt(tokens, at + 1)) {
    const n = amountAt(tokens, at + 1);
    kept.push(...tokens.slice(at, at + 1 + n).map((w) => w.replace(/\.$/, '')));
    at += 1 + n;
    while (isBreak(tokens[at])) at++;
  }
  const rest = tokens.slice(at);
  if (rest.length === 0 || rest.every(isBreak)) return { kept, corrected };
  // "there's six of us", "we go through a lot": a reason names nothing to do.
  if (REASON_STARTS.has(rest[0]!) && !rest.some((w) => REQUEST_IN_A_REASON.has(w))) return { kept, corrected: true };
  // "... and add bread": a request of its own after it stays, as a clause of its own.
  if (RESTATEMENT_GOING_ON.has(rest[0]!)) return { kept: [...kept, SENTENCE_BREAK, rest[0] === 'n' ? 'and' : rest[0]!, ...rest.slice(1)], corrected };
  return undefined;
}

/** The line the words name, when they name one on the list and read as a thing's name. */
function namesLine(words: readonly string[], context: UnderstandingContext): boolean {
  if (words.length === 0 || words.length > 4 || words.some((w) => isBreak(w) || MORE_WORDS.has(w) || isNumber(w))) return false;
  if (NOT_A_NAME.has(words[0]!) || NOT_A_NAME.has(words[words.length - 1]!)) return false;
  return lineMeant(words.join(' '), context) !== undefined;
}

/**
 * The message said the plain way when it says a new amount for one line of the list ("the
 * cabbage, I need two" -> "the cabbage two"); any other message is returned as it is.
 *
 * @example
 * withRestatedAmount(['milk', 'make', 'it', '2', 'litres'], context, vocab) // ['the', 'milk', '2', 'litres'] with milk on the list
 */
export function withRestatedAmount(said: readonly string[], context: UnderstandingContext, vocab: VocabularyIndex): string[] {
  if (!context.onList || said.some((w) => MORE_WORDS.has(w))) return [...said];
  // "the um yogurt make it uh three tubs", "like 2 boxes": sounds and a "like" before a number carry nothing.
  const tokens = said.filter((w, i) => !INTERJECTIONS.has(w) && !(w === 'like' && isNumber(said[i + 1])));
  const rewritten = restated(tokens, context, vocab);
  return rewritten ?? [...said];
}

/** {@link withRestatedAmount} on words without sounds: the message said the plain way, or undefined. */
function restated(tokens: readonly string[], context: UnderstandingContext, vocab: VocabularyIndex): string[] | undefined {
  let { at, goingOn, corrected } = pastOpeners(tokens, 0);
  const relay = relayAt(tokens, at, vocab);
  if (relay) ({ at, goingOn, corrected } = pastOpeners(tokens, at + relay));
  const the = THE.has(tokens[at] ?? '');
  const amount = amountAt(tokens, at);
  if (amount) {
    // "2 packs of hot dogs actually", "five tomatoes": the amount first, then the thing.
    let k = at + amount;
    if (tokens[k] === 'of') k++;
    const named = tokens[k] === 'the';
    if (named) k++;
    let stop = k;
    while (stop < tokens.length && !isBreak(tokens[stop]) && !AMOUNT_TAIL_WORDS.has(tokens[stop]!) && !RESTATEMENT_CORRECTIONS.has(tokens[stop]!) && !REASON_STARTS.has(tokens[stop]!)) stop++;
    const thing = tokens.slice(k, stop);
    const tail = tailAfter(tokens, stop);
    // "and 2 milk": going on to a thing adds it, unless "the" says it is there already ("n 2 bags of the cheese").
    if (!tail || (goingOn && !named) || !namesLine(thing, context)) return undefined;
    // Without "the", a word of correction or a relay, "2 milk" is for the rules to read as they do.
    if (!named && !corrected && !relay && !tail.corrected) return undefined;
    return ['the', ...thing, ...tokens.slice(at, at + amount), ...tail.kept];
  }
  // "the cabbage, I need two", "milk make it 2 litres": the thing first, then a request for its amount.
  if (goingOn && !the) return undefined;
  const from = the ? at + 1 : at;
  const numberAt = tokens.findIndex((w, i) => i > from && amountAt(tokens, i) > 0);
  if (numberAt < 0) return undefined;
  for (let end = numberAt; end > from; end--) {
    const between = tokens.slice(end, numberAt);
    // "has to be 2", never "we have 12" (which says what is at home). A word that leads in no amount
    // stays between for every earlier end too, so the search stops there (it stays linear).
    if (!between.every((w, i) => isBreak(w) || (AMOUNT_LEAD_WORDS.has(w) && !(HAVING.has(w) && between[i + 1] !== 'to')))) break;
    const thing = tokens.slice(from, end);
    if (!namesLine(thing, context)) continue;
    const n = amountAt(tokens, numberAt);
    const tail = tailAfter(tokens, numberAt + n);
    if (!tail) return undefined;
    return ['the', ...thing, ...tokens.slice(numberAt, numberAt + n), ...tail.kept];
  }
  return undefined;
}

/** How many words of correction stand at `at` ("no actually", ", sorry,"), breaks around them included, or 0. */
function correctionsAt(tokens: readonly string[], at: number): number {
  let k = at;
  let found = false;
  for (let p = CORRECTIONS.find((c) => standsAt(tokens, c, k)); ; p = CORRECTIONS.find((c) => standsAt(tokens, c, k))) {
    if (p) {
      found = true;
      k += p.length;
    } else if (isBreak(tokens[k])) k++;
    else break;
  }
  return found ? k - at : 0;
}

/**
 * "two bottles of prosecco, no actually three" -> "three bottles of prosecco": an amount taken back
 * for another after the thing was named, said once as meant (the unit of the first unless the
 * second has its own).
 *
 * @example
 * withAmountChangedInBreath(['2', 'bottles', 'of', 'wine', ',', 'no', '3']) // ['3', 'bottles', 'of', 'wine']
 */
export function withAmountChangedInBreath(tokens: readonly string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    // "a bag of chips, actually two": the first amount may be "a".
    const first = amountAt(tokens, i, true);
    if (!first) continue;
    let k = i + first;
    if (tokens[k] === 'of') k++;
    const thingAt = k;
    while (k < tokens.length && k - thingAt < 4 && !isBreak(tokens[k]) && !CORRECTIONS.some((c) => standsAt(tokens, c, k)) && !isNumber(tokens[k])) k++;
    const skip = k > thingAt ? correctionsAt(tokens, k) : 0;
    if (!skip) continue;
    const second = amountAt(tokens, k + skip);
    const after = k + skip + second;
    if (!second || !(after >= tokens.length || isBreak(tokens[after]))) continue;
    const own = second > 1 ? tokens.slice(k + skip, after) : [tokens[k + skip]!, ...tokens.slice(i + 1, i + first)];
    return [...tokens.slice(0, i), ...own, ...tokens.slice(i + first, k), ...tokens.slice(after)];
  }
  return [...tokens];
}
