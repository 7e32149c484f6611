import type { Transformer } from 'grammy';
import type { Logger } from '../../logger.js';
import { sleep as waitFor } from './retry-transformer.js';

/** How fast the bot may write, per Telegram's published limits. */
export interface PaceOptions {
  /** Between two messages to one private chat (Telegram: about one a second). */
  perChatMs?: number;
  /** Between two messages to one group (Telegram: at most 20 a minute). */
  perGroupMs?: number;
  /** Messages a second across all chats (Telegram: about 30 for bulk notifications). */
  perSecond?: number;
  /** The clock and the wait, injected so tests run on a clock they move. */
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Calls that put something in a chat; answers to button presses and typing indicators are not paced. */
const PACED: ReadonlySet<string> = new Set(['sendMessage', 'sendPhoto', 'editMessageText', 'editMessageCaption', 'sendDocument', 'sendMediaGroup']);

/**
 * A grammY API transformer that queues the bot's messages within Telegram's limits: each chat gets
 * its messages at least `perChatMs` apart (`perGroupMs` in groups, whose ids are negative), and
 * all chats together at most `perSecond` a second; each call waits for its turn, in the order
 * they were made. When Telegram still answers 429, the chat is held for the `retry_after` it
 * names; the retry transformer around this one sends the call again, and that attempt queues
 * here behind the hold like any other message to the chat.
 *
 * @example
 * bot.api.config.use(createSendPacer({ logger }));          // inner: every attempt is paced
 * bot.api.config.use(createRetryTransformer({ logger }));   // outer: retries 429s and 5xx
 */
export function createSendPacer(opts: PaceOptions & { logger: Logger }): Transformer {
  const perChat = opts.perChatMs ?? 1000;
  const perGroup = opts.perGroupMs ?? 3000;
  const gap = 1000 / (opts.perSecond ?? 30);
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? waitFor;
  const nextForChat = new Map<string, number>();
  let nextForAll = 0;

  /** The chat's next turn, reserved when the call is made, so one chat's messages keep their order. */
  function chatTurn(chat: string): number {
    const at = Math.max(now(), nextForChat.get(chat) ?? 0);
    nextForChat.set(chat, at + (chat.startsWith('-') ? perGroup : perChat));
    // The map forgets chats whose turn is long past, so it stays as small as the busy chats.
    if (nextForChat.size > 10_000) for (const [k, t] of nextForChat) if (t < now()) nextForChat.delete(k);
    return at;
  }

  /** A turn among all chats, taken once the chat's own turn has come: never more than `perSecond` a second. */
  function overallTurn(): number {
    const at = Math.max(now(), nextForAll);
    nextForAll = at + gap;
    return at;
  }

  return async (prev, method, payload, signal) => {
    const chatId = (payload as { chat_id?: unknown } | undefined)?.chat_id;
    if (!PACED.has(method) || chatId === undefined) return prev(method, payload, signal);
    const chat = String(chatId);
    // grammY types the signal with its polyfill's AbortSignal; at run time it is Node's.
    const abort = signal as AbortSignal | undefined;
    const forChat = chatTurn(chat) - now();
    if (forChat > 0) await sleep(forChat, abort);
    const forAll = overallTurn() - now();
    if (forAll > 0) await sleep(forAll, abort);
    const res = await prev(method, payload, signal);
    const retryAfter = !res.ok && res.error_code === 429 ? res.parameters?.retry_after : undefined;
    if (retryAfter !== undefined) {
      nextForChat.set(chat, Math.max(nextForChat.get(chat) ?? 0, now() + retryAfter * 1000));
      opts.logger.warn({ method, chat, retryAfter }, 'Telegram flood limit: holding the chat');
    }
    return res;
  };
}
