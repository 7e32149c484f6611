import type { ListService } from './list-service.js';
/**
 * Grocery lists: shared lists with merging quantities, undo, aisle-grouped views and share codes.
 */
export { createChatLists, GROUP_LIST_NAME, type ChatLists, type ChatListsDeps, type SharedChat } from './chat-lists.js';
export { createListService, UNDO_DEPTH, type ListService, type ListServiceDeps } from './list-service.js';
export { exportListText, lineQuantityText, OTHER_GROUP, toListSnapshot } from './list-view.js';
export { buildListView, placeOf } from './list-shelves.js';
export { applyListDelta, mergeListDeltas, toListDelta } from './list-delta.js';
export { DEFAULT_LIST_NAME, listNameWords, pickListByName } from './list-name.js';
export { itemKey } from './item-name.js';
export { SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH, SHARE_CODE_SHAPE, SHARE_CODE_TTL_MS, formatShareCode, normaliseShareCode, readShareCode } from './share-code.js';
export { LIST_LIMITS } from './limits.js';
export type { CodeOrigin, ListMember, ShareCode } from './list-sharing.js';
export { joinAll, joinNames, listLabel } from './describe-change.js';
export type {
  AddItemInput,
  ItemOutcome,
  ListChange,
  ListItem,
  ListRole,
  ListSummary,
  ListView,
  ListViewLine,
  ProductLookup,
  RemoveItemInput,
  UpdateItemInput,
} from './types.js';

/** The line of this name on a person's list (the one named, or their default), as its amount; unknown lists hold nothing. */
/**
 * The lines of a person's list in the order they were put on it, for "the first thing", "the last
 * two items". Read only when a message points at a place on the list.
 */
export function linesOf(lists: Pick<ListService, 'defaultList' | 'findList' | 'view'>) {
  return (userId: number, list: string | undefined): { name: string; quantity: number; unit?: string | null }[] => {
    const target = list === undefined ? lists.defaultList(userId) : lists.findList(userId, list);
    if (target === undefined) return [];
    const lines = lists.view(userId, target.id).groups.flatMap((g) => g.lines);
    return lines.sort((a, b) => a.id - b.id).map((l) => ({ name: l.itemName, quantity: l.quantity, unit: l.unit }));
  };
}

export function onListOf(lists: Pick<ListService, 'defaultList' | 'findList' | 'findItem'>) {
  return (userId: number, list: string | undefined, name: string): { quantity: number; unit?: string | null } | undefined => {
    const target = list === undefined ? lists.defaultList(userId) : lists.findList(userId, list);
    const line = target === undefined ? undefined : lists.findItem(userId, target.id, name);
    return line ? { quantity: line.quantity, unit: line.unit } : undefined;
  };
}
