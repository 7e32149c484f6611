import { call, type IntentRule } from '../engine/intent.js';
import { asText } from './support/list-rules.js';

/**
 * The `export_words` intent: "I need my list in text form", "a printable version of my list": a list asked for as text.
 */
export const exportWordsIntent: IntentRule = { name: 'export_words', patterns: ['{x}'], build: (_s, env) => ((env.listMentioned || env.tokens.includes('it')) && asText(env.tokens) ? { calls: [call('export_list', {}, env)], confidence: 0.9 } : undefined) };
