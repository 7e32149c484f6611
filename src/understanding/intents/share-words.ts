import { call, type IntentRule } from '../engine/intent.js';
import { sharing } from './support/list-rules.js';

/**
 * The `share_words` intent: "give my husband access to the costco list", "can my mom see my list too": someone else on a list.
 */
export const shareWordsIntent: IntentRule = { name: 'share_words', patterns: ['{x}'], build: (_s, env) => ((env.listMentioned || env.tokens.includes('it')) && sharing(env.tokens) ? { calls: [call('share_list', {}, env)], confidence: 0.9 } : undefined) };
