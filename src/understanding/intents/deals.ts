import type { IntentRule } from '../engine/intent.js';
import { DEAL_PHRASES, dealsQuestion } from './support/deals.js';

/**
 * The `deals` intent: Deals on the list or on named products.
 */
export const dealsIntent: IntentRule = { name: 'deals', patterns: ['{x}'],
// A deals question has a deal phrase ("deal" found below), so a word one can start with.
requires: new Set(DEAL_PHRASES.byFirst!.keys()),
build: (_s, env) => dealsQuestion(env.tokens, env) };
