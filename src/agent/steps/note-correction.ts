import { soundsLikeCorrection } from '../misunderstood.js';
import type { Step } from '../turn-context.js';

/**
 * "undo" or "no, I meant 3" right after a change: the change was not what was meant, and the
 * message that asked for it is noted for `grocery-agent review`. Settles nothing.
 */
export const noteCorrection: Step = (turn, deps) => {
  const state = turn.state!;
  if (!deps.misunderstood || state.pending || !state.lastItems?.length) return;
  const undo = turn.understood!.act === 'undo';
  if (!undo && !soundsLikeCorrection(turn.text)) return;
  const before = deps.conversations.history(turn.conversationId, 4).filter((t) => t.role === 'user').at(-1)?.text;
  if (before) deps.misunderstood.record({ channel: turn.input.channel, kind: undo ? 'undone' : 'corrected', text: before, followedBy: turn.text });
};
