import type { IntentRule } from '../engine/intent.js';
import { searchRequest } from './support/search.js';

/**
 * The `search` intent: "find gluten free pasta", "show me oat milk": products in the catalog.
 */
export const searchIntent: IntentRule = { name: 'search', patterns: ['{x}'], build: (_s, env) => searchRequest(env.tokens, env) };
