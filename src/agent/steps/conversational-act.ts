import * as canned from '../canned-replies.js';
import type { UnderstandingResult } from '../ports.js';
import type { ConversationState } from '../conversation/index.js';
import type { Step } from '../turn-context.js';

/** "undo" (or "scratch that" right after a change), "help", "hi", "thanks", and a "yes" with nothing to say yes to. */
export const conversationalAct: Step = (turn) => {
  const understood = turn.understood!;
  if (!understood.act || understood.calls.length > 0) return;
  const state = turn.state!;
  // "scratch that", "never mind" right after a change take the change back, as "undo" does; so
  // after "Added milk. Which milk?", where the question is about a line already written.
  const written = !state.pending || (state.pending.kind === 'clarify' && state.pending.call.name === 'update_list_item');
  const takesBack = understood.act === 'undo' || (understood.act === 'cancel' && written && Boolean(state.lastItems?.length) && RETRACTS.test(turn.text.toLowerCase()));
  turn.plan = takesBack
    ? { kind: 'run', calls: [{ name: 'undo_last_change', args: {} }], source: 'offline', mindClarify: false }
    : { kind: 'say', reply: { text: declinedPick(understood, state) ?? actText(understood), source: 'offline' } };
};

/** "no" to "Which milk?" asked about a line already written: the line stays as the person said it. */
function declinedPick(understood: UnderstandingResult, state: ConversationState): string | undefined {
  const pending = state.pending;
  if (understood.act !== 'no' || pending?.kind !== 'clarify') return undefined;
  const name = pending.call.name === 'update_list_item' ? (pending.call.args as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? canned.leftAsSaidText(name) : canned.CANCELLED_TEXT;
}

/** Ways of taking back what was just done: "scratch that", "never mind", "forget it", "nvm". */
const RETRACTS = /^(oh |oops |ok |okay |actually |wait |no |hmm )*(scratch (that|it)|cancel (that|it)|forget (that|it|about it)|never ?mind( that)?|nvm|drop (that|it)|ignore that|take that back)\b/;

function actText(understood: UnderstandingResult): string {
  switch (understood.act) {
    case 'help':
      return canned.HELP_TEXT;
    case 'greeting':
      return canned.GREETING_TEXT;
    case 'thanks':
      return canned.THANKS_TEXT;
    case 'cancel':
      return canned.CANCELLED_TEXT;
    default:
      return understood.reply ?? canned.NOTHING_PENDING_TEXT;
  }
}
