import type { IntentRule } from '../engine/intent.js';
import { wholeQuantity, changeTo, countedThing } from './support/list-actions.js';

/**
 * The `recount` intent: "only 2 eggs", "i want 5 of the yogurt instead": the amount on the list was wrong.
 */
export const recountIntent: IntentRule = { name: 'recount', patterns: ['[can we|could we|let us|we will|i will|we can|i can|we should|] [do|go with|get|have|make it] {x} instead', '[i|we|] [only|just|actually|really] [need|want] {x} [instead|]', '[i|we|] [need|want] {x} [instead|]', '[i|we|] [only|just|actually|] [need|want] {x} [not|instead of|rather than] {n}',
  '{t} [should be|needs to be|must be|is] [just|only|] {x} [not|instead of|rather than] {n}'],
  build: (s, env) => {
    const words = env.tokens;
    if (s.n && !wholeQuantity(s.n)) return undefined;
    if (s.t) return changeTo(s.t, s.x!, env);
    // Plain "i need 2 eggs" adds; "only", "just", "instead" or "not 2" say the amount on the list was wrong.
    if (!s.n && !words.includes('instead') && !words.includes('only') && !words.includes('just')) return undefined;
    return countedThing(s.x!, env);
  } };
