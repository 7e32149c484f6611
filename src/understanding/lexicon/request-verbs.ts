/**
 * The verbs a request is made of, and the words that may stand before them: "i will need ...",
 * "could we get ...", "for breakfast we need ...", "adding milk".
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf, wordTable } from './phrases.js';

/** Verbs a request can start from after a preamble ("for breakfast we need ..."). */
export const ANCHOR_VERBS = new Set(['add', 'need', 'get', 'grab', 'buy', 'pick', 'put', 'remove', 'delete', 'scratch', 'take', 'clear', 'empty', 'order', 'throw', 'toss', 'cross']);
/** Words that may stand between a subject and its verb without changing the request. */
export const AUXILIARIES = new Set(['will', 'would', 'am', 'are', 'be', 'going', 'to', 'gotta', 'got', 'have', 'has', 'had', 'should', 'must', 'might', 'may', 'can',
  'could', 'shall', 'also', 'still', 'just', 'really', 'definitely', 'probably', 'then', 'ought', 'prob', 'def', 'totally', 'actually']);
export const SUBJECTS = new Set(['i', 'we', 'you', 'u', 'they', 'someone', 'somebody']);
export const MODALS = new Set(['can', 'could', 'shall', 'should', 'would', 'will', 'may', 'might']);
/** Verbs whose rules expect them first in the clause. */
export const LEAD_VERBS = new Set(['need', 'want', 'get', 'buy', 'grab', 'pick', 'add', 'put', 'throw', 'toss', 'order', 'purchase', 'restock', 'stock', 'remove', 'delete',
  'take', 'scratch', 'cross', 'drop', 'jot', 'write', 'include', 'stick', 'pop', 'needing', 'getting', 'buying', 'grabbing', 'adding']);

/** Gerunds and third-person forms at the start of a clause, as the base verb the rules spell. */
export const BASE_VERBS: Readonly<Record<string, string>> = wordTable({
  adding: 'add', added: 'add', adds: 'add', putting: 'put', puts: 'put', grabbing: 'grab', grabs: 'grab', getting: 'get', gets: 'get', buying: 'buy',
  removing: 'remove', removes: 'remove', deleting: 'delete', taking: 'take', scratching: 'scratch', clearing: 'clear', emptying: 'empty', needing: 'need',
  throwing: 'throw', tossing: 'toss', picking: 'pick', ordering: 'order', crossing: 'cross',
  // Tagalog's asking prefix on an English verb: "pa-add naman ng soy sauce", "paremove".
  'pa-add': 'add', paadd: 'add', 'pa-remove': 'remove', paremove: 'remove', 'pa-delete': 'delete', 'pa-buy': 'buy', 'pa-put': 'put', pabili: 'buy',
});

/** Words after "getting" that make it a state, not a request ("getting low on milk"). */
export const GETTING_STATES: ReadonlySet<string> = new Set(['low', 'short', 'close']);

/** Words of politeness a request is the same without. */
export const POLITENESS: ReadonlySet<string> = new Set(['please']);

/** What someone else's request is told with ("sam says we need", "she wants", "my wife asked for"): the request is theirs, passed on. */
export const RELAYED_BY: readonly string[] = phrasesOf('[says|said|texted|asked] [we|i|you] [need|needs|want|should get|should grab|have to get|gotta get]',
  '[says|said|texted|asked] [to get|to grab|to add|to buy|that we need]', '[wants|needs|would like|asked for|asks for|is asking for|requested]',
  // "she is now saying almond milk", "now she wants": a change of what was passed on.
  '[is|are] [now|also|] [saying|asking for]', '[now|also] [says|wants|needs]');

/**
 * What comes before someone else's whole request, passed on as they said it: "sam says get
 * honey", "my wife says add buns", "mum wants me to grab bread", "tom asked us to pick up milk".
 * The request after it (from its verb) is read as if the speaker had said it.
 */
export const RELAYED_REQUEST: readonly string[] = phrasesOf('[says|said|texted|wrote|reckons|messaged] [to|that we should|we should|]',
  '[wants|asked|told|needs|reminded|asks|begged] [me|us|you] to', '[is asking|is telling|keeps telling] [me|us|you] to', 'wants to');

/** Someone's word passed on in the middle of a message, after a break: "chips and salsa, he says 2 bags of each". */
export const RELAY_ASIDES: readonly string[] = phrasesOf('[he|she|they] [says|said|say|reckons|thinks] [that|]');

/** Helpers that never end a thing's name ("tortillas would be good"); "can" does ("trash can"). */
export const NEVER_ENDS_A_NAME: ReadonlySet<string> = new Set(['would', 'could', 'should', 'shall', 'might', 'will', 'must']);

/** Words a heading has not: a list's name or a negation ("not buying chips this week"). */
/** Words after "i" or "we" that start the request after a heading said without a break ("for lunches we need ..."). */
export const SPEAKER_ASKS: ReadonlySet<string> = new Set(['need', 'want', 'will', 'should', 'must', 'gotta', 'have', 'are', 'am', 'also', 'still', 'could', 'would']);
/** Words that name a line's amount ("make quantity 2"): a clause with one after "for the milk" points back into it. */
export const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['quantity', 'amount', 'count', 'number', 'qty', 'size']);
export const NOT_IN_A_HEADING: ReadonlySet<string> = new Set(['list', 'lists', 'not', 'no', 'never']);
/** Words before a person who passes a request on ("my wife", "the kids"). */
export const WHOSE_WORDS: ReadonlySet<string> = new Set(['my', 'our', 'the', 'his', 'her', 'their']);
/** Words that are not someone passing a request on: the speaker, the agent, or nobody in particular. */
export const NOT_A_RELAYER: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'it', 'this', 'that', 'there', 'what', 'who', 'which', 'nobody', 'anyone', 'everyone', 'someone']);
/** Verbs of saying: what follows them is someone's request whoever they are ("Sam says ..."). */
export const SAYING_VERBS: ReadonlySet<string> = new Set(['says', 'said', 'texted', 'asked']);
/** Words that make the words after "it, the ..." a sentence rather than the thing meant. */
export const NOT_IN_AN_APPOSITIVE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'one', 'ones']);
/** Words for a thing's price ("its price", "its cost"). */
export const PRICE_WORDS: ReadonlySet<string> = new Set(['price', 'cost', 'prices']);
/** What may stand before someone passing a request on ("and she wants ...", "ok so Sam says ..."). */
export const RELAY_OPENERS: ReadonlySet<string> = new Set(['and', 'also', 'oh', 'ok', 'okay', 'so', 'plus', 'now']);
/** Pronouns that stand for a thing ("got em, the tortillas"; "that dairy stuff, nah" points, it asks nothing). */
export const APPOSITIVE_POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'those', 'these', 'that', 'this']);

/** Words that say a place on the list before a thing's name: "the first thing, the cheese", "the last item, the soap". */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'other', '1st', '2nd', '3rd']);
/** What such a place is called: "thing", "one", "item". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set(['thing', 'one', 'item', 'line']);
/** Command words that may follow "she says" as the request itself: "she says get 3", "he said forget the buns". */
export const RELAYED_COMMANDS: ReadonlySet<string> = new Set(['get', 'grab', 'buy', 'add', 'put', 'forget', 'skip', 'remove', 'drop', 'take', 'make', 'change', 'swap',
  'no', 'not', 'scratch', 'cross', 'delete', 'cancel', 'only', 'just', 'double', 'bump']);
/** What is said to a child or a pet in the room, after their name: "leo put that down", "milo stop". */
export const SAID_TO_SOMEONE_HERE: ReadonlySet<string> = new Set(['put', 'stop', 'leave', 'drop', 'give', 'come', 'do', 'no', 'quit', 'sit', 'wait', 'listen', 'get',
  'be', 'go', 'please', 'not', 'hands', 'careful', 'enough', 'down', 'off', 'out']);
