/**
 * The list grammar's rules: the phrasings of add, remove, change, view, clear, create, rename,
 * share, join and export, each handing its slots to a builder in list-actions.ts.
 */
import { readShareCode } from '../../../grocery/lists/index.js';
import { findDish } from '../../../grocery/recipes/index.js';
import { call, itemArgs, itemConfidence, SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { isNounPhrase, phraseOf } from '../../engine/items.js';
import { addItems, changeTo, checkItems, countedThing, looksLikeTask, makeThing, makeThingTail, moreOfLast, notGrocery, QUANTITY_ONLY_VERBS, removeItems, STARTS_REQUEST, VIEW, viewItems, wholeQuantity } from './list-actions.js';
import { isBreak } from '../../engine/tokenizer.js';
import { ADDED_WORDS, DEFAULT_LIST_NAMES, HOUSEHOLD, LIST_CONTENTS, PARTICIPLE_HELPERS, REMOVED_WORDS, VIEW_CUES, VIEW_WORDS } from '../../lexicon/index.js';

/**
 * "i need soda added to my list and carrots removed", "get bananas added", "bread needs to be
 * added": things each followed by a participle that says which way they go.
 */
export function byParticiples(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const calls: Outcome['calls'] = [];
  let confidence = SURE;
  let thing: string[] = [];
  for (const t of tokens) {
    const way = ADDED_WORDS.has(t) ? 'add_to_list' : REMOVED_WORDS.has(t) ? 'remove_from_list' : undefined;
    if (!way) {
      if (thing.length || !PARTICIPLE_HELPERS.has(t)) thing.push(t);
      continue;
    }
    while (thing.length && PARTICIPLE_HELPERS.has(thing[thing.length - 1]!)) thing.pop();
    if (!thing.length) return undefined;
    const parse = env.items(thing);
    if (!parse.items.length || !parse.items.every((i) => isNounPhrase(i.name))) return undefined;
    calls.push(call(way, { items: parse.items.map((i) => (way === 'add_to_list' ? itemArgs(i) : itemArgs(i, ['name', 'quantity']))) }, env));
    confidence = Math.min(confidence, itemConfidence(parse));
    thing = [];
  }
  // Every word belongs to a thing that was moved, or to the helpers around it.
  if (!calls.length || thing.some((t) => !PARTICIPLE_HELPERS.has(t) && !isBreak(t))) return undefined;
  return { calls, confidence };
}

/** A clause about a list made only of question and showing words: it asks to see the list. */
export function viewByWords(env: IntentEnv): Outcome | undefined {
  const words = env.tokens.filter((t) => !isBreak(t));
  if (!env.listMentioned || words.length === 0 || !words.every((w) => VIEW_WORDS.has(w)) || !words.some((w) => VIEW_CUES.has(w))) return undefined;
  // "add to my list", "put on the list" name no thing but ask for no view either.
  if (/^(add|put|get|buy|need)$/.test(words[0]!)) return undefined;
  return VIEW(env);
}

export const ALL = '[everything|all|all items|all the items|every item|every single item|every single thing|every last thing|every last item|everything on it|it all|all of it|the whole thing|the lot|all of them|all the stuff|all my items|all the things]';

/** Words that say "as text" ("printable", "plain text", "text file", "paste"). */
const TEXT_WORDS = new Set(['export', 'printable', 'print', 'paste', 'printout', 'copy']);
const TEXT_PHRASES = ['as text', 'as a text', 'in text', 'text form', 'text file', 'plain text', 'as a message', 'in a message', 'as plain', 'text version'];

export function asText(tokens: readonly string[]): boolean {
  const text = tokens.join(' ');
  return tokens.some((t) => TEXT_WORDS.has(t)) || TEXT_PHRASES.some((p) => text.includes(p));
}

/**
 * ingredients_for the dish a phrase names ("the stuff for taco night to my list" -> "taco night"):
 * any dish when it was asked for outright, only a dish the table knows when `knownOnly`.
 */
export function dishOffer(dish: readonly string[], knownOnly: boolean): Outcome | undefined {
  // "stuff for tacos: tortillas, cheese" names the things itself.
  if (dish.some((t) => isBreak(t))) return undefined;
  const phrase = phraseOf(dish)
    .replace(/\s*\b(to|on|for) (my|the|our) .*list$/, '')
    .replace(/\s*\b(on|this|next|for|by) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend|night)$/, '')
    .replace(/\b(tonight|tomorrow|this week|this weekend|for dinner|for lunch|for breakfast|later)$/, '')
    .replace(/^(a|an|the|some|our|my|homemade)\s+/, '')
    .trim();
  // "add what i need for it": a pronoun names no dish here.
  if (!phrase || /^(it|that|this|them|those|these|one)$/.test(phrase)) return undefined;
  const known = findDish(phrase) !== undefined;
  if (!known && knownOnly) return undefined;
  return { calls: [{ name: 'ingredients_for', args: { dish: phrase } }], confidence: known ? SURE : 0.85 };
}

/** Package words "another ..." can count in: "another can", "one more bag". */
export const PACKAGE_WORDS: ReadonlySet<string> = new Set(['can', 'bag', 'box', 'bottle', 'jar', 'pack', 'carton', 'loaf', 'bunch', 'tub', 'container', 'case', 'package', 'roll', 'bar', 'dozen', 'gallon', 'pound', 'lb']);

const SHARE_WORDS = new Set(['share', 'sharing', 'shared', 'access', 'invite', 'invitation', 'collaborate']);

/** "can my mom see my list", "let the kids add stuff to the list", "can we both add to it". */
export function sharing(tokens: readonly string[]): boolean {
  if (tokens.some((t) => SHARE_WORDS.has(t))) return true;
  // "I want my roommates on the whole foods list", "put my husband on it": the person is what goes on.
  if (HOUSEHOLD.has(tokens[tokens.length - 1] ?? '') && /^(i want|i would like|i need|put|add|get)( my| our| the)?$/.test(tokens.slice(0, -1).join(' '))) return true;
  const person = tokens.some((t) => HOUSEHOLD.has(t)) || (tokens.includes('we') && tokens.includes('both'));
  return person && tokens.some((t) => /^(see|add|edit|use|get|on|join|access|view)$/.test(t)) && !tokens.some((t) => /^(did|has|have|added|remember)$/.test(t));
}

/** A share code: letters and digits mixed, five to eight of them, not a size like "12oz" or "2lbs". */
function isCode(token: string): boolean {
  return token.length >= 5 && token.length <= 8 && /^[a-z0-9]{5,8}$/.test(token) && /\d/.test(token) && /[a-z]/.test(token) && !/^\d+(?:lbs?|oz|kg|g|ml|l|pk|ct|pack|st|nd|rd|th|am|pm)$/.test(token);
}
const JOIN_WORDS = new Set(['join', 'code', 'invite', 'connect', 'subscribe', 'accept', 'sign', 'jion', 'shared', 'open', 'add', 'me']);

export function joinByCode(tokens: readonly string[]): Outcome | undefined {
  const codes = tokens.filter(isCode);
  if (codes.length !== 1 || !tokens.some((t) => JOIN_WORDS.has(t))) return undefined;
  // "add 2 of code 7KQ2MX"? No: adding things never carries a code, but "add me to list R5T6Y7" does.
  if (tokens[0] === 'add' && tokens[1] !== 'me') return undefined;
  return { calls: [{ name: 'join_list', args: { code: codes[0]!.toUpperCase() } }], confidence: 0.9 };
}

