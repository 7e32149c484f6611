import * as canned from '../canned-replies.js';
import type { UnderstandingResult } from '../ports.js';
import type { Step } from '../turn-context.js';

/** "undo", "help", "hi", "thanks" and a "yes" with nothing to say yes to. */
export const conversationalAct: Step = (turn) => {
  const understood = turn.understood!;
  if (!understood.act || understood.calls.length > 0) return;
  turn.plan =
    understood.act === 'undo'
      ? { kind: 'run', calls: [{ name: 'undo_last_change', args: {} }], source: 'offline', mindClarify: false }
      : { kind: 'say', reply: { text: actText(understood), source: 'offline' } };
};

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
