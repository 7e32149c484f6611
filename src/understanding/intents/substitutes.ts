import type { IntentRule } from '../engine/intent.js';
import { SUB_BEFORE, SUB_AFTER, substituteRequest } from './support/substitutes.js';

/**
 * The `substitutes` intent: A substitute request has a phrase of SUB_BEFORE or SUB_AFTER in it, so a word one starts with.
 */
export const substitutesIntent: IntentRule = { name: 'substitutes', patterns: ['{x}'], requires: new Set([...SUB_BEFORE.byFirst!.keys(), ...SUB_AFTER.byFirst!.keys()]), build: (_s, env) => substituteRequest(env.tokens, env) };
