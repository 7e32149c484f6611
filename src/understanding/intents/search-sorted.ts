import type { IntentRule } from '../engine/intent.js';
import { SORT_PHRASES, search } from './support/search.js';
import { phraseAt } from './support/shopping-phrases.js';

/**
 * The `search_sorted` intent: "the cheapest peanut butter": a search ranked by price or size.
 */
export const searchSortedIntent: IntentRule = { name: 'search_sorted', patterns: ['[what is|what are|which is|which are|] [the|a|some|your|] {q}'], requires: new Set(SORT_PHRASES.byFirst!.keys()),
  build: (s, env) => (phraseAt(SORT_PHRASES, s.q!) ? search(s.q!, env) : undefined) };
