import type { IntentRule } from '../engine/intent.js';
import { checkItems } from './support/list-actions.js';

/**
 * The `uncheck` intent: "uncheck the milk": a ticked line back to not bought. A thing put back on
 * the shelf is not bought either ("i put the coffee back"); put back on a list, it is added.
 */
export const uncheckIntent: IntentRule = { name: 'uncheck', patterns: ['[uncheck|untick|unmark|un-check] {x}', 'mark {x} [as|] [not done|unchecked|not bought|undone]',
  '[i|we|] [just|] [put|placed] {x} back [on the shelf|]'],
  build: (s, env) => (env.listMentioned && env.tokens.includes('back') && !/^un/.test(env.tokens[0]!) ? undefined : checkItems(s.x!, env, false)) };
