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
