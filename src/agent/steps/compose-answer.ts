import * as canned from '../canned-replies.js';
import { composeReply } from '../compose-reply.js';
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
  const open = turn.state!.pending?.kind === 'clarify' ? turn.state!.pending : undefined;
  if (!plan.mindClarify || !open || turn.executed.length === 0 || !turn.executed.every((e) => LOOKS_ONLY.has(e.call.name))) {
    turn.reply = reply;
    return;
  }
  const still = canned.stillToChoose(open.prompt, open.options.length);
  turn.reply = { ...reply, text: `${reply.text}\n${still}`, choices: reply.choices ?? open.choices };
  turn.keepPending = true;
};
