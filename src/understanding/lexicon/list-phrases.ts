/**
 * Words around a list's name in a clause: determiners, prepositions, the verbs that put things into a list or take them out of it, and words that are no list's name.
 */
export const LIST_DETERMINERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your', 'this', 'that', 'a', 'an', 'his', 'her', 'their', "mom's", "dad's"]);

/** Who a list is read or sent to, never its name: "read me list", "send us list". */
export const LIST_RECIPIENTS: ReadonlySet<string> = new Set(['me', 'us', 'him', 'them', 'you']);

export const LIST_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'on', 'onto', 'in', 'into', 'from', 'off', 'for', 'of', 'at', 'with', 'under', 'out']);

/** Verbs typed straight before "list" ("show list", "clear list"): what to do with it, not its name. */
export const LIST_VERBS: ReadonlySet<string> = new Set(['show', 'view', 'see', 'read', 'clear', 'empty', 'wipe', 'reset', 'delete', 'remove', 'share', 'send', 'export', 'print', 'open',
  'check', 'display', 'erase', 'copy', 'email', 'text', 'review', 'rename', 'add', 'put', 'get']);

/** Verbs that put things on a list, and the prepositions that then name where ("add X to camping"). */
export const INTO_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'throw', 'stick', 'toss', 'pop', 'chuck', 'include', 'tack']);

export const INTO_WORDS: ReadonlySet<string> = new Set(['to', 'onto', 'on', 'into']);

/** Verbs that take things off a list, and the prepositions that then name which ("remove X from bbq"). */
export const OUT_OF_VERBS: ReadonlySet<string> = new Set(['remove', 'take', 'scratch', 'cross', 'delete', 'drop', 'strike', 'erase', 'knock']);

export const OUT_OF_WORDS: ReadonlySet<string> = new Set(['from', 'off']);

/**
 * Words after "to"/"from" that are not a list: places on a list ("on there", "to the top"), the
 * cart, pronouns, times ("on monday", "to tonight"), and cooking notes ("salt to taste").
 */
export const NOT_A_LIST_NAME: ReadonlySet<string> = new Set(['taste', 'there', 'here', 'it', 'that', 'this', 'them', 'these', 'those', 'me', 'us', 'top', 'bottom', 'end', 'front', 'cart', 'basket',
  'trolley', 'order', 'list', 'sale', 'hand', 'today', 'tonight', 'tomorrow', 'now', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'weekend', 'week', 'month', 'please', 'again', 'too', 'also', 'instead', 'either', 'anyway', 'thanks', 'everything', 'all', 'one', 'ones', 'mine', 'yours', 'it', 'which', 'what', 'where']);

/** Words before a basket word that make it the list ("my cart", "the shopping trolley"). */
export const BASKET_OWNERS: ReadonlySet<string> = new Set(['my', 'the', 'our', 'your', 'shopping', 'grocery']);

/** Words before "bag" that make it the list ("my shopping bag"). */
export const SHOPPING_WORDS_OF_BAG: ReadonlySet<string> = new Set(['shopping', 'grocery']);

/** Verbs after "to" inside a list's name ("my to buy list"). */
export const TO_LIST_VERBS: ReadonlySet<string> = new Set(['buy', 'get', 'do']);

/** Verbs that only open a list before the request about it: "update my shopping list, delete olives", "pull up my list, add eggs". */
export const LIST_OPENERS: readonly string[] = ['update', 'edit', 'open', 'pull up', 'bring up', 'go to', 'access', 'get up', 'load', 'load up', 'on', 'in', 'for', 'to'];

/** Words that say what a list is like rather than name it: "quick list before pickup:", "a short list". */
export const LIST_DESCRIPTIONS: ReadonlySet<string> = new Set(['quick', 'short', 'small', 'little', 'tiny', 'rough', 'brief', 'long', 'big', 'huge', 'usual']);
