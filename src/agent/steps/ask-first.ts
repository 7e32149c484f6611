import { PENDING_TTL_MS } from '../compose-reply.js';
import type { Step } from '../turn-context.js';

/** Changes the turn is not sure of are put as a question with Yes/No buttons; "yes" runs them. */
export const askFirst: Step = (turn, deps) => {
  const plan = turn.plan;
  if (plan?.kind !== 'ask') return;
  const [call, ...also] = plan.calls;
  turn.reply = { text: plan.prompt, choices: plan.choices, source: plan.source };
  // `asked`: the message the turn was unsure of, noted for `grocery-agent review` if the answer is no.
  turn.question = { kind: 'confirm', call: call!, ...(also.length ? { also } : {}), prompt: plan.prompt, asked: turn.text, expiresAt: deps.now() + PENDING_TTL_MS };
};
