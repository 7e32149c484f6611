import { InlineKeyboard } from 'grammy';
import type { Choice } from '../../agent/index.js';

/** Telegram's limit on a button's callback_data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** A button's label as Telegram shows it: at most 64 characters. */
const LABEL_MAX = 64;

/**
 * An inline keyboard for reply choices, one button per row so long product names stay readable
 * on a phone. A choice's value rides in callback_data as `v:<value>`: the agent stores what a
 * button means and gives it a short value that names its question and option (`q:<id>:<n>`), so
 * nothing about a button lives in this process and a restart forgets nothing. A value that still
 * does not fit (none the agent makes) is sent as its label, as if the person had typed it.
 *
 * @example
 * await ctx.reply('Which one?', { reply_markup: choiceKeyboard(reply.choices) });
 */
export function choiceKeyboard(choices: readonly Choice[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  for (const choice of choices) {
    const data = `v:${choice.value}`;
    kb.text(choice.label.slice(0, LABEL_MAX), Buffer.byteLength(data, 'utf8') <= CALLBACK_DATA_MAX_BYTES ? data : 'l:').row();
  }
  return kb;
}

/**
 * The text a pressed button sends as the person's turn: its value, or for a value that did not
 * fit (and for buttons of older versions, whose long values were kept in memory) the button's
 * own label. Undefined when the press names no button of the message.
 */
export function pressedValue(data: string, markup?: { inline_keyboard: { text: string; callback_data?: string }[][] }): string | undefined {
  if (data.startsWith('v:')) return data.slice(2);
  return markup?.inline_keyboard.flat().find((b) => b.callback_data === data)?.text;
}
