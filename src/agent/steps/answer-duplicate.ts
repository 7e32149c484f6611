import * as canned from '../canned-replies.js';
import type { Reply } from '../reply.js';
import type { Step } from '../turn-context.js';

/**
 * Dedupe: a message delivered again (Telegram retrying a webhook, a widget resending after a
 * reconnect) is answered with what was said the first time and is not applied twice.
 */
export const answerDuplicate: Step = (turn, deps) => {
  if (!turn.dedupeKey) return;
  const previous = deps.dedupe.lookup(turn.input.channel, turn.dedupeKey) as (Omit<Reply, 'text'> & { text?: string }) | undefined;
  // A long answer's text lives in the history; a conversation that has moved on 100 exchanges since has let it go.
  if (previous) turn.plan = { kind: 'repeat', reply: { ...previous, text: previous.text ?? canned.ALREADY_ANSWERED_TEXT } };
};
