import * as canned from '../canned-replies.js';
import type { Step } from '../turn-context.js';

/** "yes" to a question we asked runs what it put to the person; "no" leaves everything as it was. */
export const pendingConfirm: Step = (turn) => {
  const pending = turn.state!.pending;
  const understood = turn.understood!;
  if (pending?.kind !== 'confirm' || understood.calls.length > 0) return;
  if (understood.act === 'yes') turn.plan = { kind: 'run', calls: [pending.call, ...(pending.also ?? [])], source: 'offline', mindClarify: true };
  else if (understood.act === 'no' || understood.act === 'cancel') turn.plan = { kind: 'say', reply: { text: canned.CANCELLED_TEXT, source: 'offline' } };
};
