import * as canned from '../canned-replies.js';
import type { Step } from '../turn-context.js';

/** A button that does something of its own does it, whichever question is open now; that one stays open. */
export const pressedButton: Step = (turn, deps) => {
  const pressed = turn.pressed;
  if (!pressed || 'say' in pressed.action) return;
  const current = turn.state!.pending?.questionId === pressed.question.id;
  if ('cancel' in pressed.action) {
    if (pressed.question.once) deps.questions!.markAnswered(pressed.question.id, deps.now());
    turn.plan = { kind: 'say', reply: { text: canned.CANCELLED_TEXT, source: 'offline' }, carryPending: !current };
    return;
  }
  turn.plan = { kind: 'run', calls: pressed.action.calls, source: 'offline', mindClarify: false, press: { questionId: pressed.question.id, once: pressed.question.once, current } };
};
