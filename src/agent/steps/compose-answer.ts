import * as canned from '../canned-replies.js';
import { composeReply } from '../compose-reply.js';
import type { PendingQuestion } from '../conversation/index.js';
import type { Reply } from '../reply.js';
import type { Step } from '../turn-context.js';

/** Calls that only show the list: a question still open stays open across them. */
const LOOKS_ONLY: ReadonlySet<string> = new Set(['view_list', 'list_total']);

/**
 * What is said: what the tools did, in their own words; or what the plan says. "Read me the
 * list" while a "which paper towels?" is open shows the list and says the question again.
 */
export const composeAnswer: Step = (turn) => {
  const plan = turn.plan;
  if (!plan || plan.kind === 'ask') return;
  if (plan.kind !== 'run') {
    if (plan.kind !== 'consult') turn.reply = plan.reply;
    if (plan.kind === 'say' && plan.carryPending) turn.keepPending = true;
    return;
  }
  const reply = { ...composeReply(turn.executed), source: plan.source };
  if (plan.press) {
    // A button press: whichever other question is open stays open, said again if it is a "which one?".
    const other = plan.press.current ? undefined : turn.state!.pending;
    turn.keepPending = other !== undefined;
    turn.reply = other?.kind === 'clarify' ? stillOpen(reply, other) : reply;
    return;
  }
  const open = turn.state!.pending?.kind === 'clarify' ? turn.state!.pending : undefined;
  if (!plan.mindClarify || !open || turn.executed.length === 0 || !turn.executed.every((e) => LOOKS_ONLY.has(e.call.name))) {
    turn.reply = reply;
    return;
  }
  turn.reply = stillOpen(reply, open);
  turn.keepPending = true;
};

/** The reply, then the open "which one?" said again, with its buttons unless the reply has its own. */
function stillOpen(reply: Reply, open: Extract<PendingQuestion, { kind: 'clarify' }>): Reply {
  const still = canned.stillToChoose(open.prompt, open.options.length);
  return { ...reply, text: `${reply.text}\n${still}`, choices: reply.choices ?? open.choices };
}
