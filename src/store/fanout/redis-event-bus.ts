import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';
import { createLocalBus, type FanoutBus, type FanoutStats } from './event-bus.js';

/**
 * The largest event sent to the other instances, in bytes of JSON (64 KiB). A bigger event is
 * sent in its smaller form when it has one (a list change without the list: receivers read it
 * from the shared store), and otherwise stays on the instance that raised it.
 */
export const MAX_EVENT_BYTES = 64 * 1024;

/** Options for {@link createRedisEventBus}. */
export interface RedisEventBusOptions<E> {
  /** `REDIS_URL`. Never logged: it may hold a password. */
  url: string;
  /** The pub/sub channel every instance of one deployment shares. Default `grocery-agent:events`. */
  channel?: string;
  logger?: Logger;
  /** Default {@link MAX_EVENT_BYTES}. */
  maxBytes?: number;
  /** The smaller form of an event that is over `maxBytes`, or undefined when it has none. */
  shrink?: <K extends keyof E & string>(event: K, payload: E[K]) => E[K] | undefined;
  /**
   * A publish unanswered for this long counts as Redis being unavailable. Nothing waits for a
   * publish, so this is generous: a busy Redis or event loop must not turn events local. Default 2 s.
   */
  commandTimeoutMs?: number;
}

/** What goes over the channel. */
interface Envelope {
  /** The instance that raised the event; it never delivers its own event a second time. */
  from: string;
  event: string;
  payload: unknown;
}

/**
 * An event bus shared by every instance on one Redis (pub/sub). `emit` delivers to this
 * instance's listeners at once (origin `local`) and publishes; each other instance hears it and
 * delivers to its own listeners (origin `peer`), so every instance serves its own sockets.
 *
 * Redis being away never fails an emit: the event reaches this instance's listeners only, one
 * log line says so when the outage starts and one when it ends. Events raised meanwhile are not
 * replayed (they are live pushes; a page that reconnects reads the current state).
 *
 * @example
 * const bus = createRedisEventBus<AgentEvents>({ url: 'redis://127.0.0.1:6379', logger });
 * bus.on('list_changed', (e, origin) => redraw(e.listId));
 * bus.emit('list_changed', { listId: 3, byUserId: 1 }); // here at once, and on every other instance
 */
export function createRedisEventBus<E>(opts: RedisEventBusOptions<E>): FanoutBus<E> {
  const self = randomUUID();
  const channel = opts.channel ?? 'grocery-agent:events';
  const maxBytes = opts.maxBytes ?? MAX_EVENT_BYTES;
  const log = opts.logger?.child({ part: 'event-bus' });
  const local = createLocalBus<E>();
  const stats: FanoutStats = { published: 0, received: 0, localOnly: 0, shrunk: 0, tooBig: 0 };
  const common = {
    connectTimeout: 1000,
    // Keep trying, at most every 2 s, so a restarted Redis is picked up quickly.
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 2000),
  };
  let publisher: Redis | undefined;
  let subscriber: Redis | undefined;
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  let subscribed = false;
  let closed = false;
  let connectedNow: () => void = () => {};
  const connected = new Promise<void>((resolve) => (connectedNow = resolve));
  const settle = () => {
    if (state === 'up' && subscribed) connectedNow();
  };

  const wentAway = (err?: unknown) => {
    if (closed || state === 'down') return;
    state = 'down';
    log?.warn(
      { err: err instanceof Error ? { message: err.message, code: (err as { code?: string }).code } : undefined },
      'live events: Redis unavailable, events reach this instance only',
    );
  };
  const loaded = import('ioredis').then(
    ({ Redis }) => {
      if (closed) return;
      // No offline queue: while Redis is away a publish fails at once instead of piling up.
      publisher = new Redis(opts.url, { ...common, enableOfflineQueue: false, commandTimeout: opts.commandTimeoutMs ?? 2000, maxRetriesPerRequest: 1 });
      publisher.on('error', wentAway);
      publisher.on('close', () => wentAway());
      publisher.on('ready', () => {
        if (state === 'down') log?.info('live events: Redis back, events reach every instance again');
        state = 'up';
        settle();
      });
      // The subscriber queues its SUBSCRIBE until connected and subscribes again after each reconnect.
      subscriber = new Redis(opts.url, { ...common, maxRetriesPerRequest: null });
      subscriber.on('error', () => {
        /* the publisher reports outages; this connection only reconnects */
      });
      subscriber.subscribe(channel).then(
        () => {
          subscribed = true;
          settle();
        },
        () => {},
      );
      subscriber.on('message', (_channel: string, raw: string) => {
        if (raw.length > maxBytes * 2) return;
        let msg: Envelope;
        try {
          msg = JSON.parse(raw) as Envelope;
        } catch {
          return;
        }
        if (msg.from === self || typeof msg.event !== 'string') return;
        stats.received++;
        try {
          local.deliver(msg.event as keyof E & string, msg.payload as E[keyof E & string], 'peer');
        } catch (err) {
          log?.error({ err, event: msg.event }, 'live events: a listener failed on an event from another instance');
        }
      });
    },
    (err: unknown) => wentAway(err),
  );

  /** The envelope as sent, within the limit; undefined when the event cannot cross. */
  function encode<K extends keyof E & string>(event: K, payload: E[K]): string | undefined {
    const text = JSON.stringify({ from: self, event, payload } satisfies Envelope);
    if (Buffer.byteLength(text) <= maxBytes) return text;
    const smaller = opts.shrink?.(event, payload);
    const shrunk = smaller === undefined ? undefined : JSON.stringify({ from: self, event, payload: smaller } satisfies Envelope);
    if (shrunk !== undefined && Buffer.byteLength(shrunk) <= maxBytes) {
      stats.shrunk++;
      return shrunk;
    }
    stats.tooBig++;
    log?.warn({ event, bytes: Buffer.byteLength(text), maxBytes }, 'live events: event over the size limit stays on this instance');
    return undefined;
  }

  return {
    kind: 'redis',
    emit(event, payload) {
      local.emit(event, payload);
      if (state !== 'up' || !publisher) {
        stats.localOnly++;
        return;
      }
      const text = encode(event, payload);
      if (text === undefined) return;
      stats.published++;
      publisher.publish(channel, text).catch((err: unknown) => {
        stats.published--;
        stats.localOnly++;
        wentAway(err);
      });
    },
    on: (event, listener) => local.on(event, listener),
    whenConnected: () => connected,
    stats: () => ({ ...stats }),
    async close() {
      closed = true;
      await loaded;
      subscriber?.disconnect();
      if (publisher?.status === 'ready') await publisher.quit().catch(() => publisher?.disconnect());
      else publisher?.disconnect();
    },
  };
}
