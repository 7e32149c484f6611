import type { ConversationState } from '../conversation/index.js';
import type { Step, TurnContext, TurnDeps } from '../turn-context.js';

/** The conversation as it stands (a question past its time is no longer open), and who the tools act for. */
export const loadConversation: Step = (turn, deps) => {
  turn.state = withChatList(loadState(deps, turn.conversationId), turn, deps);
  const inGroup = turn.input.group !== undefined;
  const origin = turn.input.origin;
  turn.tool = { userId: turn.userId, conversationId: turn.conversationId, channel: turn.input.channel, now: deps.now(), ...(inGroup ? { inGroup } : {}), ...(origin ? { origin } : {}) };
};

/**
 * In a group chat, "the list" is the chat's own list until the speaker picks another: the chat's
 * list is created or joined here, inside the turn's transaction.
 */
function withChatList(state: ConversationState, turn: TurnContext, deps: Pick<TurnDeps, 'chatLists'>): ConversationState {
  const group = turn.input.group;
  if (!group || !deps.chatLists || state.activeList) return state;
  const list = deps.chatLists.listFor(turn.userId, { channel: turn.input.channel, chatKey: turn.input.conversationKey, title: group.title });
  return { ...state, activeList: `#${list.id}` };
}

/** A conversation's saved state, without a question that has expired. */
export function loadState(deps: Pick<TurnDeps, 'conversations' | 'now'>, conversationId: string): ConversationState {
  const state = deps.conversations.load(conversationId);
  if (state.pending && state.pending.expiresAt < deps.now()) return { ...state, pending: undefined };
  return state;
}
