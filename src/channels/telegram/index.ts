export { createTelegramChannel, type TelegramChannel, type TelegramChannelDeps, type TelegramReference } from './telegram-channel.js';
export type { RetryOptions } from './retry-transformer.js';
export type { PaceOptions } from './send-pacer.js';
export { splitMessage, TELEGRAM_MAX_TEXT } from './split-message.js';
