/**
 * Words that point back at a thing ("it", "them") and that bound the thing a clause talks about
 * ("i changed my mind about the steak" -> "steak").
 */

/** Words that point back at a thing: the same message's topic comes before earlier turns'. */
export const POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'that', 'those', 'these', 'this', 'one', 'ones']);

/** Words before the thing a clause talks about ("the steak", "my pie"). */
export const TOPIC_DETERMINERS = new Set(['the', 'some', 'my', 'our', 'that', 'those', 'these', 'this', 'all', 'any']);
/** Words after which the thing's name has ended. */
export const TOPIC_STOPS = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'to', 'so', 'and', 'but', 'because', 'already', 'anymore', 'today', 'tonight', 'after',
  // "the asparagus is so pricey, take it off": what is said of the thing.
  'is', 'are', 'was', 'were', 'looks', 'seems', 'costs', 'tastes']);
/** What someone did with a thing, before it with no "the" ("jess already bought dish soap", "mum got eggs"): the thing follows. */
export const DONE_TO_A_THING: ReadonlySet<string> = new Set(['bought', 'got', 'grabbed', 'brought', 'found', 'has', 'have', 'picked', 'ordered', 'bringing', 'getting', 'buying', 'grabbing']);
/** Words that may stand between a verb of {@link DONE_TO_A_THING} and the thing ("picked up eggs"). */
export const AFTER_DONE: ReadonlySet<string> = new Set(['up', 'already']);
