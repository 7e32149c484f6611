import type { TurnContext, TurnDeps } from '../turn-context.js';

/**
 * The language model's turn, for what the offline path was not sure of. It runs outside any
 * transaction (its tools commit as they run); when the model cannot help (not running, too slow,
 * an error) the offline plan stands.
 */
export async function consultModel(turn: TurnContext, deps: TurnDeps): Promise<void> {
  const plan = turn.plan;
  if (plan?.kind !== 'consult' || !deps.llm) return;
  const history = deps.conversations.history(turn.conversationId, deps.historyTurns).map((t) => ({ role: t.role, text: t.text }));
  const outcome = await deps.llm.run({ text: turn.text, history, ctx: turn.tool! });
  if (outcome.ok) {
    const executed = outcome.calls.map((c) => ({ call: { name: c.name, args: (c.args ?? {}) as Record<string, unknown> }, result: c.result }));
    turn.plan = { kind: 'ran', executed, text: outcome.text || undefined };
    return;
  }
  deps.logger.warn({ reason: outcome.reason }, 'LLM path unavailable; answering offline');
  turn.plan = plan.fallback;
}
