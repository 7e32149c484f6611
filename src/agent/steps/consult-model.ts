import { modelHints, modelPlan } from '../model-plan.js';
import type { TurnContext, TurnDeps } from '../turn-context.js';

/**
 * The language model, for what the offline path would ask about or did not understand. It runs
 * outside any transaction and outside the conversation's queue, so the person's next messages are
 * answered meanwhile; it only proposes (nothing runs here), and model-plan.ts decides what of it
 * runs, what is asked first and what is said. When the model cannot help (not running, too slow,
 * an answer that cannot be read) the offline plan stands.
 */
export async function consultModel(turn: TurnContext, deps: TurnDeps): Promise<void> {
  const plan = turn.plan;
  if (plan?.kind !== 'consult' || !deps.llm) return;
  const history = deps.conversations.history(turn.conversationId, deps.historyTurns).map((t) => ({ role: t.role, text: t.text }));
  const outcome = await deps.llm.propose({ text: turn.text, history, hints: modelHints(turn.understood!, deps.rankIntents?.(turn.text) ?? []), startedAt: turn.startedAt });
  if (!outcome.ok) {
    deps.logger.warn({ reason: outcome.reason }, 'language model could not help; the offline decision stands');
    turn.plan = plan.fallback;
    return;
  }
  turn.plan = modelPlan(outcome, turn.understood!, plan.fallback);
}

