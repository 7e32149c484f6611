import type { IntentRule } from '../engine/intent.js';
import { totalQuestion } from './support/budget.js';

/**
 * The `total` intent: Totals and the budget left, asked as a question.
 */
export const totalIntent: IntentRule = { name: 'total', patterns: ['{x}'], build: (_s, env) => totalQuestion(env.tokens, env) };
