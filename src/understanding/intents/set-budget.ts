import type { IntentRule } from '../engine/intent.js';
import { BUDGET_ANCHORS, budgetSetting } from './support/budget.js';

/**
 * The `set_budget` intent: "set my budget to $150 a week": a spending limit.
 */
export const setBudgetIntent: IntentRule = { name: 'set_budget', patterns: ['{x}'], requires: BUDGET_ANCHORS, build: (_s, env) => budgetSetting(env.tokens) };
