import * as canned from '../canned-replies.js';
import type { Reply } from '../reply.js';
import type { Step, TurnContext, TurnDeps } from '../turn-context.js';

/**
 * Remembers the message as handled, with what a delivery of it again is answered, unless it was
 * refused for now ("too fast", "wait before another code"): sent again later, it is run then.
 */
export const rememberMessage: Step = (turn, deps) => {
  if (!turn.dedupeKey || turn.plan?.kind === 'repeat' || turn.retryLater) return;
  const reply = turn.reply!;
  // A long answer (a whole list) is already in the history: the record points to it.
  const inTurn = reply.text.length >= TEXT_KEPT_ONCE_FROM ? turn.answerTurnId : undefined;
  deps.dedupe.remember(turn.input.channel, turn.dedupeKey, answerAgain(reply), inTurn);
};

/** Answers this long or longer are stored once, in the history, and the dedupe record points to them. */
const TEXT_KEPT_ONCE_FROM = 1024;

/** What a message whose model turn was cut off answers when it is delivered again. */
const INTERRUPTED_REPLY: Reply = { text: canned.INTERRUPTED_TEXT, source: 'fallback' };

/**
 * Before the model's turn: its tools commit as they run, so until its real reply replaces this, a
 * delivery of the same message finds it and is not run a second time.
 */
export function rememberInterrupted(turn: TurnContext, deps: TurnDeps): void {
  if (turn.dedupeKey) deps.dedupe.remember(turn.input.channel, turn.dedupeKey, INTERRUPTED_REPLY);
}

/**
 * What a message delivered again is answered with: what was said (text, choices, a price chart),
 * not the list as it stood then, which would redraw a list that has changed since with old
 * contents (the channels show the current list on reconnect), nor the calls made.
 */
function answerAgain(reply: Reply): Reply {
  const { text, choices, priceHistory, source } = reply;
  return { text, ...(choices ? { choices } : {}), ...(priceHistory ? { priceHistory } : {}), ...(source ? { source } : {}) };
}
