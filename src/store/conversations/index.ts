export { createConversationStore, MAX_TURNS_KEPT, type ConversationStore, type StoredTurn } from './conversation-store.js';
export { createMessageDedupe, type MessageDedupe } from './message-dedupe.js';
