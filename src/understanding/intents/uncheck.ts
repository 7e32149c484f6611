import type { IntentRule } from '../engine/intent.js';
import { checkItems } from './support/list-actions.js';

/**
 * The `uncheck` intent: "uncheck the milk": a ticked line back to not bought.
 */
export const uncheckIntent: IntentRule = { name: 'uncheck', patterns: ['[uncheck|untick|unmark|un-check] {x}', 'mark {x} [as|] [not done|unchecked|not bought|undone]'],
  build: (s, env) => checkItems(s.x!, env, false) };
