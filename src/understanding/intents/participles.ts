import type { IntentRule } from '../engine/intent.js';
import { ADDED_WORDS, REMOVED_WORDS } from '../lexicon/index.js';
import { byParticiples } from './support/list-rules.js';

/**
 * The `participles` intent: "i need soda added and carrots removed": each thing followed by the way it goes.
 */
export const participlesIntent: IntentRule = { name: 'participles', patterns: ['{x}'], requires: new Set([...ADDED_WORDS, ...REMOVED_WORDS]), build: (_s, env) => byParticiples(env.tokens, env) };
