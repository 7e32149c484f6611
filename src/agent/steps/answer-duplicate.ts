import type { Reply } from '../reply.js';
import type { Step } from '../turn-context.js';

/**
 * Dedupe: a message delivered again (Telegram retrying a webhook, a widget resending after a
 * reconnect) is answered with what was said the first time and is not applied twice.
 */
export const answerDuplicate: Step = (turn, deps) => {
  if (!turn.dedupeKey) return;
  const previous = deps.dedupe.lookup(turn.input.channel, turn.dedupeKey) as Reply | undefined;
  if (previous) turn.plan = { kind: 'repeat', reply: previous };
};
