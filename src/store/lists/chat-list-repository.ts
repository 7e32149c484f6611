import type { SqlConnection } from '../sql.js';

/** Which list is a group chat's own (`chat_lists`, migration 009). */
export interface ChatListRepository {
  /** The list the chat was given, if any (the list itself may have been deleted since). */
  listIdOf(channel: string, chatKey: string): number | undefined;
  /** Makes `listId` the chat's list, in place of any it had. */
  remember(channel: string, chatKey: string, listId: number, now: number): void;
}

/**
 * The chat list repository over a connection.
 *
 * @example
 * const chats = createChatListRepository(sqliteConnection(db));
 * chats.remember('telegram', '-1001', listId, Date.now());
 */
export function createChatListRepository(conn: SqlConnection): ChatListRepository {
  const find = conn.statement<{ list_id: number }>('SELECT list_id FROM chat_lists WHERE channel = ? AND chat_key = ?');
  const remember = conn.statement(
    `INSERT INTO chat_lists (channel, chat_key, list_id, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (channel, chat_key) DO UPDATE SET list_id = excluded.list_id, created_at = excluded.created_at`,
  );
  return {
    listIdOf: (channel, chatKey) => find.get(channel, chatKey)?.list_id,
    remember: (channel, chatKey, listId, now) => void remember.run(channel, chatKey, listId, now),
  };
}
