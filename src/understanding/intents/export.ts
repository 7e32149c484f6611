import { call, SURE, type IntentRule } from '../engine/intent.js';
import { asText } from './support/list-rules.js';

/**
 * The `export` intent: "send me the list as text", "print it": a copy of the list.
 */
export const exportIntent: IntentRule = { name: 'export', patterns: ['[send|text|email|message|dm|give|share] [me|it to me] [it|this|a copy|a copy of it|] [as text|as a text|in a text|as a message|in text|as plain text|in plain text|by email|by text|]',
  '[export|print|copy|download] [it|this|] [as text|to text|as a file|]', 'send [it|this|] [as text|as a text|in a text|as a message|to me|in plain text]', 'plain text [version|]', 'text version'],
  // "give me the list" wants to see it; only "give me it as text" wants a copy.
  build: (_s, env) => (env.tokens[0] === 'give' && !asText(env.tokens) ? undefined : { calls: [call('export_list', {}, env)], confidence: SURE }) };
