import crypto from 'node:crypto';
import { InlineKeyboard } from 'grammy';
import type { Choice } from '../../agent/index.js';

/** Telegram's limit on a button's callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** How many long choice values are remembered; older ones fall back to the button's label. */
const MAX_REMEMBERED = 5000;

/** Inline keyboards for reply choices, and the way back from a pressed button to the choice's value. */
export interface ChoiceKeyboards {
  /** One button per row, so long product names stay readable on a phone. */
  keyboard(choices: readonly Choice[]): InlineKeyboard;
  /**
   * The value behind a pressed button. A value too long for callback_data travels as a short key;
   * if that key was forgotten (a restart), the button's own label is used as the message.
   */
  resolve(data: string, markup?: { inline_keyboard: { text: string; callback_data?: string }[][] }): string | undefined;
}

/**
 * Builds the choice keyboards. Short values ride in callback_data as `v:<value>`; longer ones as
 * `k:<hash>` with the value kept in memory (bounded, oldest forgotten first).
 *
 * @example
 * const keys = createChoiceKeyboards();
 * await ctx.reply('Which one?', { reply_markup: keys.keyboard(reply.choices) });
 */
export function createChoiceKeyboards(): ChoiceKeyboards {
  const long = new Map<string, string>();

  function dataFor(value: string): string {
    const direct = `v:${value}`;
    if (Buffer.byteLength(direct, 'utf8') <= CALLBACK_DATA_MAX_BYTES) return direct;
    const key = `k:${crypto.createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;
    long.delete(key);
    long.set(key, value);
    if (long.size > MAX_REMEMBERED) long.delete(long.keys().next().value!);
    return key;
  }

  return {
    keyboard(choices) {
      const kb = new InlineKeyboard();
      for (const choice of choices) kb.text(choice.label.slice(0, 64), dataFor(choice.value)).row();
      return kb;
    },
    resolve(data, markup) {
      if (data.startsWith('v:')) return data.slice(2);
      const remembered = long.get(data);
      if (remembered !== undefined) return remembered;
      return markup?.inline_keyboard.flat().find((b) => b.callback_data === data)?.text;
    },
  };
}
