import type { IntentRule } from '../engine/intent.js';
import { checkItems } from './support/list-actions.js';

/**
 * The `check` intent: "check off the milk", "got the eggs": lines ticked off as bought.
 */
export const checkIntent: IntentRule = { name: 'check', patterns: ['[check off|tick off|mark off|check|tick] {x} [off|as done|as bought|as got|as purchased|done|]', 'mark {x} [as|] [done|bought|got|purchased|complete|completed|checked|picked up|in the cart|in cart|found]',
  '[i|we|] [just|already|] [got|grabbed|picked up|found|bought|have got] the {x} [already|now|]', '{x} [is|are] [done|in the cart|in my cart|checked|bought|in cart|picked up|got|grabbed]', '[got|grabbed] {x} [already|]'],
  build: (s, env) => (env.tokens.includes('already') || s.x![0] === 'to' || s.x![0] === 'if' || s.x![0] === 'whether' ? undefined : checkItems(s.x!, env, true)) };
