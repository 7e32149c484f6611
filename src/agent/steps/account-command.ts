import { accountCommand as readAccountCommand } from '../account-commands.js';
import type { Step } from '../turn-context.js';

/** "stop alerts", "quiet hours 10pm to 7am", "link": answered before any grocery understanding. */
export const accountCommand: Step = (turn, deps) => {
  const { channel, externalUserId, origin } = turn.input;
  const answer = readAccountCommand(turn.text, deps.users, { userId: turn.userId, channel, externalUserId, inGroup: turn.input.group !== undefined, origin });
  if (!answer) return;
  const { retryLater, ...reply } = answer;
  turn.plan = { kind: 'note', reply };
  if (retryLater) turn.retryLater = true;
};
