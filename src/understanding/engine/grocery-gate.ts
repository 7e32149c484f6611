/**
 * Is a message that would change something really about groceries? People type device commands,
 * banking, travel and calendar requests with the same verbs ("check my balance", "cancel my
 * netflix subscription", "change the dinner reservation to 8:30", "add Mike to my fantasy
 * team"), and none of those may write to a list. A change is about groceries when it names a
 * thing the catalog knows, or a list by the word "list" (or cart, basket); without either, it is
 * held to be about something else when anything in it says so: a thing from another domain, a
 * time, "my" before a thing the catalog does not know, a list named only by a word that is not a
 * list, or a verb that acts on much else with nothing grocery beside it.
 */
import type { ToolCall } from '../../tools/tool.js';
import { plausibleName } from './items.js';
import { isEnglishWord } from './typos.js';
import { ACT_PHRASES, CLOCK_WORDS, GROCERY_NOUNS, GROCERY_SOURCES, MEAL_ORDER_VERBS, STORE_NAMES, TAKEOUT_MARKERS, LIST_OCCASIONS, MANY_DOMAIN_VERBS, NON_GROCERY_LISTS, OFF_TOPIC_NOUNS, POSSESSIVES, TIME_WORDS, VERB_LEADS, WHOLE_LIST } from '../lexicon/index.js';
import { isBreak } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';

/** Tools whose calls change what a person has: the only ones the gate holds back. */
const CHANGES = new Set(['add_to_list', 'remove_from_list', 'update_list_item', 'check_item', 'track_price', 'remember_preference', 'set_budget', 'create_list',
  'rename_list', 'share_list', 'delete_list', 'clear_list']);
/** Lookups: held back only when the message names another domain's thing ("find cheap flights to lisbon"). */
const LOOKUPS = new Set(['search_products', 'get_price', 'match_deals', 'find_substitutes']);

/** The names of the things a call changes, as the person said them. */
function namesOf(call: ToolCall): string[] {
  const a = call.args;
  if (Array.isArray(a.items)) return (a.items as unknown[]).map((i) => (typeof i === 'string' ? i : String((i as { name?: unknown }).name ?? '')));
  for (const key of ['name', 'value', 'item', 'query']) if (typeof a[key] === 'string') return [a[key] as string];
  return [];
}

/** The lists a call names, which may be someone's other collections ("my auto policy", "my playlist"). */
function listsOf(call: ToolCall): string[] {
  return ['list', 'name'].filter((k) => k === 'list' || /list/.test(call.name)).map((k) => call.args[k]).filter((l): l is string => typeof l === 'string');
}

/** Greetings said with a time of day ("good morning", "evening all"). */
const GREETINGS: ReadonlySet<string> = new Set(ACT_PHRASES.greeting.filter((g) => g.split(' ').some((w) => TIME_WORDS.has(w))));

const CLOCK = /^\d{1,2}(:\d\d)?(am|pm)$|^\d{1,2}:\d\d$|^\d+(st|nd|rd|th)$/;

/**
 * True when `calls` would change something although nothing in the message is about groceries.
 * `tokens` are the message's tokens; `listWord` whether it names a list with the word "list" or
 * one standing for it.
 *
 * @example
 * offTopicChange([{ name: 'check_item', args: { name: 'bank balance' } }], tokenize('check my bank balance'), false, vocab) // true
 * `onList` says whether a name is a line of the list the conversation is about.
 */
export function offTopicChange(calls: readonly ToolCall[], tokens: readonly string[], listWord: boolean, vocab: VocabularyIndex, onList?: (name: string) => boolean): boolean {
  const words = tokens.filter((t) => !isBreak(t));
  // A list's name may be anything ("game night", "cabin trip"), but not another kind of collection.
  const elsewhere = (list: string) => NON_GROCERY_LISTS.has(list) || list.split(' ').some((w) => NON_GROCERY_LISTS.has(w) || (OFF_TOPIC_NOUNS.has(w) && !LIST_OCCASIONS.has(w)));
  // "rename my playlist to sunday mornings", "add the kids to my netflix profile": another kind of list.
  if (calls.some((c) => CHANGES.has(c.name) && listsOf(c).some(elsewhere))) return true;
  // "add extra guac to my chipotle order", "remove the onions from my burger order": a list named
  // without the word "list" that is another domain's thing, whatever is moved.
  if (!listWord && calls.some((c) => typeof c.args.list === 'string' && (c.args.list as string).split(' ').some((w) => OFF_TOPIC_NOUNS.has(w) && !LIST_OCCASIONS.has(w)))) return true;
  // "order two bubble teas for pickup", "order a large pepperoni from dominos": a meal ordered, whatever is in it.
  if (!listWord && calls.some((c) => c.name === 'add_to_list') && mealOrder(words, vocab)) return true;
  const changes = calls.filter((c) => CHANGES.has(c.name) && c.name !== 'rename_list' && c.name !== 'delete_list' && c.name !== 'clear_list');
  const lookups = calls.filter((c) => LOOKUPS.has(c.name) && namesOf(c).length > 0);
  if ((changes.length === 0 && lookups.length === 0) || listWord) return false;
  const names = [...changes, ...lookups].flatMap(namesOf).filter(Boolean);
  // A line on the list is a grocery, whatever the catalog sells ("tofu cancel please. I buy from the market tomorrow").
  const groceries = names.filter((n) => groceryThing(n, vocab) || WHOLE_LIST.has(n) || (onList?.(n) ?? false));
  const elsewhereName = (n: string) => n.split(' ').some((w) => OFF_TOPIC_NOUNS.has(w) && !LIST_OCCASIONS.has(w));
  // "change my starbucks order to an oat milk latte": the thing changed is another domain's.
  if (changes.some((c) => c.name !== 'add_to_list' && namesOf(c).some(elsewhereName))) return true;
  // Added things mostly from another domain, unless most are groceries ("add leeks, potatoes and stock cubes").
  if (groceries.length < names.length / 2 && names.some(elsewhereName)) return true;
  if (groceries.length) return false;
  const nameWords = new Set(names.flatMap((n) => n.split(' ')));
  // Another domain's thing anywhere in the message ("find cheap flights to lisbon").
  if (words.some((w) => OFF_TOPIC_NOUNS.has(w))) return true;
  if (changes.length === 0) return false;
  // Things of kinds every grocery sells, whatever this catalog stocks ("sardines for tomorrow", "a leg of lamb").
  if (names.every(staple)) return false;
  // A time: things on a grocery list do not have one ("change the dinner reservation to 8:30").
  // "good evening, add sardines": a greeting's time of day is not when.
  const greeting = (i: number) => GREETINGS.has(`${words[i - 1]} ${words[i]}`) || (i === 0 && GREETINGS.has(words[0]!));
  if (words.some((w, i) => (TIME_WORDS.has(w) && !greeting(i)) || CLOCK.test(w) || (CLOCK_WORDS.has(w) && /^\d{1,2}$/.test(words[i - 1] ?? '')))) return true;
  // "check whether i left the stove on", "your last answer made no sense": no thing's name at all.
  if (changes.some((c) => c.name !== 'set_budget' && c.name !== 'share_list' && namesOf(c).some((n) => !plausibleName(n)))) return true;
  // A budget or a diet says what it is about by its own words, and an amount in a grocery unit
  // ("make the beer a 12-pack") is about groceries; the rest below is about things.
  const things = changes.filter((c) => c.name !== 'set_budget' && c.name !== 'remember_preference' && !(c.name === 'update_list_item' && c.args.unit !== undefined));
  if (things.length === 0) return false;
  // "add Mike to my fantasy team", "add my new card to apple pay": a list named without the word
  // "list" but with "my" is someone's other collection when the things moved are unknown.
  const named = things.map((c) => c.args.list).filter((l): l is string => typeof l === 'string');
  if (named.some((l) => words.some((w, i) => POSSESSIVES.has(w) && words.slice(i + 1, i + 1 + l.split(' ').length).join(' ') === l))) return true;
  // "cancel my netflix", "check my tire pressure": "my" before a thing nobody sells, outside an add.
  const possessed = words.some((w, i) => (w === 'my' || w === 'our') && nameWords.has(words[i + 1] ?? ''));
  if (possessed && things.some((c) => c.name !== 'add_to_list')) return true;
  // A verb of many domains with nothing grocery beside it: "set the fridge to 36", "check the mail".
  // "check off the sharpies", "mark off the batteries" are list words after all.
  const at = words.findIndex((w) => !VERB_LEADS.has(w));
  const verb = words[at];
  return verb !== undefined && MANY_DOMAIN_VERBS.has(verb) && !words.includes('off') && things.some((c) => c.name !== 'add_to_list');
}

/**
 * Does the catalog sell this: the name, or the words it ends with, is a thing it knows ("hallway
 * bulbs" is not, though "bulbs" is a word of some product name; "shredded cheese" is), or it is
 * a brand. Stricter than the item grammar's {@link knownItem}, which any known last word satisfies.
 */
export function groceryThing(name: string, vocab: VocabularyIndex): boolean {
  const words = name.split(' ');
  for (let k = 0; k < words.length; k++) if (vocab.hasPhrase(words.slice(k).join(' '))) return true;
  if (vocab.brandNamed(name) !== undefined || vocab.brandAt(words, 0) !== undefined) return true;
  // A catalog word no everyday English has is a product's own name ("oreos", "cheerios").
  const last = words[words.length - 1]!;
  return vocab.knowsWord(last) && !isEnglishWord(last) && !isEnglishWord(last.replace(/e?s$/, '')) && !OFF_TOPIC_NOUNS.has(last);
}

/** A thing whose last word names something every grocery sells ("sardines", "leg of lamb"), though the catalog may not stock it. */
export function staple(name: string): boolean {
  return GROCERY_NOUNS.has(name.slice(name.lastIndexOf(' ') + 1));
}

const TAKEOUT = TAKEOUT_MARKERS.map((m) => m.split(' '));
const STORE_WORDS: ReadonlySet<string> = new Set([...STORE_NAMES].flatMap((s) => s.split(' ')));

/**
 * An order of a meal: the verb "order" with a takeout word ("for pickup", "delivered", "doordash"),
 * or with "from" a place that is no store, no grocery source and nothing the catalog knows ("from dominos").
 */
function mealOrder(words: readonly string[], vocab: VocabularyIndex): boolean {
  const at = words.findIndex((w) => !VERB_LEADS.has(w));
  if (!MEAL_ORDER_VERBS.has(words[at] ?? '')) return false;
  if (words.some((_, i) => TAKEOUT.some((m) => m.every((w, k) => words[i + k] === w)))) return true;
  const from = words.lastIndexOf('from');
  const place = words[from + 1];
  return from > at && place !== undefined && !STORE_WORDS.has(place) && !GROCERY_SOURCES.has(place) && !vocab.knowsWord(place) && vocab.brandAt([...words], from + 1) === undefined;
}

/** True when a message names another domain's thing and no list: "add extra guac to my chipotle order". */
export function namesElsewhere(tokens: readonly string[]): boolean {
  return tokens.some((w) => OFF_TOPIC_NOUNS.has(w));
}
