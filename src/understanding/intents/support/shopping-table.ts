/**
 * The shopping questions as one table, for reading a question again inside a wrapper ("can you
 * tell me how much milk is"). Its own file: the intents it runs import it, so it is built on first use.
 */
import type { IntentEnv, Outcome } from '../../engine/intent.js';
import { ruleTable, type RuleTable } from '../../engine/rule-table.js';
import { intentOrder } from '../../precedence.js';

let compiled: RuleTable | undefined;

/** Runs the shopping rules on a clause; used again after a wrapper ("tell me ...") is taken off. */
export function runShopping(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // Built on first use: the shopping intents import this file.
  compiled ??= ruleTable(intentOrder().shoppingQuestions, 'as-written');
  return compiled.run(tokens, env);
}
