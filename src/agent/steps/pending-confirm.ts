import * as canned from '../canned-replies.js';
import type { Step } from '../turn-context.js';

/** "yes" to a question we asked runs what it put to the person; "no" leaves everything as it was. */
export const pendingConfirm: Step = (turn, deps) => {
  const pending = turn.state!.pending;
  const understood = turn.understood!;
  if (pending?.kind !== 'confirm' || understood.calls.length > 0) return;
  const answer = understood.act === 'yes' || understood.act === 'no' || understood.act === 'cancel';
  // A typed answer answers the question its buttons belong to: they are not pressed again later.
  if (answer && pending.questionId) deps.questions?.markAnswered(pending.questionId, deps.now());
  if (understood.act === 'yes') turn.plan = { kind: 'run', calls: [pending.call, ...(pending.also ?? [])], source: 'offline', mindClarify: true };
  else if (understood.act === 'no' || understood.act === 'cancel') {
    // A question asked because the turn was unsure, answered "no": the guess was wrong.
    if (pending.asked) {
      deps.misunderstood?.record({ channel: turn.input.channel, kind: 'declined', text: pending.asked, followedBy: turn.text, understood: [pending.call, ...(pending.also ?? [])] });
    }
    turn.plan = { kind: 'say', reply: { text: canned.CANCELLED_TEXT, source: 'offline' } };
  }
};
