import type { IntentRule } from '../engine/intent.js';
import { matchPrice, priceQuestion } from './support/prices.js';
import { ranksProducts } from './support/shopping.js';

/**
 * The `price` intent: "cheapest coffee by unit price" ranks products, whatever "price" it ends with.
 */
export const priceIntent: IntentRule = { name: 'price', patterns: ['{x}'], requires: matchPrice.anyNeeded, build: (_s, env) => (ranksProducts(env.tokens) ? undefined : priceQuestion(env.tokens, env, matchPrice)) };
