import type { Update } from 'grammy/types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasIntegerId = (v: unknown) => isObject(v) && Number.isSafeInteger(v.id);

/**
 * Why an update cannot be acted on, or undefined when it can. Telegram always names the sender
 * (`from`) and the chat of a message and of a button press; an update without them, or with a
 * text that is not a string, can only be forged (through the webhook, with the secret) and is
 * acknowledged and dropped instead of failing the handler (a 500 makes Telegram redeliver it
 * forever).
 *
 * @example
 * malformedReason({ update_id: 1, message: { chat: null } }); // 'message without a chat'
 */
export function malformedReason(update: Update): string | undefined {
  const raw = update as unknown as Record<string, unknown>;
  if ('message' in raw) {
    const message = raw.message;
    if (!isObject(message)) return 'message is not an object';
    if (!hasIntegerId(message.chat)) return 'message without a chat';
    if (!hasIntegerId(message.from)) return 'message without a sender';
    if (message.text !== undefined && typeof message.text !== 'string') return 'message text is not a string';
  }
  if ('callback_query' in raw) {
    const query = raw.callback_query;
    if (!isObject(query)) return 'callback query is not an object';
    if (!hasIntegerId(query.from)) return 'callback query without a sender';
    if (query.data !== undefined && typeof query.data !== 'string') return 'callback data is not a string';
    if (query.message !== undefined && !(isObject(query.message) && hasIntegerId(query.message.chat))) return 'callback query message without a chat';
  }
  return undefined;
}
