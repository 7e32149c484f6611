/**
 * Conditions on a request: "if we don't have eggs, add them", "add X unless it's already there".
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/**
 * How a condition on a request starts when it names the thing itself: "if we don't have eggs on
 * there, add them", "if there's no milk, put it on".
 */
export const CONDITION_OPENERS: readonly string[] = phrasesOf('if [we|i] [do not|did not|have not|no longer] [have|got|see|need]', 'if [there is|there are] no',
  'if [we are|i am] [out of|low on|running low on|almost out of]', 'if [we|i] [ran|run] out of');

/** Words a condition is made of once it has started: "if it is not already on it", "unless they are there". */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['not', 'it', 'is', 'they', 'are', 'already', 'on', 'there', 'in', 'listed', 'isn\'t', 'missing',
  'present', 'the', 'my', 'list', 'shopping', 'grocery', 'it\'s', 'yet', 'included', 'added', 'put', 'down', 'so', 'needed', 'need', 'be', 'to', 'we', 'i',
  'have', 'do', 'does', 'nothing', 'none', 'no', 'them', 'that', 'this', 'one', 'those', 'lists', 'cart', 'our', 'your', 'written', 'anywhere', 'already']);

/** Verbs that put a thing on a list, as a condition's follow-up says it ("if not, add them"). */
export const PUT_ON_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'include', 'throw', 'stick', 'pop', 'write', 'jot', 'get', 'buy', 'grab', 'toss', 'place']);

/** Words one of which a condition holds when it says the thing may be missing ("if not", "unless it's already there"). */
export const CONDITION_NEGATIONS: ReadonlySet<string> = new Set(['not', 'already', 'missing', 'none', 'no', 'needed', 'yet', 'nothing']);

/** What a follow-up adds when it points back at the thing asked about ("if not, add it"). */
export const CONDITION_POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'those', 'that', 'one', 'some']);

/** Where the follow-up puts it, dropped ("add it on there"). */
export const CONDITION_PLACES: ReadonlySet<string> = new Set(['on', 'to', 'there', 'in']);

/** Words before the follow-up's verb ("if not, please go ahead and add it"). */
export const CONDITION_LEADS: ReadonlySet<string> = new Set(['please', 'can', 'could', 'would', 'you', 'just', 'then', 'go', 'ahead', 'and', ',']);

/** Where the thing asked about would be, after it ("eggs on there", "milk already"). */
export const CONDITION_PLACE_STARTS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'yet', 'already', 'anymore']);
