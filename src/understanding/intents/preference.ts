import type { IntentRule } from '../engine/intent.js';
import { PREFERENCE_WORDS, withoutRemember, statements, statement } from './support/preferences.js';

/**
 * The `preference` intent: "i am vegetarian", "we love oatly", "i shop at aldi": something to remember about the person.
 */
export const preferenceIntent: IntentRule = { name: 'preference', patterns: ['{x}'], words: PREFERENCE_WORDS,
  build: (_s, env) => {
    const words = withoutRemember(env.tokens);
    if (!words.length) return undefined;
    return statements(words, env) ?? statement(words, env);
  } };
