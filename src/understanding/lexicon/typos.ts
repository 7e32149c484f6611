/**
 * Misspellings the edit-distance corrector cannot fix: too short, or too common to leave alone.
 */
import { wordTable } from './phrases.js';

/** Misspellings too short for the edit-distance corrector, but too common to leave alone. */
export const COMMON_TYPOS: ReadonlyMap<string, string> = new Map([['teh', 'the'], ['hte', 'the'], ['th', 'the'], ['adn', 'and'], ['nad', 'and'],
  ['ot', 'to'], ['fo', 'of'], ['chek', 'check'], ['shwo', 'show'], ['lsit', 'list'], ['lst', 'list'], ['whta', 'what'], ['waht', 'what'],
  ['remvoe', 'remove'], ['rmv', 'remove'], ['rm', 'remove'], ['del', 'delete'], ['plz', 'please'], ['pls', 'please']]);




/** Slips corrected only as a clause's first word ("ad milk"; elsewhere "ad" may be meant). */
export const LEADING_TYPOS: Readonly<Record<string, string>> = wordTable({ ad: 'add' });
