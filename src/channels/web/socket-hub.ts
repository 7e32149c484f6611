import type { WebSocket } from 'ws';
import { encodeFrame } from './encode-frame.js';

/**
 * Which chat sockets are open for which session and person, so a list edited in Telegram or a
 * price alert from the notifier reaches every tab the person has open. A session has no person
 * until its first message; its sockets wait in the hub and are claimed by the person then, in
 * whichever tab the message came from.
 */
export interface SocketHub {
  /** Registers a socket of `session`; it gets the pushes of `userId` when the session has a person. Moves it if it was registered before. */
  add(socket: WebSocket, session: string, userId?: number): void;
  /**
   * The session speaks for `userId` now (its first message made its person, or it was linked to
   * another account): every socket of the session gets that person's pushes, and no longer those
   * of whoever it spoke for before.
   */
  claim(session: string, userId: number): void;
  remove(socket: WebSocket): void;
  /** Sends `frame` to every open socket of the user; returns how many received it. */
  send(userId: number, frame: object): number;
  /** Whether the user has any socket open. */
  has(userId: number): boolean;
  /** Sockets open right now, over all users and sessions. */
  size(): number;
}

/**
 * @example
 * const hub = createSocketHub();
 * hub.add(socket, sessionId);          // a new visitor: no person yet
 * hub.claim(sessionId, reply.userId);  // their first message made one
 * hub.send(reply.userId, { type: 'list_changed', listId: 3 });
 */
export function createSocketHub(): SocketHub {
  const byUser = new Map<number, Set<WebSocket>>();
  const waiting = new Map<string, Set<WebSocket>>();
  const bySession = new Map<string, Set<WebSocket>>();
  const where = new Map<WebSocket, { session: string; userId?: number }>();

  const put = <K>(map: Map<K, Set<WebSocket>>, key: K, socket: WebSocket) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(socket);
  };
  const take = <K>(map: Map<K, Set<WebSocket>>, key: K, socket: WebSocket) => {
    const set = map.get(key);
    if (!set?.delete(socket)) return;
    if (set.size === 0) map.delete(key);
  };
  const remove = (socket: WebSocket) => {
    const at = where.get(socket);
    if (!at) return;
    where.delete(socket);
    take(bySession, at.session, socket);
    if (at.userId === undefined) take(waiting, at.session, socket);
    else take(byUser, at.userId, socket);
  };

  return {
    add(socket, session, userId) {
      remove(socket);
      where.set(socket, { session, userId });
      put(bySession, session, socket);
      if (userId === undefined) put(waiting, session, socket);
      else put(byUser, userId, socket);
    },
    claim(session, userId) {
      for (const socket of [...(bySession.get(session) ?? [])]) {
        const before = where.get(socket)!.userId;
        if (before === userId) continue;
        if (before === undefined) take(waiting, session, socket);
        else take(byUser, before, socket);
        where.set(socket, { session, userId });
        put(byUser, userId, socket);
      }
    },
    remove,
    send(userId, frame) {
      const data = encodeFrame(frame);
      let sent = 0;
      for (const socket of byUser.get(userId) ?? []) {
        if (socket.readyState !== socket.OPEN) continue;
        socket.send(data, { binary: false });
        sent++;
      }
      return sent;
    },
    has: (userId) => byUser.has(userId),
    size: () => where.size,
  };
}
