import type { IntentRule } from '../engine/intent.js';
import { comparedThing } from './support/shopping.js';

/**
 * The `compare` intent: "compare oreos and chips ahoy", "what's cheaper, tide pods or tide liquid": both prices.
 */
export const compareIntent: IntentRule = { name: 'compare', patterns: ['compare [the|] [price|prices|price of|prices of|cost of|] {a} [and|with|to|vs|versus|against] {b}', '{a} [vs|versus] {b}',
  '[what is|which is|which one is|what one is|which|what] [cheaper|less expensive|the better deal|a better deal|the better buy|a better buy] [,|] {a} or {b}',
  '{a} or {b} [,|] [which|what|which one] [is|] [cheaper|less expensive|the better deal|a better deal]', '[is|are] {a} cheaper than {b}'],
  build: (s) => {
    const [a, b] = [comparedThing(s.a!), comparedThing(s.b!)];
    return a && b && a !== b ? { calls: [{ name: 'get_price', args: { query: a } }, { name: 'get_price', args: { query: b } }], confidence: 0.95 } : undefined;
  } };
