import type { Logger } from '../logger.js';
import { AppError, ERRORS } from '../errors.js';
import { isStoreBusy } from '../store/database.js';
import type { UserDirectory } from '../grocery/users/index.js';
import type { ToolCall, ToolContext, ToolDefinition } from '../tools/tool.js';
import { accountCommand } from './account-commands.js';
import * as canned from './canned-replies.js';
import { composeReply, nextState, type ExecutedCall } from './compose-reply.js';
import type { ConversationState, ConversationStore, MessageDedupe, PendingQuestion } from './conversation/index.js';
import type { EventBus } from './events.js';
import { executeToolCall } from './execute-tool-call.js';
import { createKeyedQueue } from './keyed-queue.js';
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
}

/** Tools whose calls act on a list: a turn without a named list uses the conversation's active one. */
const LIST_SCOPED = new Set([
  'add_to_list', 'remove_from_list', 'update_list_item', 'view_list', 'clear_list', 'match_deals', 'list_total',
  'share_list', 'check_item', 'export_list', 'undo_last_change',
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

  async function run(calls: readonly ToolCall[], ctx: ToolContext, state: ConversationState): Promise<ExecutedCall[]> {
    const executed: ExecutedCall[] = [];
    for (const raw of calls) {
      const call = withActiveList(raw, state.activeList);
      executed.push({ call, result: await executeToolCall(tools, call, ctx, deps.logger) });
    }
    return executed;
  }

  async function respond(turn: TurnInput, userId: number, conversationId: string): Promise<Reply> {
    const text = cleanText(turn.text);
    if (!text) return { text: canned.EMPTY_MESSAGE_TEXT, choices: canned.STARTER_CHOICES, source: 'fallback' };
    if (text.length > maxLength) return { text: ERRORS.MESSAGE_TOO_LONG.message, source: 'fallback' };
    if (deps.limiter && !deps.limiter.take(userId)) return { text: ERRORS.RATE_LIMITED.message, source: 'fallback' };

    const account = accountCommand(text, deps.users, { userId, channel: turn.channel, externalUserId: turn.externalUserId });
    if (account) {
      deps.conversations.record(conversationId, userId, turn.channel, loadState(conversationId), [
        { role: 'user', text, at: now() },
        { role: 'assistant', text: account.text, at: now() },
      ]);
      return account;
    }

    const state = loadState(conversationId);
    const ctx: ToolContext = { userId, conversationId, channel: turn.channel, now: now() };
    const finish = (reply: Reply, executed: ExecutedCall[], carryPending = false): Reply => {
      const updated = nextState(state, executed, now());
      if (carryPending && !updated.pending) updated.pending = state.pending;
      deps.conversations.record(conversationId, userId, turn.channel, updated, [
        { role: 'user', text, at: ctx.now },
        { role: 'assistant', text: reply.text, payload: { choices: reply.choices }, at: now() },
      ]);
      return reply;
    };

    if (state.pending?.kind === 'clarify') {
      const picked = pickOption(text, state.pending.options);
      if (picked !== undefined) {
        const executed = await run([applyPick(state.pending, picked)], ctx, state);
        return finish({ ...composeReply(executed), source: 'offline' }, executed);
      }
    }

    const understood = deps.understand(text, {
      lastResults: state.lastResults,
      lastItems: state.lastItems,
      activeList: state.activeList,
      pending: state.pending?.kind,
    });

    if (state.pending?.kind === 'confirm' && understood.calls.length === 0) {
      if (understood.act === 'yes') {
        const executed = await run([state.pending.call], ctx, state);
        return finish({ ...composeReply(executed), source: 'offline' }, executed);
      }
      if (understood.act === 'no' || understood.act === 'cancel') {
        return finish({ text: canned.CANCELLED_TEXT, source: 'offline' }, []);
      }
    }

    if (understood.act && understood.calls.length === 0) {
      const executed = understood.act === 'undo' ? await run([{ name: 'undo_last_change', args: {} }], ctx, state) : [];
      const reply = executed.length ? composeReply(executed) : { text: actText(understood) };
      return finish({ ...reply, source: 'offline' }, executed);
    }

    if (understood.calls.length > 0 && understood.confidence >= threshold) {
      const executed = await run(understood.calls, ctx, state);
      return finish({ ...composeReply(executed), source: 'offline' }, executed);
    }

    if (deps.llm) {
      const history = deps.conversations
        .history(conversationId, deps.historyTurns ?? 8)
        .map((t) => ({ role: t.role, text: t.text }));
      const outcome = await deps.llm.run({ text, history, ctx });
      if (outcome.ok) {
        const executed = outcome.calls.map((c) => ({ call: { name: c.name, args: (c.args ?? {}) as Record<string, unknown> }, result: c.result }));
        return finish({ ...composeReply(executed, outcome.text || undefined), source: 'llm' }, executed);
      }
      deps.logger.warn({ reason: outcome.reason }, 'LLM path unavailable; answering offline');
    }

    if (understood.calls.length > 0 && understood.confidence >= floor) {
      const executed = await run(understood.calls, ctx, state);
      return finish({ ...composeReply(executed), source: 'offline' }, executed);
    }
    const fallback = understood.reply ?? canned.NOT_UNDERSTOOD_TEXT;
    return finish({ text: fallback, choices: understood.reply ? undefined : canned.STARTER_CHOICES, source: 'fallback' }, [], true);
  }

  function loadState(conversationId: string): ConversationState {
    const state = deps.conversations.load(conversationId);
    if (state.pending && state.pending.expiresAt < now()) return { ...state, pending: undefined };
    return state;
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
      const conversationId = `${turn.channel}:${turn.conversationKey}`;
      return serial(conversationId, async () => {
        const dedupeKey = turn.messageId ? `${turn.externalUserId}:${turn.messageId}` : undefined;
        if (dedupeKey) {
          const previous = deps.dedupe.lookup(turn.channel, dedupeKey) as Reply | undefined;
          if (previous) return { ...previous, userId: user.id, conversationId, duplicate: true };
        }
        let reply: Reply;
        try {
          reply = await respond(turn, user.id, conversationId);
        } catch (err) {
          // Another writer held the database past the busy timeout: nothing was applied, so the
          // person is asked to try again and the message is not remembered (a resend is applied).
          if (isStoreBusy(err)) {
            deps.logger.warn({ err, channel: turn.channel }, 'store busy; turn not applied');
            return { text: ERRORS.UPSTREAM_UNAVAILABLE.message, source: 'fallback', userId: user.id, conversationId };
          }
          deps.logger.error({ err, channel: turn.channel }, 'turn failed');
          reply = { text: ERRORS.INTERNAL.message, source: 'fallback' };
        }
        try {
          if (dedupeKey) deps.dedupe.remember(turn.channel, dedupeKey, reply);
        } catch (err) {
          // The turn is applied; answering with an error would invite the resend that applies it twice.
          deps.logger.error({ err, channel: turn.channel }, 'could not record the message as handled');
        }
        for (const listId of reply.changedListIds ?? []) deps.events?.emit('list_changed', { listId, byUserId: user.id });
        return { ...reply, userId: user.id, conversationId };
      });
    },
  };
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
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
}

function withActiveList(call: ToolCall, activeList: string | undefined): ToolCall {
  if (!activeList || !LIST_SCOPED.has(call.name) || call.args.list !== undefined) return call;
  if (call.name === 'match_deals' && call.args.items !== undefined) return call;
  return { ...call, args: { ...call.args, list: activeList } };
}

function applyPick(pending: Extract<PendingQuestion, { kind: 'clarify' }>, index: number): ToolCall {
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
