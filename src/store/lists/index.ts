/** Lists, their members and lines, undo, group chats' lists, and the deal references a list total needs. */
export { createListRepository, type ListRepository } from './list-repository.js';
export { createItemRepository, type ItemRepository } from './item-repository.js';
export { createChatListRepository, type ChatListRepository } from './chat-list-repository.js';
export { createDealReferenceRepository, type DealReferenceRepository } from './deal-reference-repository.js';
export type { ListItem, ListMemberRecord, ListRole, ListSnapshotRecord, ListSummary, NewListItem, UndoInverse } from './types.js';
