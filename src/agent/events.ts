import { EventEmitter } from 'node:events';
import type { ListDelta, ListSnapshot } from '../grocery/views.js';

/** Events that cross channels: a list edited in Telegram redraws on the web page. */
export interface AgentEvents {
  /**
   * A list changed; every channel showing it to a member should refresh it. `list` is the list
   * as the change left it, when the turn that changed it had it to hand (it reads the same for
   * every member), so listeners need not read it again.
   */
  list_changed: { listId: number; byUserId: number; list?: ListSnapshot; change?: ListDelta };
}

/** A typed, in-process event bus, created once in main.ts and handed to whoever needs it. */
export interface EventBus {
  emit<K extends keyof AgentEvents>(event: K, payload: AgentEvents[K]): void;
  on<K extends keyof AgentEvents>(event: K, listener: (payload: AgentEvents[K]) => void): () => void;
}

/**
 * @example
 * const events = createEventBus();
 * const off = events.on('list_changed', ({ listId }) => redraw(listId));
 */
export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    emit(event, payload) {
      emitter.emit(event, payload);
    },
    on(event, listener) {
      emitter.on(event, listener);
      return () => emitter.off(event, listener);
    },
  };
}
