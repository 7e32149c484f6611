/**
 * The turn, declared. A message goes through these steps in order, each in its own file under
 * steps/, over one {@link TurnContext}: the steps of SETTLE find out what the turn will do (the
 * first that knows sets its plan and the rest are skipped), the steps of CARRY_OUT do it and keep
 * it. An offline turn does both in one transaction, so its reads, its tools' writes, the saved
 * conversation and the dedupe record commit together; a turn the offline path was not sure of
 * consults the language model between the two, outside any transaction. One error boundary
 * around it all turns a failure into a plain answer.
 */
import { AppError, ERRORS } from '../errors.js';
import { isStoreBusy } from '../store/errors.js';
import { createKeyedQueue } from './keyed-queue.js';
import { accountCommand } from './steps/account-command.js';
import { answerDuplicate } from './steps/answer-duplicate.js';
import { askFirst } from './steps/ask-first.js';
import { buttonPress } from './steps/button-press.js';
import { cleanText } from './steps/clean-text.js';
import { composeAnswer } from './steps/compose-answer.js';
import { consultModel } from './steps/consult-model.js';
import { conversationalAct } from './steps/conversational-act.js';
import { decideOffline } from './steps/decide-offline.js';
import { loadConversation } from './steps/load-conversation.js';
import { noteCorrection } from './steps/note-correction.js';
import { noteMisunderstood } from './steps/note-misunderstood.js';
import { pendingConfirm } from './steps/pending-confirm.js';
import { pendingPick } from './steps/pending-pick.js';
import { pressedButton } from './steps/pressed-button.js';
import { publishReply } from './steps/publish-reply.js';
import { rateLimit } from './steps/rate-limit.js';
import { rememberInterrupted, rememberMessage } from './steps/remember-message.js';
import { runTools } from './steps/run-tools.js';
import { saveTurn } from './steps/save-turn.js';
import { understand } from './steps/understand.js';
import type { TurnInput, TurnOutput } from './turn.js';
import type { Step, TurnContext, TurnDeps } from './turn-context.js';

/**
 * The conversation a message belongs to: the chat, or in a group chat the speaker's own
 * conversation inside it, so each person there has their own questions and history.
 */
export function conversationIdOf(turn: Pick<TurnInput, 'channel' | 'conversationKey' | 'externalUserId' | 'group'>): string {
  const chat = `${turn.channel}:${turn.conversationKey}`;
  return turn.group ? `${chat}/${turn.externalUserId}` : chat;
}

/** Up to the plan, in order; the first step that settles the turn ends this part. */
export const SETTLE: readonly Step[] = [
  answerDuplicate, // dedupe
  cleanText,
  rateLimit,
  buttonPress, // a button's stored meaning, or a press that does nothing
  accountCommand,
  loadConversation,
  pressedButton, // a button that does something of its own
  pendingPick, // a pending "which one?" or numbered results
  understand, // offline understanding, with the trained model as its second stage
  pendingConfirm, // a pending "are you sure?"
  noteCorrection, // "undo" or "no, I meant..." right after a change, for grocery-agent review
  conversationalAct,
  decideOffline, // run, ask, or consult the language model
];

/** Carrying the plan out, in order; every step runs. */
export const CARRY_OUT: readonly Step[] = [askFirst, runTools, composeAnswer, saveTurn, rememberMessage, noteMisunderstood];

/**
 * The turn pipeline over `deps`: resolves who is speaking, runs the steps one conversation at a
 * time, and answers.
 *
 * @example
 * const handle = createTurnPipeline(deps);
 * const out = await handle({ channel: 'web', externalUserId: 's1', conversationKey: 's1', text: 'add milk' });
 */
export function createTurnPipeline(deps: TurnDeps): (input: TurnInput) => Promise<TurnOutput> {
  const serial = createKeyedQueue();

  return async (input) => {
    let user: { id: number };
    try {
      user = deps.users.resolve(input.channel, input.externalUserId, input.displayName);
    } catch (err) {
      // Not even the person could be looked up: a registry error the channel shows as "try again".
      throw busyOr(err);
    }
    const turn: TurnContext = {
      input,
      userId: user.id,
      conversationId: conversationIdOf(input),
      dedupeKey: input.messageId ? `${input.externalUserId}:${input.messageId}` : undefined,
      startedAt: performance.now(),
      text: '',
      said: '',
      executed: [],
    };
    const settled = await serial(turn.conversationId, () => boundary(turn, deps, () => offlinePart(turn, deps)));
    if (settled) return settled;
    try {
      input.onThinking?.();
    } catch (err) {
      deps.logger.warn({ err, channel: input.channel }, 'typing indicator failed');
    }
    // The model's wait is outside the conversation's queue: the person's next messages are
    // answered meanwhile, and this one is finished in its turn once the model has answered.
    return boundary(turn, deps, async () => {
      await consultModel(turn, deps);
      return serial(turn.conversationId, () => finishPart(turn, deps));
    });
  };
}

/**
 * Settles the turn and, unless it goes to the model, carries it out: one transaction. A turn for
 * the model is remembered as interrupted until its answer replaces that, so a delivery of the same
 * message meanwhile (or after a crash) is not run a second time.
 */
async function offlinePart(turn: TurnContext, deps: TurnDeps): Promise<TurnOutput | undefined> {
  // Read ahead on a worker while the transaction is not yet open (understand-ahead.ts).
  await deps.ahead?.before(turn, deps);
  await deps.atomic(() => {
    settle(turn, deps);
    if (turn.plan?.kind === 'consult') rememberInterrupted(turn, deps);
    else carryOut(turn, deps);
  });
  deps.ahead?.after(turn, deps);
  return turn.plan?.kind === 'consult' ? undefined : publishReply(turn, deps);
}

/** After the model: the conversation as it is now (other messages may have changed it), then the plan carried out. */
async function finishPart(turn: TurnContext, deps: TurnDeps): Promise<TurnOutput> {
  await deps.atomic(() => {
    loadConversation(turn, deps);
    carryOut(turn, deps);
  });
  deps.ahead?.after(turn, deps);
  return publishReply(turn, deps);
}

function settle(turn: TurnContext, deps: TurnDeps): void {
  for (const step of SETTLE) {
    step(turn, deps);
    if (turn.plan) return;
  }
}

function carryOut(turn: TurnContext, deps: TurnDeps): void {
  for (const step of CARRY_OUT) step(turn, deps);
}

/**
 * The error boundary. Another writer holding the database past the busy timeout means nothing was
 * applied and the message is not remembered: the channel says "try again" in its own way (an
 * error frame the widget resends, a 500 Telegram redelivers), and the resend is applied once.
 * Anything else is answered with a plain sorry, and not remembered as handled either: an offline
 * turn that failed had all its writes undone, so a resend may run it; a turn that consulted the
 * model is remembered as interrupted already (its first transaction), and a resend is answered
 * that way, never run twice.
 */
async function boundary<T extends TurnOutput | undefined>(turn: TurnContext, deps: TurnDeps, work: () => Promise<T>): Promise<T | TurnOutput> {
  try {
    return await work();
  } catch (err) {
    if (isStoreBusy(err)) {
      deps.logger.warn({ err, channel: turn.input.channel }, 'store busy; turn not applied');
      throw busyOr(err);
    }
    deps.logger.error({ err, channel: turn.input.channel }, 'turn failed');
  }
  return { text: ERRORS.INTERNAL.message, source: 'fallback', userId: turn.userId, conversationId: turn.conversationId };
}

/** A store too busy to take the turn becomes the registry's "try again shortly"; anything else is thrown as it was. */
function busyOr(err: unknown): unknown {
  return isStoreBusy(err) ? new AppError('UPSTREAM_UNAVAILABLE', { detail: 'database busy (another writer held the lock)', cause: err }) : err;
}
