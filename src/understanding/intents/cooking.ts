import type { IntentRule } from '../engine/intent.js';
import { addItems } from './support/list-actions.js';

/**
 * The `cooking` intent: "i am making tacos so ground beef, shells": what follows "so" is the shopping; without it, the dish is.
 */
export const cookingIntent: IntentRule = { name: 'cooking', patterns: ['[we are|i am|we will be|i will be|] [making|cooking|baking] {x}'],
  build: (s, env) => {
    const so = s.x!.indexOf('so');
    // "I'm making stew": the dish is what is cooked, not a thing to buy; "so ..." says what is.
    return so >= 0 && so < s.x!.length - 1 ? addItems(s.x!.slice(so + 1), env) : undefined;
  } };
