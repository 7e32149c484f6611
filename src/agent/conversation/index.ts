import type { ConversationStore as StoredConversations } from '../../store/conversations/index.js';
import type { ConversationState } from './conversation-state.js';

export type { ConversationState, PendingQuestion, ShownProduct, TouchedItem } from './conversation-state.js';
export { MAX_TURNS_KEPT, type MessageDedupe, type StoredTurn } from '../../store/conversations/index.js';

/** Where the agent's conversations live between turns: their state and their turns. */
export type ConversationStore = StoredConversations<ConversationState>;
