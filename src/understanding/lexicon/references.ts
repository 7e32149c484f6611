/**
 * Pointing back at numbered results: "the second one", "that one", "#2".
 */
export const REFERENCE_PRONOUNS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'those', 'these', 'them', 'same', 'one', 'that one', 'this one', 'the one',
  'the same', 'same thing', 'the same thing', 'those ones', 'these ones', 'that item', 'this item', 'those items', 'that too', 'it too', 'them too']);

/** Words `rest` leaves out below: they label a pick ("option 2", "the second one") without being it. */
export const CHOICE_LABELS: ReadonlySet<string> = new Set(['one', 'option', 'number', 'choice', 'item', 'thing', 'no']);

/** Words around a count of results that add nothing ("those two", "the first three things"). */
export const SEVERAL_NOISE: ReadonlySet<string> = new Set(['those', 'these', 'them', 'of', 'ones', 'items', 'things', 'the']);

/** Words that make a number a count of results ("those two"), not an amount. */
export const SEVERAL_MARKERS: ReadonlySet<string> = new Set(['those', 'these', 'the']);

/** Number words that are an ordinal only with a label ("option two"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "the cheaper one": the lowest priced of the results. */
export const CHEAPEST_WORDS: ReadonlySet<string> = new Set(['cheaper', 'cheapest', 'cheap', 'lowest']);

/** "the pricier one": the highest priced of the results. */
export const PRICIEST_WORDS: ReadonlySet<string> = new Set(['pricier', 'priciest', 'expensive']);
