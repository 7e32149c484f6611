import type { ListDelta, ListSnapshot } from '../grocery/views.js';
import type { Logger } from '../logger.js';
import { createLocalBus, createRedisEventBus, type FanoutBus } from '../store/fanout/index.js';

export type { EventOrigin } from '../store/fanout/index.js';

/** A price alert as it is pushed to a person's open chats (the web channel's alert shape). */
export interface PushedAlert {
  productId: number;
  name: string;
  priceCents: number;
  previousCents: number;
  targetCents?: number | null;
  text?: string;
  dedupeKey?: string;
}

/** Events that cross channels and instances: a list edited in Telegram redraws on the web page. */
export interface AgentEvents {
  /**
   * A list changed; every channel showing it to a member should refresh it. `list` is the list
   * as the change left it, when the turn that changed it had it to hand (it reads the same for
   * every member), so listeners need not read it again.
   */
  list_changed: { listId: number; byUserId: number; list?: ListSnapshot; change?: ListDelta };
  /**
   * A price alert was kept for a web user (row `inboxId` of their inbox). The instance that kept it
   * pushed it to the sockets it holds; every other instance pushes it to the sockets it holds.
   */
  price_alert: { userId: number; inboxId: number; alert: PushedAlert };
  /**
   * Prices were recorded (a price refresh): every instance drops its cached copies of these
   * products, or of every product with `all` (too many ids to send).
   */
  prices_changed: { productIds: number[]; all?: boolean };
}

/**
 * The event bus, created once in main.ts and handed to whoever needs it: in process, or shared
 * by every instance over Redis pub/sub (`REDIS_URL`). Listeners get `(payload, origin)`, origin
 * `local` for events raised on this instance and `peer` for those heard from another.
 */
export type EventBus = FanoutBus<AgentEvents>;

/**
 * An event's smaller form when it is over the fan-out's size limit: a list change without the
 * list (each instance reads it from the shared store), a price change as "every product"; alerts
 * have none.
 */
function shrinkAgentEvent<K extends keyof AgentEvents>(event: K, payload: AgentEvents[K]): AgentEvents[K] | undefined {
  if (event === 'prices_changed') return { productIds: [], all: true } as AgentEvents['prices_changed'] as AgentEvents[K];
  if (event !== 'list_changed') return undefined;
  const { listId, byUserId } = payload as AgentEvents['list_changed'];
  return { listId, byUserId } as AgentEvents[K];
}

/**
 * @example
 * const events = createEventBus();                               // one instance
 * const fleet = createEventBus({ redisUrl: config.redisUrl, logger }); // several, over Redis
 * const off = events.on('list_changed', ({ listId }) => redraw(listId));
 */
export function createEventBus(opts: { redisUrl?: string; channel?: string; logger?: Logger } = {}): EventBus {
  if (!opts.redisUrl) return createLocalBus<AgentEvents>();
  return createRedisEventBus<AgentEvents>({ url: opts.redisUrl, channel: opts.channel, logger: opts.logger, shrink: shrinkAgentEvent });
}
