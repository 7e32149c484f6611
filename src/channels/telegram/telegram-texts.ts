import type { Choice } from '../../agent/index.js';
import { isAppError } from '../../errors.js';
import type { ChannelName, UserDirectory } from '../../grocery/users/index.js';

/** Slash commands that are plain questions to the agent, with the question each one asks. */
export const COMMAND_TURNS: Readonly<Record<string, string>> = {
  // "/add bread": in a group whose bot keeps privacy mode on, commands are what reaches it.
  add: 'add',
  list: "what's on my list?",
  deals: 'any deals on my list?',
  budget: 'how much is my list?',
  help: 'help',
};

/** The first thing a new Telegram user reads. */
export const WELCOME_TEXT = [
  "Hi! I'm your grocery assistant. Tell me what you need, like \"add 2 gallons of milk and a dozen eggs\", or ask \"is Tide on sale?\".",
  '',
  '/list shows your list, /deals finds deals on it, /budget shows the total and budget, /help shows what I can do.',
  '',
  'Chatting with me in Teams too? Send /link here to get a code, then "link CODE" there, and your lists will be the same everywhere.',
].join('\n');

/**
 * What a group reads when the bot joins it (or someone sends /start there): what the group
 * shares, how to talk to the bot there, and that personal messages stay private.
 */
export const GROUP_WELCOME_TEXT = [
  "Hi everyone! I keep this group's shared grocery list, named after the group: anyone here can add to it and everyone sees the same list.",
  '',
  'Talk to me with a command (/add bread, /list, /deals, /budget), by replying to one of my messages, or by mentioning me. Each of you gets your own answers: your questions, and undo takes back only your own changes.',
  '',
  'Price alerts, link codes and what you told me about yourself stay private: I only send those in a private chat with me.',
].join('\n');

/** Buttons under the welcome, so a new user can try something without typing. */
export const WELCOME_CHOICES: readonly Choice[] = [
  { label: "What's on my list?", value: "what's on my list?" },
  { label: 'Deals on my list', value: 'any deals on my list?' },
  { label: 'How much is my list?', value: 'how much is my list?' },
];

/**
 * The answer (long polling) when the store was too busy to take the message: nothing was
 * applied, and the same message sent again is.
 */
export const BUSY_REPLY = "I'm a bit busy — please send that again in a moment.";

/** The answer to a photo, sticker or voice note. */
export const NOT_TEXT_REPLY = "I can only read text messages for now. Try \"add milk\" or \"what's on my list?\".";

/** The message that hands a user a fresh link code. */
export function linkCodeText(code: string): string {
  return `Your link code is ${code}. Send "link ${code}" to me in Teams (or wherever else you chat with me) within 15 minutes and your lists will be the same everywhere.`;
}

/**
 * Redeems a link code for a channel identity and says what happened in a plain sentence; an
 * unknown or expired code is answered, never thrown. Anything else (a busy store) is thrown,
 * for the channel to answer as it answers any turn that failed.
 */
export function linkRedeemText(users: UserDirectory, channel: ChannelName, externalId: string, code: string): string {
  try {
    users.redeemLinkCode(code, channel, externalId);
    return 'Linked! Your lists are now the same here and in your other chats.';
  } catch (err) {
    if (isAppError(err)) return err.userMessage;
    throw err;
  }
}
