import type { IntentRule } from '../engine/intent.js';
import { matchTrend, priceQuestion } from './support/prices.js';

/**
 * The `price_trend` intent: The frames are matched on the clause less its tail, so the clause holds a word each frame needs.
 */
export const priceTrendIntent: IntentRule = { name: 'price_trend', patterns: ['{x}'], requires: matchTrend.anyNeeded, build: (_s, env) => priceQuestion(env.tokens, env, matchTrend) };
