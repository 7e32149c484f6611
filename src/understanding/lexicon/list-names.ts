/**
 * How people name a list: the default list's everyday names, the basket words, where a list is kept, occasions and times a list is for.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/** Where a list is kept, said after it: "the list in my phone", "my list on the fridge". Part of the list phrase. */
export const LIST_PLACES: readonly string[] = phrasesOf('[in|on] [my|the|your|our] [phone|app|notes|fridge|notebook|notes app]');

/**
 * Names of the default list: a list called any of these is the person's grocery list ("my
 * shopping list", "the grocery list", "my to buy list", "my list for the store").
 */
export const DEFAULT_LIST_NAMES: ReadonlySet<string> = new Set(['shopping', 'grocery', 'groceries', 'main', 'default', 'regular', 'usual', 'normal', 'current',
  'whole', 'entire', 'food', 'shop', 'buy', 'to buy', 'to get', 'shopping to do', 'to do shopping', 'to-do shopping', 'grocery shopping', 'food shopping']);

/** Words for all of a list before its name: "the whole costco list", "my entire party list". */
export const WHOLE_OF_A_LIST: ReadonlySet<string> = new Set(['whole', 'entire', 'complete', 'full']);

/** What follows "list of" or "list for" when it is the default list: "my list of groceries", "the list for the store". */
export const DEFAULT_LIST_PURPOSES: ReadonlySet<string> = new Set(['groceries', 'shopping', 'grocery shopping', 'food', 'food shopping', 'the store', 'the grocery store',
  'the supermarket', 'the market', 'the shop', 'the shops', 'things to buy', 'stuff to buy', 'things to get', 'stuff to get', 'things i need', 'things we need',
  'the shopping', 'the groceries', 'my shopping', 'our shopping']);

/** Words for the basket a shopping list also is: "add it to my cart", "pull up my cart". A list word after "my", "the" or "shopping". */
export const LIST_SYNONYMS: ReadonlySet<string> = new Set(['cart', 'basket', 'trolley', 'shopping bag', 'bag']);

/** Occasions people name shopping lists after, though the words also name other domains' things ("the cabin trip list", "game night"). */
export const LIST_OCCASIONS: ReadonlySet<string> = new Set(['trip', 'vacation', 'cruise', 'game', 'games', 'club', 'event', 'events', 'party', 'night', 'holiday',
  'weekend', 'school', 'team', 'camping', 'office', 'work', 'church', 'show', 'shows', 'movie', 'movies']);

/** Times a list is for, which are not its name: "my grocery list for the week". */
export const LIST_TIMES: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'today', 'tonight', 'tomorrow', 'this', 'next', 'coming', 'now', 'later',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'the']);

/** Words of a heading before a request ("pizza night!", "taco tuesday.", "office restock:"): what the shopping is for. */
export const OCCASION_HEADINGS: ReadonlySet<string> = new Set([...LIST_OCCASIONS, 'breakfast', 'breakfasts', 'lunch', 'lunches', 'dinner', 'dinners', 'brunch', 'supper',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'restock', 'shop', 'shopping', 'run', 'haul', 'prep', 'menu', 'week',
  'weekly', 'tonight', 'tomorrow', 'bbq', 'barbecue', 'potluck', 'picnic', 'birthday', 'christmas', 'thanksgiving', 'easter', 'sleepover', 'guests']);
