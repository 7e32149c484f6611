import type { Chat, Message } from 'grammy/types';

/** True for a chat several people share: a group or a supergroup. */
export function isGroupChat(chat: Pick<Chat, 'type'> | undefined): boolean {
  return chat?.type === 'group' || chat?.type === 'supergroup';
}

/** The group's name, which its shared list is named after. */
export function groupTitle(chat: Chat | undefined): string | undefined {
  return chat && 'title' in chat && typeof chat.title === 'string' ? chat.title : undefined;
}

/**
 * A group message's text as said to the bot, and whether it was said to the bot at all: it
 * mentions `@username` (the mention is taken out: "@grocery_bot add bread" is "add bread") or
 * replies to one of the bot's messages. In a private chat every message is said to the bot.
 *
 * @example
 * addressedText({ text: '@grocery_bot add bread', ... }, { id: 42, username: 'grocery_bot' }) // { text: 'add bread', addressed: true }
 */
export function addressedText(message: Pick<Message, 'text' | 'reply_to_message'>, bot: { id: number; username: string }): { text: string; addressed: boolean } {
  const raw = message.text ?? '';
  const mention = new RegExp(`@${bot.username.replace(/[^\w]/g, '')}\\b`, 'gi');
  const mentioned = raw.match(mention) !== null;
  const text = mentioned ? raw.replace(mention, ' ').replace(/[^\S\n]+/g, ' ').trim() : raw;
  const repliedToBot = message.reply_to_message?.from?.id === bot.id;
  return { text, addressed: repliedToBot || mentioned };
}
