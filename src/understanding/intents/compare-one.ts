import type { IntentRule } from '../engine/intent.js';
import { comparedThing } from './support/shopping.js';

/**
 * The `compare_one` intent: "compare prices on coffee", "price compare olive oil", "compare the
 * cereal prices": one kind of thing, its products side by side, the best value per unit first.
 */
export const compareOneIntent: IntentRule = { name: 'compare_one', patterns: ['compare [the|] [price|prices|cost|costs|unit prices] [on|of|for|between|across] [the|all the|different|] {q}',
  '[price compare|price check|compare] [the|all the|different|] {q} [prices|brands|options]', 'price compare {q}'],
  build: (s) => {
    const q = comparedThing(s.q!);
    return q ? { calls: [{ name: 'search_products', args: { query: q, sort: 'unit_price' } }], confidence: 0.95 } : undefined;
  } };
