import { buttonValue, type QuestionStore, type StoredQuestion } from '../store/question-store.js';
import type { ToolCall } from '../tools/tool.js';
import * as canned from './canned-replies.js';
import { PENDING_TTL_MS } from './compose-reply.js';
import type { ConversationState, PendingQuestion } from './conversation/index.js';
import type { Reply } from './reply.js';

/**
 * What pressing a button does: run exactly these calls, say this text as if typed (a choice whose
 * meaning does not depend on what came before, like "what's on my list?"), or cancel.
 */
export type ButtonAction = { calls: ToolCall[] } | { say: string } | { cancel: true };

/** The questions the agent asks with buttons, stored so a button keeps its meaning. */
export type ButtonQuestions = QuestionStore<ButtonAction>;

/** How long a button keeps working: two days, or as long as the question for a destructive confirm. */
export const BUTTON_TTL_MS = 2 * 24 * 60 * 60 * 1000;

/** A choice whose value is plain text longer than this is stored too, so it fits in a Telegram button. */
const LONG_VALUE = 48;

/** Why a button press did nothing; channels may show it as a passing notice instead of a message. */
export type StalePress = 'expired' | 'someone_else' | 'answered';

/**
 * What a pressed button means for `userId`: its question and option, or why it does nothing (the
 * question expired or is unknown, was asked of someone else, or was already answered).
 */
export function lookUpPress(
  questions: ButtonQuestions,
  press: { id: string; n: number },
  userId: number,
  now: number,
): { question: StoredQuestion<ButtonAction>; action: ButtonAction; label: string } | { stale: StalePress; question?: StoredQuestion<ButtonAction> } {
  const question = questions.get(press.id);
  const option = question?.options[press.n - 1];
  if (!question || !option || question.expiresAt < now) return { stale: 'expired', question };
  if (question.userId !== userId) return { stale: 'someone_else', question };
  if (question.once && question.answeredAt !== null) return { stale: 'answered', question };
  return { question, action: option.action, label: option.label };
}

/**
 * The reply with each choice's value turned into a stored button (`q:<id>:<n>`) when what the
 * choice means depends on the conversation: a pick among products ("which milk?", numbered search
 * results), a yes or no to a question, or a value too long for a Telegram button. Choices that
 * mean the same whenever they are pressed stay as they are. A question the conversation is now
 * waiting on is tied to its buttons (`pending.questionId`).
 *
 * @example
 * bindChoices(reply, state, { questions, userId, now }) // choices: [{ label: '1) Great Value Whole Milk', value: 'q:k3m9x2abqd:1' }, ...]
 */
export function bindChoices(reply: Reply, state: ConversationState, opts: { questions: ButtonQuestions; userId: number; now: number }): Reply {
  if (!reply.choices?.length) return reply;
  const actions = reply.choices.map((c) => actionFor(c.value, state));
  if (actions.every((a, i) => 'say' in a && reply.choices![i]!.value.length <= LONG_VALUE)) return reply;
  const pending = state.pending;
  const confirm = pending?.kind === 'confirm';
  const id = opts.questions.create({
    userId: opts.userId,
    // The question itself ("Which milk?"), not the "Added ..." said before it.
    prompt: pending?.prompt ?? reply.text,
    options: reply.choices.map((c, i) => ({ label: c.label, action: actions[i]! })),
    once: pending !== undefined,
    expiresAt: opts.now + (confirm ? PENDING_TTL_MS : BUTTON_TTL_MS),
  });
  if (pending) pending.questionId = id;
  return { ...reply, choices: reply.choices.map((c, i) => ({ ...c, value: buttonValue(id, i + 1) })) };
}

/** What a choice's value means now, in the conversation as the turn left it. */
function actionFor(value: string, state: ConversationState): ButtonAction {
  const pending = state.pending;
  const n = /^\d{1,2}$/.test(value) ? Number(value) : undefined;
  if (pending?.kind === 'clarify' && n !== undefined && pending.options[n - 1]) return { calls: [applyPick(pending, n - 1)] };
  if (pending?.kind === 'confirm' && /^(yes|no)$/i.test(value)) return /^yes$/i.test(value) ? { calls: [pending.call, ...(pending.also ?? [])] } : { cancel: true };
  const shown = n !== undefined && state.offered !== undefined && n <= state.offered ? state.lastResults?.[n - 1] : undefined;
  if (shown) return { calls: [{ name: 'add_to_list', args: { items: [{ name: shown.name, productId: shown.productId }] } }] };
  return { say: value };
}

/** The call a pick finishes: the pending call with the chosen product put where the question's slot says. */
export function applyPick(pending: Extract<PendingQuestion, { kind: 'clarify' }>, index: number): ToolCall {
  const option = pending.options[index]!;
  const args = structuredClone(pending.call.args) as Record<string, unknown>;
  if ('itemIndex' in pending.slot) {
    const items = (args.items as Record<string, unknown>[] | undefined) ?? [];
    if (items[pending.slot.itemIndex]) items[pending.slot.itemIndex] = { ...items[pending.slot.itemIndex], productId: option.productId };
  } else {
    args.productId = option.productId;
  }
  return { name: pending.call.name, args };
}

/** What a press on a button that does nothing answers, and why (for channels that show it as a notice). */
export function stalePressReply(stale: StalePress, askedOf?: string | null, prompt?: string): Reply {
  if (stale === 'someone_else') return { text: canned.buttonOfSomeoneElseText(askedOf), stale, source: 'offline' };
  if (stale === 'answered') return { text: canned.BUTTON_ANSWERED_TEXT, stale, source: 'offline' };
  return { text: canned.buttonExpiredText(prompt), stale, source: 'offline' };
}
