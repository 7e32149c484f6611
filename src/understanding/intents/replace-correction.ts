import type { IntentRule } from '../engine/intent.js';
import { replaceThing } from './support/replace.js';

/**
 * The `replace_correction` intent: The rule, read before the other ways of changing a thing.
 */
export const replaceCorrectionIntent: IntentRule = { name: 'replace_correction', patterns: ['{x}'], build: (_s, env) => replaceThing(env.tokens, env) };
