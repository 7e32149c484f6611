import type { WebSocket } from 'ws';

/**
 * Which chat sockets are open for which user, so a list edited in Telegram or a price alert from
 * the notifier reaches every tab the user has open.
 */
export interface SocketHub {
  add(userId: number, socket: WebSocket): void;
  remove(userId: number, socket: WebSocket): void;
  /** Sends `frame` to every open socket of the user; returns how many received it. */
  send(userId: number, frame: object): number;
  /** Whether the user has any socket open. */
  has(userId: number): boolean;
  /** Sockets open right now, over all users. */
  size(): number;
}

/**
 * @example
 * const hub = createSocketHub();
 * hub.add(user.id, socket);
 * hub.send(user.id, { type: 'list_changed', listId: 3 });
 */
export function createSocketHub(): SocketHub {
  const byUser = new Map<number, Set<WebSocket>>();
  let count = 0;
  return {
    add(userId, socket) {
      let set = byUser.get(userId);
      if (!set) byUser.set(userId, (set = new Set()));
      if (!set.has(socket)) count++;
      set.add(socket);
    },
    remove(userId, socket) {
      const set = byUser.get(userId);
      if (!set?.delete(socket)) return;
      count--;
      if (set.size === 0) byUser.delete(userId);
    },
    send(userId, frame) {
      const text = JSON.stringify(frame);
      let sent = 0;
      for (const socket of byUser.get(userId) ?? []) {
        if (socket.readyState !== socket.OPEN) continue;
        socket.send(text);
        sent++;
      }
      return sent;
    },
    has: (userId) => byUser.has(userId),
    size: () => count,
  };
}
