import type { IntentRule } from '../engine/intent.js';
import { joinByCode } from './support/list-rules.js';

/**
 * The `join_code` intent: "my roommate gave me the code 7KQ2MX": a share code said with a joining word, however it is phrased.
 */
export const joinCodeIntent: IntentRule = { name: 'join_code', patterns: ['{x}'], build: (_s, env) => joinByCode(env.tokens) };
