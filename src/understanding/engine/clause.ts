import { ITEM_BREAK, SENTENCE_BREAK, standsAt } from './tokenizer.js';
import { BASKET_OWNERS, BE_WORDS, STORE_NAMES, WHOLE_OF_A_LIST, DEFAULT_LIST_NAMES, DEFAULT_LIST_PURPOSES, INTO_VERBS, INTO_WORDS, LEADING_FILLER, LIST_DESCRIPTIONS, LIST_DETERMINERS, LIST_PLACES, LIST_PREPOSITIONS, LIST_RECIPIENTS, LIST_SYNONYMS, LIST_TIMES, LIST_VERBS, NOISE_WORDS, NON_GROCERY_LISTS, NOT_A_LIST_NAME, OUT_OF_VERBS, OUT_OF_WORDS, REQUEST_WRAPPERS, SHOPPING_WORDS_OF_BAG, TO_LIST_VERBS, TRAILING_FILLER } from '../lexicon/index.js';
import type { VocabularyIndex } from './vocabulary.js';

const byLength = (a: string[], b: string[]) => b.length - a.length;
/** Phrases longest first, grouped by the word at `end` (0: the first word, -1: the last), keeping that order. */
function byEdgeWord(list: readonly string[], end: 0 | -1): ReadonlyMap<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of list.map((x) => x.split(' ')).sort(byLength)) {
    const w = p.at(end)!;
    out.set(w, [...(out.get(w) ?? []), p]);
  }
  return out;
}
const LEADING = byEdgeWord(LEADING_FILLER, 0);
const TRAILING = byEdgeWord(TRAILING_FILLER, -1);

/** Drops noise words anywhere and filler phrases at both ends ("hey could you please ... thanks"). */
export function stripFiller(tokens: readonly string[]): string[] {
  let out = tokens.filter((t) => !NOISE_WORDS.has(t));
  for (let changed = true; changed; ) {
    changed = false;
    while (out[0] === ITEM_BREAK) out = out.slice(1);
    while (out[out.length - 1] === ITEM_BREAK) out = out.slice(0, -1);
    for (const p of LEADING.get(out[0]!) ?? []) {
      if (out.length > p.length && standsAt(out, p)) {
        out = out.slice(p.length);
        changed = true;
        break;
      }
    }
    for (const p of TRAILING.get(out[out.length - 1]!) ?? []) {
      if (out.length > p.length && standsAt(out, p, out.length - p.length)) {
        out = out.slice(0, -p.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

const WRAPPERS = byEdgeWord(REQUEST_WRAPPERS, 0);
const LIST_PLACE_WORDS = LIST_PLACES.map((p) => p.split(' ')).sort(byLength);
/** Default-list names as they follow "list of" / "list for", longest first. */
const DEFAULT_LIST_PHRASES = [...DEFAULT_LIST_PURPOSES].map((n) => n.split(' ')).sort(byLength);

/**
 * The clause without a request wrapper at its start ("i need to know what is on my list" -> "what
 * is on my list"), filler stripped again after it; undefined when it starts with none.
 */
export function withoutWrapper(tokens: readonly string[]): string[] | undefined {
  for (const p of WRAPPERS.get(tokens[0]!) ?? []) {
    if (tokens.length > p.length && standsAt(tokens, p)) return stripFiller(tokens.slice(p.length));
  }
  return undefined;
}

const FILLER_PHRASES = new Set([...LEADING_FILLER, ...TRAILING_FILLER]);
const FILLER_FIRST_WORDS = new Set([...FILLER_PHRASES].map((p) => p.split(' ')[0]!));
/** The most words a filler phrase has: an opener and a closer together hold at most twice that. */
const FILLER_MAX_WORDS = Math.max(...[...FILLER_PHRASES].map((p) => p.split(' ').length));

/** True when the clause is nothing but an opener or closer ("note to self", "hey siri"), standing alone before a break. */
export function onlyFiller(tokens: readonly string[]): boolean {
  // A filler phrase starts with one of its first words: most clauses start otherwise.
  const first = tokens.find((t) => t !== ITEM_BREAK && t !== SENTENCE_BREAK && !NOISE_WORDS.has(t));
  if (first === undefined || !FILLER_FIRST_WORDS.has(first)) return false;
  const words = tokens.filter((t) => t !== ITEM_BREAK && t !== SENTENCE_BREAK && !NOISE_WORDS.has(t));
  if (words.length === 0 || words.join(' ') === 'thanks') return false;
  if (FILLER_PHRASES.has(words.join(' '))) return true;
  if (words.length > 2 * FILLER_MAX_WORDS) return false;
  // "hello o", "hi po": an opener and a closer, nothing between.
  for (let k = 1; k < words.length; k++) if (FILLER_PHRASES.has(words.slice(0, k).join(' ')) && FILLER_PHRASES.has(words.slice(k).join(' '))) return true;
  return false;
}

/** The clause with its "... list" phrase taken out. */
export interface ListMention {
  tokens: string[];
  list?: string;
  mentioned: boolean;
  /** The list named is a to-do list, a calendar, ...: not ours. */
  notGrocery: boolean;
}
const DEFAULT_NAMES = DEFAULT_LIST_NAMES;

/**
 * Where the clause names a list: "list" or "lists" after its first word, or a word for a basket
 * after "my", "the" or "shopping" ("add a bag of ice to my cart", "pull up the shopping cart").
 */
function listWordAt(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === 'list' || t === 'lists') return i;
    // "the orange juice is in my cart" says where a thing is (checked off), not which list.
    const where = tokens[i - 2] === 'in' && BE_WORDS.has(tokens[i - 3] ?? '');
    if (LIST_SYNONYMS.has(t) && t !== 'bag' && !where && BASKET_OWNERS.has(tokens[i - 1]!)) return i;
    if (t === 'bag' && SHOPPING_WORDS_OF_BAG.has(tokens[i - 1]!)) return i;
  }
  return -1;
}

/**
 * Finds "to my costco list", "the party list", "my list for the bbq" and takes it out of the
 * clause, so intent patterns never have to spell list phrases.
 *
 * @example
 * extractList(['put', 'bananas', 'on', 'my', 'costco', 'list']) // { tokens: ['put', 'bananas'], list: 'costco', mentioned: true, ... }
 */
export function extractList(tokens: readonly string[], vocab: VocabularyIndex): ListMention {
  const at = listWordAt(tokens);
  if (at < 0) return { tokens: [...tokens], mentioned: false, notGrocery: false };
  let start = at;
  const name: string[] = [];
  while (start > 0 && name.length < 3) {
    const t = tokens[start - 1]!;
    // "my to buy list", "my to do shopping list": "to" inside the name of a list of things to get.
    // "the 4th of july list": "of" after a day of the month is inside an occasion's name.
    const inName = (t === 'to' && TO_LIST_VERBS.has(name[0] ?? '')) || (t === 'of' && name.length > 0 && /^\d{1,2}(st|nd|rd|th)$/.test(tokens[start - 2] ?? ''));
    if (!inName && (LIST_DETERMINERS.has(t) || LIST_PREPOSITIONS.has(t) || LIST_RECIPIENTS.has(t) || t === ITEM_BREAK || t === 'and' || t === 'new' || LIST_VERBS.has(t))) break;
    name.unshift(t);
    start--;
  }
  // "quick list before pickup": what the list is like is no part of its name.
  while (name.length && LIST_DESCRIPTIONS.has(name[0]!)) name.shift();
  // "my to do shopping list" is the shopping list; "my to do list" is not ours.
  if (name.length > 2 && name[0] === 'to' && name[1] === 'do' && name.slice(2).every((w) => DEFAULT_NAMES.has(w))) name.splice(0, 2);
  let hadDeterminer = false;
  while (start > 0 && LIST_DETERMINERS.has(tokens[start - 1]!)) {
    start--;
    hadDeterminer = true;
  }
  // Without a determiner, a bare word before "list" is only a name when nothing else precedes it ("costco list?").
  if (!hadDeterminer && start > 0 && !LIST_PREPOSITIONS.has(tokens[start - 1]!) && name.length) {
    if (vocab.knowsWord(name[0]!)) return { tokens: [...tokens], mentioned: false, notGrocery: false };
  }
  if (start > 0 && LIST_PREPOSITIONS.has(tokens[start - 1]!)) start--;
  let end = at + 1;
  // "delete list cookout", "show list costco": after a verb that acts on lists, the name may follow.
  const after = tokens.slice(at + 1);
  if (!name.length && LIST_VERBS.has(tokens[at - 1]!) && after.length >= 1 && after.length <= 3 && after.every((t) => /^[a-z0-9'-]+$/.test(t) && !LIST_DETERMINERS.has(t) && !LIST_PREPOSITIONS.has(t))) {
    name.push(...after);
    end = tokens.length;
  }
  // "my whole list", "the main shopping list" name the default list; "the whole foods list" does not.
  // "my to buy list" is the default list whole; "the costco to buy list" is "costco".
  // "the whole costco list", "my entire party list": all of that list, not one called "whole costco".
  if (name.length > 1 && WHOLE_OF_A_LIST.has(name[0]!) && !vocab.hasPhrase(name.join(' ')) && !STORE_NAMES.has(name.slice(0, 2).join(' '))) name.shift();
  const nameText = name.every((w) => DEFAULT_NAMES.has(w)) ? '' : withoutDefaultEnd(name);
  let list = nameText || undefined;
  // "my list of groceries", "my list for shopping", "the list for the store": the default list.
  if (!list && (tokens[end] === 'for' || tokens[end] === 'of')) {
    const named = [...DEFAULT_LIST_PHRASES].find((p) => standsAt(tokens, p, end + 1));
    if (named) end += 1 + named.length;
  }
  // "to my list for the bbq"
  if (tokens[end] === 'for' && !list && tokens[end + 1] !== undefined) {
    let k = end + 1;
    while (LIST_DETERMINERS.has(tokens[k] ?? '')) k++;
    const after: string[] = [];
    while (k < tokens.length && tokens[k] !== ITEM_BREAK && tokens[k] !== SENTENCE_BREAK && tokens[k] !== 'and' && after.length < 3) after.push(tokens[k++]!);
    // "my grocery list for the week", "the list for tomorrow": a time, not a list's name.
    if (after.length && after.every((w) => LIST_TIMES.has(w))) end = k;
    else if (after.length) {
      list = after.join(' ');
      end = k;
    }
  }
  // "the list in my phone": where the list is kept belongs to the list phrase.
  const place = LIST_PLACE_WORDS.find((p) => standsAt(tokens, p, end));
  if (place) end += place.length;
  const rest = [...tokens.slice(0, start), ...tokens.slice(end)];
  const notGrocery = list !== undefined && (NON_GROCERY_LISTS.has(list) || NON_GROCERY_LISTS.has(list.replace(/ list$/, '')));
  return { tokens: rest, list, mentioned: true, notGrocery };
}

/** A list's name without the default list's name at its end ("costco shopping" -> "costco", "to buy" -> ""). */
function withoutDefaultEnd(name: readonly string[]): string {
  for (let k = 0; k < name.length; k++) {
    const end = name.slice(k).join(' ');
    if (DEFAULT_NAMES.has(end) && (k < name.length - 1 || end !== 'food')) return name.slice(0, k).join(' ');
  }
  return name.join(' ');
}

/**
 * A list named without the word "list": "remove charcoal from bbq", "add marshmallows and graham
 * crackers to camping". The rule: after a verb that moves things onto (or off) a list and the
 * things it moves, a trailing "to/on/onto X" (or "from/off X") names a list when X is one to
 * three plain words, none an article ("to the airport" is a place), and X is not itself a
 * product or brand the catalog knows ("add eggs to milk" is not a list called milk) nor a word
 * that says where or when ("on there", "on monday", "to taste"). Returns undefined otherwise.
 */
export function bareListMention(tokens: readonly string[], vocab: VocabularyIndex): ListMention | undefined {
  const words = stripFiller(tokens).filter((t) => t !== SENTENCE_BREAK);
  const preps = INTO_VERBS.has(words[0]!) ? INTO_WORDS : OUT_OF_VERBS.has(words[0]!) ? OUT_OF_WORDS : undefined;
  if (!preps || words.includes('list') || words.includes('lists')) return undefined;
  let at = -1;
  for (let i = words.length - 2; i >= 2 && at < 0; i--) if (preps.has(words[i]!)) at = i;
  if (at < 0) return undefined;
  const name = words.slice(at + 1).filter((w, k) => !(k === 0 && (w === 'my' || w === 'our')));
  if (name.length < 1 || name.length > 3) return undefined;
  if (!name.every((w) => /^[a-z][a-z0-9'-]*$/.test(w) && !LIST_DETERMINERS.has(w) && !LIST_PREPOSITIONS.has(w) && !NOT_A_LIST_NAME.has(w) && w !== 'and')) return undefined;
  const text = name.join(' ');
  if (vocab.hasPhrase(text) || vocab.brandNamed(text) !== undefined || NON_GROCERY_LISTS.has(text) || DEFAULT_NAMES.has(text)) return undefined;
  // What is moved sits between the verb and the preposition ("take off the milk from bbq" too).
  if (words.slice(1, at).every((w) => OUT_OF_WORDS.has(w) || w === ITEM_BREAK)) return undefined;
  return { tokens: words.slice(0, at), list: text, mentioned: true, notGrocery: false };
}
