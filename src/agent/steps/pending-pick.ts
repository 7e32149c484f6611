import * as canned from '../canned-replies.js';
import { applyPick } from '../buttons.js';
import { pickOption } from '../pick-option.js';
import type { Step } from '../turn-context.js';

/** A message that is only a number: "2", "#3". */
const BARE_NUMBER = /^#?\d{1,2}$/;

/**
 * An answer to "which one?" ("2", "the organic one") finishes the call that asked; a bare number
 * after numbered search results or deals puts that product on the list.
 */
export const pendingPick: Step = (turn, deps) => {
  const state = turn.state!;
  if (state.pending?.kind === 'clarify') {
    const picked = pickOption(turn.text, state.pending.options);
    if (picked === undefined) return;
    // A typed answer answers the question its buttons belong to: they are not pressed again later.
    if (state.pending.questionId) deps.questions?.markAnswered(state.pending.questionId, deps.now());
    turn.plan = { kind: 'run', calls: [applyPick(state.pending, picked)], source: 'offline', mindClarify: true };
    return;
  }
  if (!BARE_NUMBER.test(turn.text)) return;
  const n = Number(turn.text.replace('#', ''));
  const shown = state.offered !== undefined && n >= 1 && n <= state.offered ? state.lastResults?.[n - 1] : undefined;
  turn.plan = shown
    ? { kind: 'run', calls: [{ name: 'add_to_list', args: { items: [{ name: shown.name, productId: shown.productId }] } }], source: 'offline', mindClarify: true }
    : { kind: 'say', reply: { text: canned.NOTHING_PENDING_TEXT, source: 'offline' } };
};
