import type { Step } from '../turn-context.js';

/** A message nothing was understood of, answered with "sorry, I didn't get that": noted for `grocery-agent review`. */
export const noteMisunderstood: Step = (turn, deps) => {
  const plan = turn.plan;
  if (plan?.kind === 'say' && plan.misunderstood) deps.misunderstood?.record({ channel: turn.input.channel, kind: 'not_understood', text: turn.text });
};
