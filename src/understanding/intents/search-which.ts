import type { IntentRule } from '../engine/intent.js';
import { whichIsBest } from './support/search.js';

/**
 * The `search_which` intent: "which coffee is cheapest": the best of a kind.
 */
export const searchWhichIntent: IntentRule = { name: 'search_which', patterns: ['[which|what] {q}'], build: (s, env) => whichIsBest(s.q!, env) };
