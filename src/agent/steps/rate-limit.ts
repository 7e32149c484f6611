import { ERRORS } from '../../errors.js';
import type { Step } from '../turn-context.js';

/** Too many messages from one person in a short time: answered, nothing else happens. */
export const rateLimit: Step = (turn, deps) => {
  if (deps.limiter && !deps.limiter.take(turn.userId)) {
    turn.plan = { kind: 'refuse', reply: { text: ERRORS.RATE_LIMITED.message, source: 'fallback' } };
    // Refused for now: the same message sent again later is run then.
    turn.retryLater = true;
  }
};
