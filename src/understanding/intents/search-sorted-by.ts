import type { IntentRule } from '../engine/intent.js';
import { search, SEARCH_LEADS } from './support/search.js';
import { phraseAt } from './support/shopping-phrases.js';

/**
 * The `search_sorted_by` intent: "coffee sorted by price": a search in an order.
 */
export const searchSortedByIntent: IntentRule = { name: 'search_sorted_by', patterns: ['{q} [sorted|sort|ordered|order|ranked|rank] by {r}', '[sort|order|rank] {q} by {r}'], build: (_s, env) => search(env.tokens.slice(phraseAt(SEARCH_LEADS, env.tokens)?.length ?? 0), env) };
