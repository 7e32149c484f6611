import type { ConversationState } from '../conversation/index.js';
import type { Step, TurnDeps } from '../turn-context.js';

/** The conversation as it stands (a question past its time is no longer open), and who the tools act for. */
export const loadConversation: Step = (turn, deps) => {
  turn.state = loadState(deps, turn.conversationId);
  turn.tool = { userId: turn.userId, conversationId: turn.conversationId, channel: turn.input.channel, now: deps.now() };
};

/** A conversation's saved state, without a question that has expired. */
export function loadState(deps: Pick<TurnDeps, 'conversations' | 'now'>, conversationId: string): ConversationState {
  const state = deps.conversations.load(conversationId);
  if (state.pending && state.pending.expiresAt < deps.now()) return { ...state, pending: undefined };
  return state;
}
