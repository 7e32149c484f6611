import type { IntentRule } from '../engine/intent.js';
import { viewByWords } from './support/list-rules.js';

/**
 * The `view_words` intent: "what does my shopping list consist of", "tell me what i can find on the shopping list": only question words about a named list.
 */
export const viewWordsIntent: IntentRule = { name: 'view_words', patterns: ['{x}'], build: (_s, env) => viewByWords(env) };
