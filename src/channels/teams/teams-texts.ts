import { ASK_PRIVATELY_TEXT } from '../../agent/index.js';
import { isAppError } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';

/** What a person reads when they add the app in Teams. */
export const TEAMS_WELCOME_TEXT =
  "Hi! I'm your grocery assistant. Tell me what you need, like \"add 2 gallons of milk and a dozen eggs\", or ask \"what's on my list?\". " +
  'Using Telegram too? Send "link" here to get a code, then "/link CODE" there, and your lists will be the same everywhere.';

/**
 * What a team or group chat reads when the bot is added: what the group shares, how to talk to
 * the bot there, and that personal messages stay in a personal chat.
 */
export const TEAMS_GROUP_WELCOME_TEXT =
  "Hi everyone! I keep this chat's shared grocery list, named after the chat: mention me (\"@Grocery add bread\", \"@Grocery what's on the list?\") and everyone here edits the same list. " +
  'Each of you gets your own answers, and undo takes back only your own changes. Price alerts, link codes and what you told me about yourself stay private: I only send those in a personal chat with me.';

/**
 * The answer when the store was too busy to take the message: nothing was applied, and the
 * same message sent again is.
 */
export const TEAMS_BUSY_TEXT = "I'm a bit busy — please send that again in a moment.";

/** "link" or "link CODE" ("ABCDE-FGH23", any case, dashes or spaces optional), with an optional leading slash. */
const LINK_COMMAND = /^\/?link(?:\s+([A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,20}))?$/i;

/**
 * Answers the identity-linking command, or returns undefined when `text` is not one. "link"
 * alone hands out a code; "link CODE" makes this Teams identity the code's user. In a group chat
 * neither is done: the person is asked to say it in a personal chat.
 */
export function linkCommandReply(users: UserDirectory, externalId: string, text: string, displayName?: string, inGroup = false): string | undefined {
  const match = LINK_COMMAND.exec(text.trim());
  if (!match) return undefined;
  // A code shown in a group could be redeemed by anyone there: codes only in a personal chat.
  if (inGroup) return ASK_PRIVATELY_TEXT;
  if (!match[1]) {
    const user = users.resolve('teams', externalId, displayName);
    const code = users.createLinkCode(user.id);
    return `Your link code is ${code}. In Telegram send "/link ${code}" (or "link ${code}" wherever else you chat with me) within 15 minutes, and your lists will be the same everywhere.`;
  }
  try {
    users.redeemLinkCode(match[1], 'teams', externalId);
    return 'Linked! Your lists are now the same here and in your other chats.';
  } catch (err) {
    // A wrong or expired code is answered; anything else (a busy store) fails the turn.
    if (isAppError(err)) return err.userMessage;
    throw err;
  }
}
