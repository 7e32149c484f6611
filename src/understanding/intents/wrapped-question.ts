import type { IntentRule } from '../engine/intent.js';
import { phraseAt } from './support/shopping-phrases.js';
import { runShopping } from './support/shopping-table.js';
import { SHOPPING_WORDS, WRAPPERS, QUESTION_HEADS } from './support/shopping.js';

/**
 * The `wrapped_question` intent: "can you tell me how much milk is": a shopping question inside a wrapper, read again without it.
 */
export const wrappedQuestionIntent: IntentRule = { name: 'wrapped_question', patterns: ['{x}'], words: SHOPPING_WORDS,
  build: (_s, env) => {
    const w = phraseAt(WRAPPERS, env.tokens);
    if (w && !(env.tokens.length > w.length && QUESTION_HEADS.has(env.tokens[w.length]!))) return undefined;
    return w ? runShopping(env.tokens.slice(w.length), env) : undefined;
  } };
