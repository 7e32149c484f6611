import { AppError } from '../../errors.js';
import type { ChatListRepository, ListRepository } from '../../store/lists/index.js';
import type { Transactor } from '../../store/sql.js';
import type { Clock } from '../types.js';
import { cleanListName } from './list-name.js';
import type { ListSummary } from './types.js';

/** A chat several people share, as a channel names it. */
export interface SharedChat {
  /** The channel it is on ('telegram', 'teams'). */
  channel: string;
  /** The channel's id for the chat (a Telegram group's chat id, a Teams conversation id). */
  chatKey: string;
  /** The chat's title, which the chat's list is named after. */
  title?: string;
}

/** What a list is called when its chat has no usable title. */
export const GROUP_LIST_NAME = 'Group list';

/**
 * Each group chat's own list: the list that "the list" means there, which everyone who speaks
 * in the chat edits. The first person to speak creates it (and owns it); everyone after joins it
 * as an editor the first time they speak there.
 */
export interface ChatLists {
  /**
   * The chat's list as `userId` sees it, created (named after the chat) on the first message and
   * joined on each person's first message. A list deleted by its owner is replaced by a new one.
   */
  listFor(userId: number, chat: SharedChat): ListSummary;
}

/** What {@link createChatLists} needs. */
export interface ChatListsDeps {
  lists: ListRepository;
  chats: ChatListRepository;
  /** The list, its owner's membership and the chat's row are written together. */
  transactor: Transactor;
  now: Clock;
}

/**
 * The chat lists over the list and chat list repositories. Call inside the turn's transaction.
 *
 * @example
 * const chats = createChatLists({ lists: listRepository, chats: chatListRepository, transactor, now: Date.now });
 * const list = chats.listFor(userId, { channel: 'telegram', chatKey: '-1001', title: 'Flat 3B' });
 */
export function createChatLists(deps: ChatListsDeps): ChatLists {
  const { lists: store, chats, transactor, now } = deps;

  /** A new list named after the chat; "Flat 3B (2)" when the owner already has a "Flat 3B". */
  function create(userId: number, chat: SharedChat): number {
    const base = (chat.title && cleanListName(chat.title.slice(0, 60))) || GROUP_LIST_NAME;
    const taken = new Set(store.summariesFor(userId).filter((l) => l.role === 'owner').map((l) => l.name.toLowerCase()));
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    const id = store.create(userId, name, now());
    // Every name that could clash is stepped over above; this is for a list made meanwhile by another instance.
    if (id === undefined) throw new AppError('LIST_EXISTS', { detail: `user ${userId} chat list "${name}"` });
    chats.remember(chat.channel, chat.chatKey, id, now());
    return id;
  }

  const listFor = (userId: number, chat: SharedChat): ListSummary => {
    const known = chats.listIdOf(chat.channel, chat.chatKey);
    const listId = known !== undefined && store.exists(known) ? known : create(userId, chat);
    const mine = store.summary(userId, listId);
    if (mine) return mine;
    store.addMember(listId, userId, 'editor', now());
    return store.summary(userId, listId)!;
  };

  return { listFor: (userId, chat) => transactor.atomically(() => listFor(userId, chat)) };
}
