import type { IntentRule } from '../engine/intent.js';
import { recount } from './support/recount.js';

/**
 * The `recount_correction` intent: The rule, read before the other ways of changing an amount.
 */
export const recountCorrectionIntent: IntentRule = { name: 'recount_correction', patterns: ['{x}'], build: (_s, env) => recount(env.tokens, env) };
