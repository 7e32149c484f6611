import { isAppError } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';

/** What a person reads when they add the app in Teams. */
export const TEAMS_WELCOME_TEXT =
  "Hi! I'm your grocery assistant. Tell me what you need, like \"add 2 gallons of milk and a dozen eggs\", or ask \"what's on my list?\". " +
  'Using Telegram too? Send "link" here to get a code, then "/link CODE" there, and your lists will be the same everywhere.';

/**
 * The answer when the store was too busy to take the message: nothing was applied, and the
 * same message sent again is.
 */
export const TEAMS_BUSY_TEXT = "I'm a bit busy — please send that again in a moment.";

/** "link" or "link CODE" ("ABCDE-FGH23", any case, dashes or spaces optional), with an optional leading slash. */
const LINK_COMMAND = /^\/?link(?:\s+([A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){5,20}))?$/i;

/**
 * Answers the identity-linking command, or returns undefined when `text` is not one. "link"
 * alone hands out a code; "link CODE" makes this Teams identity the code's user.
 */
export function linkCommandReply(users: UserDirectory, externalId: string, text: string, displayName?: string): string | undefined {
  const match = LINK_COMMAND.exec(text.trim());
  if (!match) return undefined;
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
