import { accountCommand as readAccountCommand } from '../account-commands.js';
import type { Step } from '../turn-context.js';

/** "stop alerts", "quiet hours 10pm to 7am", "link": answered before any grocery understanding. */
export const accountCommand: Step = (turn, deps) => {
  const { channel, externalUserId } = turn.input;
  const reply = readAccountCommand(turn.text, deps.users, { userId: turn.userId, channel, externalUserId, inGroup: turn.input.group !== undefined });
  if (reply) turn.plan = { kind: 'note', reply };
};
