import { toolsOf } from '../../understanding/model/index.js';
import { modelPlan } from '../model-plan.js';
import type { TurnContext, TurnDeps } from '../turn-context.js';

/** Ranked intents below this probability give no hint. */
const HINT_FLOOR = 0.05;
/** Most tools hinted. */
const MAX_HINTS = 4;

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
  const outcome = await deps.llm.propose({ text: turn.text, history, hints: hintsFor(turn, deps), startedAt: turn.startedAt });
  if (!outcome.ok) {
    deps.logger.warn({ reason: outcome.reason }, 'language model could not help; the offline decision stands');
    turn.plan = plan.fallback;
    return;
  }
  turn.plan = modelPlan(outcome, turn.understood!, plan.fallback);
}

/** The tools the offline reading and the trained model's ranked intents point at. */
function hintsFor(turn: TurnContext, deps: TurnDeps): string[] {
  const names = new Set(turn.understood!.calls.map((c) => c.name));
  const ranked = deps.rankIntents?.(turn.text) ?? [];
  for (const { intent, p } of ranked) {
    if (names.size >= MAX_HINTS || p < HINT_FLOOR) break;
    for (const tool of toolsOf(intent)) names.add(tool);
  }
  return [...names].slice(0, MAX_HINTS);
}
