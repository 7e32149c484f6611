import type { Logger } from '../logger.js';
import { AppError, ERRORS, RETRY_LATER_CODES } from '../errors.js';
import { isStoreBusy } from '../store/database.js';
import type { ChatLists } from '../grocery/lists/index.js';
import type { UserDirectory } from '../grocery/users/index.js';
import type { ToolCall, ToolContext, ToolDefinition } from '../tools/tool.js';
import { accountCommand } from './account-commands.js';
import * as canned from './canned-replies.js';
import { composeReply, nextState, PENDING_TTL_MS, type ExecutedCall } from './compose-reply.js';
import { decideOffline } from './offline-decision.js';
import { withSwaps } from './swaps.js';
import { soundsLikeCorrection, type MisunderstoodLog } from './misunderstood.js';
import type { ConversationState, ConversationStore, MessageDedupe, PendingQuestion, StoredTurn } from './conversation/index.js';
import type { EventBus } from './events.js';
import { isPromise, runToolCall } from './execute-tool-call.js';
import { createKeyedQueue } from './keyed-queue.js';
import { parseButton } from '../store/question-store.js';
import { applyPick, bindChoices, lookUpPress, stalePressReply, type ButtonQuestions } from './buttons.js';
import { pickOption } from './pick-option.js';
import type { LlmRunner, Understand, UnderstandingResult } from './ports.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Reply } from './reply.js';
import type { Agent, TurnInput, TurnOutput } from './turn.js';

/** Everything the agent needs, wired once in main.ts. */
export interface AgentDeps {
  users: UserDirectory;
  conversations: ConversationStore;
  dedupe: MessageDedupe;
  tools: readonly ToolDefinition[];
  understand: Understand;
  llm?: LlmRunner;
  logger: Logger;
  now?: () => number;
  limiter?: RateLimiter;
  /** Offline answers at or above this confidence are used without asking the LLM. */
  confidenceThreshold?: number;
  /** Below the threshold but at or above this, the offline answer is used when the LLM can't help. */
  fallbackConfidence?: number;
  maxMessageLength?: number;
  /** How many earlier turns the LLM sees. */
  historyTurns?: number;
  /** Where list changes are announced to every channel. */
  events?: EventBus;
  /** The misunderstood inbox (`grocery-agent review`); left out, nothing is kept. */
  misunderstood?: MisunderstoodLog;
  /**
   * Runs `work` in a store transaction that holds the write lock, and resolves once it has
   * committed: an offline turn's reads, its tools' writes, the saved conversation and the dedupe
   * record commit together (main.ts groups the turns of one pass of the event loop into one
   * commit, each turn in its own savepoint). Without it (tests of the agent alone) work just runs.
   */
  atomic?: <T>(work: () => T) => T | Promise<T>;
  /** Each group chat's own list; without it a group turn uses the speaker's own lists. */
  chatLists?: ChatLists;
  /**
   * Where questions asked with buttons are kept, so a button's value names its question and option
   * and keeps its meaning after newer questions and restarts. Without it choices carry their raw
   * values ("1", "yes").
   */
  questions?: ButtonQuestions;
}

/** Tools whose calls act on a list: a turn without a named list uses the conversation's active one. */
const LIST_SCOPED = new Set([
  'add_to_list', 'remove_from_list', 'update_list_item', 'view_list', 'clear_list', 'match_deals', 'list_total',
  'share_list', 'leave_list', 'ingredients_for', 'check_item', 'remove_checked', 'export_list', 'undo_last_change',
  'replace_list_item', 'checkout_list', 'list_members', 'remove_member', 'new_share_code', 'stop_sharing',
]);

/**
 * The agent: who is speaking, dedupe and rate limit, then offline understanding first, the LLM
 * when that is not confident, and a clarifying answer otherwise; tools do the work; the
 * conversation's state is saved after every turn so a restart loses nothing.
 *
 * @example
 * const agent = createAgent(deps);
 * const reply = await agent.handle({ channel: 'web', externalUserId: 's1', conversationKey: 's1', text: 'add milk' });
 */
export function createAgent(deps: AgentDeps): Agent {
  const now = deps.now ?? Date.now;
  const tools = new Map(deps.tools.map((t) => [t.name, t]));
  const serial = createKeyedQueue();
  const threshold = deps.confidenceThreshold ?? 0.75;
  const floor = deps.fallbackConfidence ?? 0.4;
  const maxLength = deps.maxMessageLength ?? 2000;
  const atomic = deps.atomic ?? (<T>(work: () => T): T | Promise<T> => work());

  /** Runs the calls in order, synchronously: the offline path runs them inside the turn's transaction. */
  function run(calls: readonly ToolCall[], ctx: ToolContext, state: ConversationState): ExecutedCall[] {
    const executed: ExecutedCall[] = [];
    for (const raw of calls) {
      const call = withActiveList(raw, state.activeList);
      const result = runToolCall(tools, call, ctx, deps.logger);
      if (isPromise(result)) throw new Error(`tool ${call.name} answered asynchronously; the offline path needs synchronous tools`);
      executed.push({ call, result });
    }
    return executed;
  }

  /**
   * The turn as far as it can go without the LLM, synchronously, so that its reads, its tools'
   * writes and the saved conversation commit as one transaction. Either the turn is decided, or
   * the offline understanding was not confident and nothing has been written yet.
   */
  function decide(turn: TurnInput, userId: number, conversationId: string): Decided | AskModel {
    let text = cleanText(turn.text);
    if (!text) return { reply: { text: canned.EMPTY_MESSAGE_TEXT, choices: canned.STARTER_CHOICES, source: 'fallback' } };
    if (text.length > maxLength) return { reply: { text: ERRORS.MESSAGE_TOO_LONG.message, source: 'fallback' } };
    if (deps.limiter && !deps.limiter.take(userId)) return { reply: { text: ERRORS.RATE_LIMITED.message, source: 'fallback' }, retryLater: true };

    // A button's value: what it does is stored with its question. A plain choice ("what's on my
    // list?") is said as if typed; the history keeps the label the person pressed.
    let said = text;
    const press = deps.questions && parseButton(text);
    const pressed = press ? lookUpPress(deps.questions!, press, userId, now()) : undefined;
    if (pressed && 'stale' in pressed) {
      const askedOf = pressed.question && deps.users.get(pressed.question.userId)?.displayName;
      const reply = stalePressReply(pressed.stale, askedOf, pressed.question?.prompt);
      return { reply, save: { state: loadState(conversationId), turns: exchange(text, now(), reply, now()) } };
    }
    if (pressed) said = pressed.label;
    if (pressed && 'say' in pressed.action) text = pressed.action.say;

    const inGroup = turn.group !== undefined;
    const account = accountCommand(text, deps.users, { userId, channel: turn.channel, externalUserId: turn.externalUserId, inGroup, origin: turn.origin });
    if (account) {
      const { retryLater, ...reply } = account;
      const at = now();
      return { reply, save: { state: loadState(conversationId), turns: exchange(said, at, reply, at) }, ...(retryLater ? { retryLater } : {}) };
    }

    const state = withChatList(loadState(conversationId), turn, userId);
    const ctx: ToolContext = { userId, conversationId, channel: turn.channel, now: now(), ...(inGroup ? { inGroup } : {}), ...(turn.origin ? { origin: turn.origin } : {}) };
    const note = (kind: 'not_understood' | 'declined' | 'undone' | 'corrected', said: string, followedBy?: string, understoodCalls?: ToolCall[]) =>
      deps.misunderstood?.record({ channel: turn.channel, kind, text: said, ...(followedBy ? { followedBy } : {}), ...(understoodCalls ? { understood: understoodCalls } : {}) });
    const finish = (reply: Reply, executed: ExecutedCall[], carryPending = false, ask?: PendingQuestion): Decided => {
      const updated = nextState(state, executed, now());
      if (carryPending && !updated.pending) updated.pending = state.pending;
      if (ask) updated.pending = ask;
      const numbered = reply.choices?.length && reply.choices.every((c) => /^\d+$/.test(c.value)) ? reply.choices.length : undefined;
      if (numbered) updated.offered = numbered;
      else delete updated.offered;
      const shown = deps.questions ? bindChoices(reply, updated, { questions: deps.questions, userId, now: now() }) : reply;
      const retryLater = executed.some((e) => !e.result.ok && RETRY_LATER_CODES.has(e.result.error.code));
      return { reply: shown, save: { state: updated, turns: exchange(said, ctx.now, shown, now()) }, ...(retryLater ? { retryLater } : {}) };
    };
    const offline = (executed: ExecutedCall[]) => {
      const reply: Reply = { ...composeReply(executed), source: 'offline' };
      // "read me the list" while a "which paper towels?" is open: the list, and the question still open.
      const open = state.pending?.kind === 'clarify' ? state.pending : undefined;
      if (!open || executed.length === 0 || !executed.every((e) => LOOKS_ONLY.has(e.call.name))) return finish(reply, executed);
      const still = canned.stillToChoose(open.prompt, open.options.length);
      return finish({ ...reply, text: `${reply.text}\n${still}`, choices: reply.choices ?? open.choices }, executed, true);
    };

    if (pressed && !('say' in pressed.action)) {
      // The button does what it says, whichever question is open now; that one stays open.
      const current = state.pending?.questionId === pressed.question.id;
      if ('cancel' in pressed.action) {
        if (pressed.question.once) deps.questions!.markAnswered(pressed.question.id, now());
        return finish({ text: canned.CANCELLED_TEXT, source: 'offline' }, [], !current);
      }
      const executed = run(pressed.action.calls, ctx, state);
      if (pressed.question.once && executed.every((e) => e.result.ok)) deps.questions!.markAnswered(pressed.question.id, now());
      const reply: Reply = { ...composeReply(executed), source: 'offline' };
      const open = current ? undefined : state.pending;
      if (open?.kind !== 'clarify') return finish(reply, executed, open !== undefined);
      const still = canned.stillToChoose(open.prompt, open.options.length);
      return finish({ ...reply, text: `${reply.text}\n${still}`, choices: reply.choices ?? open.choices }, executed, true);
    }

    // A typed answer answers the question its buttons belong to: they are not pressed again later.
    const answered = () => state.pending?.questionId && deps.questions?.markAnswered(state.pending.questionId, now());
    if (state.pending?.kind === 'clarify') {
      const picked = pickOption(text, state.pending.options);
      if (picked !== undefined) {
        answered();
        return offline(run([applyPick(state.pending, picked)], ctx, state));
      }
    } else if (BARE_NUMBER.test(text)) {
      // "2" (or the second button) after numbered search results or deals: that product goes on the list.
      const n = Number(text.replace('#', ''));
      const shown = state.offered !== undefined && n >= 1 && n <= state.offered ? state.lastResults?.[n - 1] : undefined;
      if (!shown) return finish({ text: canned.NOTHING_PENDING_TEXT, source: 'offline' }, []);
      return offline(run([{ name: 'add_to_list', args: { items: [{ name: shown.name, productId: shown.productId }] } }], ctx, state));
    }

    const understood = withSwaps(deps.understand(text, {
      lastResults: state.lastResults,
      lastItems: state.lastItems,
      activeList: state.activeList,
      pending: state.pending?.kind,
    }));

    if (state.pending?.kind === 'confirm' && understood.calls.length === 0) {
      if (understood.act === 'yes' || understood.act === 'no' || understood.act === 'cancel') answered();
      if (understood.act === 'yes') return offline(run([state.pending.call, ...(state.pending.also ?? [])], ctx, state));
      if (understood.act === 'no' || understood.act === 'cancel') {
        // A question the understanding asked because it was unsure, answered "no": it guessed wrong.
        if (state.pending.asked) note('declined', state.pending.asked, text, [state.pending.call, ...(state.pending.also ?? [])]);
        return finish({ text: canned.CANCELLED_TEXT, source: 'offline' }, []);
      }
    }
    // "undo" or "no, I meant 3" right after a change: the change was not what was meant.
    if (!state.pending && state.lastItems?.length && (understood.act === 'undo' || soundsLikeCorrection(text))) {
      const before = previousMessage(conversationId);
      if (before) note(understood.act === 'undo' ? 'undone' : 'corrected', before, text);
    }

    if (understood.act && understood.calls.length === 0) {
      // "scratch that", "never mind" right after a change take the change back, as "undo" does.
      const takesBack = understood.act === 'undo' || (understood.act === 'cancel' && !state.pending && Boolean(state.lastItems?.length) && RETRACTS.test(text.toLowerCase()));
      const executed = takesBack ? run([{ name: 'undo_last_change', args: {} }], ctx, state) : [];
      const reply = executed.length ? composeReply(executed) : { text: actText(understood) };
      return finish({ ...reply, source: 'offline' }, executed);
    }

    if (understood.calls.length > 0 && understood.confidence >= threshold) return offline(run(understood.calls, ctx, state));

    const unsure = () => {
      // Nothing is written on a guess: lookups run, changes are put to the person first.
      const decision = decideOffline(understood, { threshold, floor });
      if (decision.kind === 'run') return offline(run(decision.calls, ctx, state));
      if (decision.kind === 'ask') {
        const [call, ...also] = decision.calls;
        const ask: PendingQuestion = { kind: 'confirm', call: call!, ...(also.length ? { also } : {}), prompt: decision.prompt, asked: text, expiresAt: now() + PENDING_TTL_MS };
        return finish({ text: decision.prompt, choices: decision.choices, source: 'offline' }, [], false, ask);
      }
      if (understood.missed || !understood.reply) note('not_understood', text);
      const fallback = understood.reply ?? canned.NOT_UNDERSTOOD_TEXT;
      return finish({ text: fallback, choices: understood.choices ?? (understood.reply ? undefined : canned.STARTER_CHOICES), source: 'fallback' }, [], true);
    };
    if (!deps.llm) return unsure();
    return { askModel: { text, ctx, unsure, finish } };
  }

  /**
   * The LLM's turn: its tools commit as they run. Resolves with what finishes the turn, run inside
   * the transaction that saves it (the offline fallback may still have tools to run).
   */
  async function askModel(ask: AskModel['askModel'], conversationId: string): Promise<() => Decided> {
    const history = deps.conversations
      .history(conversationId, deps.historyTurns ?? 8)
      .map((t) => ({ role: t.role, text: t.text }));
    const outcome = await deps.llm!.run({ text: ask.text, history, ctx: ask.ctx });
    if (outcome.ok) {
      const executed = outcome.calls.map((c) => ({ call: { name: c.name, args: (c.args ?? {}) as Record<string, unknown> }, result: c.result }));
      return () => ask.finish({ ...composeReply(executed, outcome.text || undefined), source: 'llm' }, executed);
    }
    deps.logger.warn({ reason: outcome.reason }, 'LLM path unavailable; answering offline');
    return ask.unsure;
  }

  /**
   * In a group chat, "the list" is the chat's own list until the speaker picks another: the chat's
   * list is created or joined here, inside the turn's transaction.
   */
  function withChatList(state: ConversationState, turn: TurnInput, userId: number): ConversationState {
    if (!turn.group || !deps.chatLists || state.activeList) return state;
    const list = deps.chatLists.listFor(userId, { channel: turn.channel, chatKey: turn.conversationKey, title: turn.group.title });
    return { ...state, activeList: `#${list.id}` };
  }

  /** The person's message before this one, in this conversation. */
  function previousMessage(conversationId: string): string | undefined {
    return deps.conversations.history(conversationId, 4).filter((t) => t.role === 'user').at(-1)?.text;
  }

  function loadState(conversationId: string): ConversationState {
    const state = deps.conversations.load(conversationId);
    if (state.pending && state.pending.expiresAt < now()) return { ...state, pending: undefined };
    return state;
  }

  /**
   * Saves what a decided turn said and became, and remembers the message as handled, unless it
   * was refused for now ("too fast", "wait before another code"): sent again later with the same
   * id, it is run then.
   */
  function keep(decided: Decided, turn: TurnInput, userId: number, conversationId: string, dedupeKey: string | undefined): void {
    if (decided.save) deps.conversations.record(conversationId, userId, turn.channel, decided.save.state, decided.save.turns);
    if (dedupeKey && !decided.retryLater) deps.dedupe.remember(turn.channel, dedupeKey, answerAgain(decided.reply));
  }

  return {
    async handle(turn: TurnInput): Promise<TurnOutput> {
      let user: ReturnType<UserDirectory['resolve']>;
      try {
        user = deps.users.resolve(turn.channel, turn.externalUserId, turn.displayName);
      } catch (err) {
        // Not even the person could be looked up: a registry error the channel shows as "try again".
        if (isStoreBusy(err)) throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'database busy (another writer held the lock)', cause: err });
        throw err;
      }
      const conversationId = conversationIdOf(turn);
      const dedupeKey = turn.messageId ? `${turn.externalUserId}:${turn.messageId}` : undefined;
      const done = (reply: Reply, extra: Partial<TurnOutput> = {}): TurnOutput => {
        if (!extra.duplicate) {
          for (const listId of reply.changedListIds ?? []) {
            deps.events?.emit('list_changed', { listId, byUserId: user.id, ...(reply.list?.id === listId ? { list: reply.list } : {}) });
          }
        }
        return { ...reply, ...extra, userId: user.id, conversationId };
      };
      return serial(conversationId, async () => {
        try {
          // One transaction for the whole offline turn: a repeated delivery sees the first one's
          // reply, and a crash leaves either all of a turn (its edits, state and dedupe record) or none.
          const first = await atomic(() => {
            const previous = dedupeKey ? (deps.dedupe.lookup(turn.channel, dedupeKey) as Reply | undefined) : undefined;
            if (previous) return { previous };
            const step = decide(turn, user.id, conversationId);
            if ('reply' in step) keep(step, turn, user.id, conversationId, dedupeKey);
            // The LLM's tools commit as they run, before the turn is saved: until its real reply
            // replaces this, a delivery of the same message finds it and is not run a second time.
            else if (dedupeKey) deps.dedupe.remember(turn.channel, dedupeKey, INTERRUPTED_REPLY);
            return step;
          });
          if ('previous' in first) return done(first.previous, { duplicate: true });
          if ('reply' in first) return done(first.reply);
          const answered = await askModel(first.askModel, conversationId);
          const decided = await atomic(() => {
            const step = answered();
            keep(step, turn, user.id, conversationId, dedupeKey);
            return step;
          });
          return done(decided.reply);
        } catch (err) {
          // Another writer held the database past the busy timeout: nothing was applied and the
          // message is not remembered. The channel says "try again" in its own way (an error frame
          // the widget resends, a 500 Telegram redelivers), and the resend is applied once.
          if (isStoreBusy(err)) {
            deps.logger.warn({ err, channel: turn.channel }, 'store busy; turn not applied');
            throw new AppError('UPSTREAM_UNAVAILABLE', { detail: 'database busy (another writer held the lock)', cause: err });
          }
          // Not remembered as handled: an offline turn that failed had all its writes undone, so a
          // resend may run it; an LLM turn whose tools had committed is remembered as interrupted
          // already (its first transaction), and a resend is answered that way, never run twice.
          deps.logger.error({ err, channel: turn.channel }, 'turn failed');
          return done({ text: ERRORS.INTERNAL.message, source: 'fallback' });
        }
      });
    },
  };
}

/**
 * The conversation a message belongs to: the chat, or in a group chat the speaker's own
 * conversation inside it, so each person there has their own questions and history.
 */
export function conversationIdOf(turn: Pick<TurnInput, 'channel' | 'conversationKey' | 'externalUserId' | 'group'>): string {
  const chat = `${turn.channel}:${turn.conversationKey}`;
  return turn.group ? `${chat}/${turn.externalUserId}` : chat;
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

/** Ways of taking back what was just done: "scratch that", "never mind", "forget it", "nvm". */
const RETRACTS = /^(oh |oops |ok |okay |actually |wait |no |hmm )*(scratch (that|it)|cancel (that|it)|forget (that|it|about it)|never ?mind( that)?|nvm|drop (that|it)|ignore that|take that back)\b/;

/** A message that is only a number: "2", "#3". */
const BARE_NUMBER = /^#?\d{1,2}$/;

/** Calls that only show the list: a question still open stays open across them. */
const LOOKS_ONLY: ReadonlySet<string> = new Set(['view_list', 'list_total']);

/** What a message whose LLM turn was cut off answers when it is delivered again. */
const INTERRUPTED_REPLY: Reply = { text: canned.INTERRUPTED_TEXT, source: 'fallback' };

/** A turn decided: the reply, and the state and exchange to save (none for refusals before any state). */
interface Decided {
  reply: Reply;
  save?: { state: ConversationState; turns: StoredTurn[] };
  /** Refused for now, not for good: the message is not remembered as handled. */
  retryLater?: boolean;
}

/** The offline path was not confident: the LLM is asked, outside the transaction, then `finish` or `unsure`. */
interface AskModel {
  askModel: {
    text: string;
    ctx: ToolContext;
    unsure: () => Decided;
    finish: (reply: Reply, executed: ExecutedCall[]) => Decided;
  };
}

function exchange(text: string, at: number, reply: Reply, answeredAt: number): StoredTurn[] {
  return [
    { role: 'user', text, at },
    // What a page redraws after a reload: the buttons offered and the price chart shown.
    { role: 'assistant', text: reply.text, payload: reply.choices || reply.priceHistory ? { choices: reply.choices, priceHistory: reply.priceHistory } : undefined, at: answeredAt },
  ];
}

function actText(understood: UnderstandingResult): string {
  switch (understood.act) {
    case 'help':
      return canned.HELP_TEXT;
    case 'greeting':
      return canned.GREETING_TEXT;
    case 'thanks':
      return canned.THANKS_TEXT;
    case 'cancel':
      return canned.CANCELLED_TEXT;
    default:
      return understood.reply ?? canned.NOTHING_PENDING_TEXT;
  }
}

/** Control characters and stray whitespace out; what the person wrote otherwise stays as written. */
function cleanText(text: unknown): string {
  if (typeof text !== 'string') return '';
  // Line breaks stay: a pasted list's lines are its items ("1. milk\n2. eggs").
  const flat = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ').replace(/[^\S\n]+/g, ' ');
  return (flat.includes('\n') ? flat.replace(/ ?\n[\n ]*/g, '\n') : flat).trim();
}

function withActiveList(call: ToolCall, activeList: string | undefined): ToolCall {
  if (!activeList || !LIST_SCOPED.has(call.name) || call.args.list !== undefined) return call;
  if (call.name === 'match_deals' && call.args.items !== undefined) return call;
  return { ...call, args: { ...call.args, list: activeList } };
}
