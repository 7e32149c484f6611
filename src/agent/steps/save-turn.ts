import { bindChoices } from '../buttons.js';
import { nextState } from '../compose-reply.js';
import type { StoredTurn } from '../conversation/index.js';
import type { Reply } from '../reply.js';
import type { Step } from '../turn-context.js';
import { loadState } from './load-conversation.js';

/**
 * Keeps what the turn said and became: the exchange for the history, and the conversation's
 * state (what was shown and touched, the question now open, how many numbered products were
 * offered), so a restart loses nothing.
 */
export const saveTurn: Step = (turn, deps) => {
  const plan = turn.plan;
  const reply = turn.reply!;
  if (!plan || plan.kind === 'repeat' || plan.kind === 'refuse') return;
  if (plan.kind === 'note') {
    const at = deps.now();
    turn.save = { state: loadState(deps, turn.conversationId), turns: exchange(turn.said, at, reply, at) };
  } else {
    const state = turn.state!;
    const updated = nextState(state, turn.executed, deps.now());
    if (turn.keepPending && !updated.pending) updated.pending = state.pending;
    if (turn.question) updated.pending = turn.question;
    const numbered = reply.choices?.length && reply.choices.every((c) => /^\d+$/.test(c.value)) ? reply.choices.length : undefined;
    if (numbered) updated.offered = numbered;
    else delete updated.offered;
    // Buttons are bound to a stored question, so each keeps its meaning after newer questions.
    const shown = deps.questions ? bindChoices(reply, updated, { questions: deps.questions, userId: turn.userId, now: deps.now() }) : reply;
    turn.reply = shown;
    turn.save = { state: updated, turns: exchange(turn.said, turn.tool!.now, shown, deps.now()) };
  }
  const stored = deps.conversations.record(turn.conversationId, turn.userId, turn.input.channel, turn.save.state, turn.save.turns);
  if (turn.save.turns.at(-1)?.text === turn.reply!.text) turn.answerTurnId = stored;
};

function exchange(text: string, at: number, reply: Reply, answeredAt: number): StoredTurn[] {
  return [
    { role: 'user', text, at },
    // What a page redraws after a reload: the buttons offered and the price chart shown.
    { role: 'assistant', text: reply.text, payload: reply.choices || reply.priceHistory ? { choices: reply.choices, priceHistory: reply.priceHistory } : undefined, at: answeredAt },
  ];
}
