/**
 * Misspellings the edit-distance corrector cannot fix: too short, or too common to leave alone.
 */
import { wordTable } from './phrases.js';

/** Misspellings too short for the edit-distance corrector, but too common to leave alone. */
export const COMMON_TYPOS: ReadonlyMap<string, string> = new Map([['teh', 'the'], ['em', 'them'], ['hte', 'the'], ['th', 'the'], ['adn', 'and'], ['nad', 'and'],
  ['ot', 'to'], ['fo', 'of'], ['chek', 'check'], ['shwo', 'show'], ['lsit', 'list'], ['lst', 'list'], ['whta', 'what'], ['waht', 'what'],
  ['remvoe', 'remove'], ['rmv', 'remove'], ['rm', 'remove'], ['del', 'delete'], ['plz', 'please'], ['pls', 'please'], ['amd', 'and'], ['snd', 'and'],
  // The misspellings of food words people make most, more than one edit from the word.
  ['brocolli', 'broccoli'], ['brocoli', 'broccoli'], ['brocolie', 'broccoli'], ['zuchini', 'zucchini'], ['zuchinni', 'zucchini'], ['cinammon', 'cinnamon'],
  ['cinnamin', 'cinnamon'], ['mozarella', 'mozzarella'], ['mozzerella', 'mozzarella'], ['mozerella', 'mozzarella'], ['parmesean', 'parmesan'],
  ['cantelope', 'cantaloupe'], ['canteloupe', 'cantaloupe'], ['bannanas', 'bananas'], ['bannana', 'banana'], ['tomatoe', 'tomato'], ['potatoe', 'potato'],
  ['avacado', 'avocado'], ['avacados', 'avocados'], ['expresso', 'espresso'], ['raspberrys', 'raspberries'], ['strawberrys', 'strawberries']]);




/** Slips corrected only as a clause's first word ("ad milk"; elsewhere "ad" may be meant). */
export const LEADING_TYPOS: Readonly<Record<string, string>> = wordTable({ ad: 'add' });

/**
 * Common English words that are never typos of something else, however close they are to a
 * command or product word ("were" is not "where", "rent" is not "went").
 */
export const COMMON_ENGLISH: ReadonlySet<string> = new Set(['were', 'went', 'want', 'wont', 'with', 'when', 'then', 'than', 'them', 'they', 'thus', 'here', 'there', 'their',
  'where', 'from', 'form', 'some', 'same', 'many', 'much', 'more', 'less', 'soon', 'also', 'just', 'like', 'love', 'live', 'make', 'made',
  'need', 'over', 'only', 'once', 'very', 'well', 'will', 'into', 'onto', 'your', 'yours', 'what', 'that', 'this', 'these', 'those', 'have',
  'having', 'been', 'being', 'come', 'came', 'going', 'gone', 'done', 'does', 'said', 'says', 'tell', 'told', 'take', 'took', 'give', 'gave',
  'keep', 'kept', 'left', 'last', 'next', 'week', 'weeks', 'today', 'later', 'still', 'again', 'maybe', 'please', 'thanks', 'thing', 'things',
  'stuff', 'rent', 'bill', 'bills', 'book', 'books', 'cook', 'look', 'looks', 'park', 'work', 'home', 'house', 'kids', 'party', 'dinner',
  'lunch', 'breakfast', 'bring', 'bought', 'brought', 'buying', 'getting', 'grabbing', 'needs', 'needed', 'wants', 'wanted', 'which',
  'while', 'would', 'could', 'should', 'might', 'about', 'after', 'before', 'every', 'other', 'another', 'enough', 'plenty', 'lots',
  'nothing', 'something', 'anything', 'everything', 'always', 'never', 'already', 'actually', 'probably', 'think', 'guess', 'sure',
  'okay', 'fine', 'good', 'great', 'nice', 'right', 'wrong', 'sorry', 'whole', 'half', 'full', 'empty', 'clean', 'fresh', 'finished',
  'gets', 'puts', 'adds', 'takes', 'makes', 'used', 'using', 'turns', 'covered', 'listed', 'count', 'note', 'notes', 'down', 'away']);
