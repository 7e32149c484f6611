import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../../logger.js';

/** What one process tells the others when products change, so they drop their in-process copies. */
export interface InvalidationMessage {
  /** The sender; a process ignores its own messages. */
  from: string;
  /** Changed products; absent with `all`. */
  ids?: number[];
  /** Everything may have changed (an import on another handle). */
  all?: boolean;
}

/** Options for {@link createRedisLevel}. */
export interface RedisLevelOptions {
  /** `REDIS_URL`. Never logged: it may hold a password. */
  url: string;
  /** Every key and the invalidation channel start with this. */
  prefix: string;
  logger?: Logger;
  /** A command slower than this counts as Redis being unavailable. Default 250 ms. */
  commandTimeoutMs?: number;
  /** Another process changed products. */
  onPeerInvalidation(msg: InvalidationMessage): void;
  /**
   * Redis came (back) up. Invalidations may have been missed while it was away, so the caller
   * drops what it holds in process; this level has already purged its own keys.
   */
  onReconnect(): void;
}

/** The shared second cache level. Every call degrades to "not cached" while Redis is away. */
export interface RedisLevel {
  /** True while the connection is ready. */
  available(): boolean;
  /** Values for `keys` (null where absent), or null when Redis could not answer. */
  getMany(keys: readonly string[]): Promise<(string | null)[] | null>;
  /** Stores values for `ttlMs`, in the background. */
  setMany(entries: readonly (readonly [string, string])[], ttlMs: number): void;
  /** Deletes keys, in the background. */
  delete(keys: readonly string[]): void;
  /** Deletes every key under the prefix (after an outage or an import elsewhere). */
  purge(): Promise<void>;
  /** Tells the other processes what changed. */
  broadcast(msg: Omit<InvalidationMessage, 'from'>): void;
  close(): Promise<void>;
}

/**
 * Connects to Redis (in the background: nothing waits for it, not even loading ioredis, which a
 * server without REDIS_URL never loads) with the offline queue off, so a Redis that is down
 * makes commands fail at once instead of piling up, and keeps reconnecting. The first failure
 * of an outage is logged once, and its end once.
 *
 * @example
 * const level = createRedisLevel({ url: 'redis://localhost:6379', prefix: 'ga:cache:', onPeerInvalidation, onReconnect });
 */
export function createRedisLevel(opts: RedisLevelOptions): RedisLevel {
  const self = randomUUID();
  const channel = `${opts.prefix}invalidate`;
  const log = opts.logger;
  const common = {
    connectTimeout: 1000,
    commandTimeout: opts.commandTimeoutMs ?? 250,
    maxRetriesPerRequest: 1,
    // Keep trying, at most every 2 s, so a restarted Redis is picked up quickly.
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 2000),
  };
  // Both set once ioredis has loaded; every command below runs only once `state` is 'up', which needs them.
  let client: Redis | undefined;
  let subscriber: Redis | undefined;
  let state: 'connecting' | 'up' | 'down' = 'connecting';
  let closed = false;

  const wentAway = (err?: unknown) => {
    if (closed || state === 'down') return;
    state = 'down';
    log?.warn({ err: err instanceof Error ? { message: err.message, code: (err as { code?: string }).code } : undefined }, 'redis cache unavailable: serving from memory and SQLite');
  };
  const onReady = () => {
    // Invalidations sent while we could not hear them (or before we started) are lost: start
    // clean, and only then read and write, so nothing written meanwhile is purged.
    purge().then(
      () => {
        if (closed) return;
        if (state === 'down') log?.info('redis cache back');
        state = 'up';
        opts.onReconnect();
      },
      (err: unknown) => {
        wentAway(err);
        // Connected but too slow to answer: no new 'ready' will come, so try again.
        if (!closed && client!.status === 'ready') setTimeout(onReady, 1000).unref();
      },
    );
  };
  const connected = import('ioredis').then(
    ({ Redis }) => {
      if (closed) return;
      client = new Redis(opts.url, { ...common, enableOfflineQueue: false });
      // The subscriber queues its SUBSCRIBE until connected and re-subscribes after reconnects.
      subscriber = new Redis(opts.url, { ...common, commandTimeout: undefined, maxRetriesPerRequest: null });
      client.on('error', wentAway);
      client.on('close', () => wentAway());
      client.on('ready', onReady);
      subscriber.on('error', () => {
        /* the command connection reports outages; this one only reconnects */
      });
      subscriber.subscribe(channel).catch(() => {});
      subscriber.on('message', (_channel: string, raw: string) => {
        try {
          const msg = JSON.parse(raw) as InvalidationMessage;
          if (msg.from !== self) opts.onPeerInvalidation(msg);
        } catch {
          /* not ours */
        }
      });
    },
    (err: unknown) => wentAway(err),
  );

  const background = (p: Promise<unknown>) => {
    p.catch((err: unknown) => wentAway(err));
  };

  async function purge(): Promise<void> {
    const redis = client!;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${opts.prefix}*`, 'COUNT', 500);
      cursor = next;
      const stored = keys.filter((k) => k !== channel);
      if (stored.length) await redis.unlink(...stored);
    } while (cursor !== '0');
  }

  return {
    available: () => state === 'up' && client?.status === 'ready',
    async getMany(keys) {
      if (keys.length === 0) return [];
      if (state !== 'up') return null;
      try {
        return await client!.mget(...keys);
      } catch (err) {
        wentAway(err);
        return null;
      }
    },
    setMany(entries, ttlMs) {
      if (state !== 'up' || entries.length === 0) return;
      const batch = client!.pipeline();
      for (const [key, value] of entries) batch.set(key, value, 'PX', Math.max(1, Math.round(ttlMs)));
      background(batch.exec());
    },
    delete(keys) {
      if (state !== 'up' || keys.length === 0) return;
      background(client!.unlink(...keys));
    },
    purge: () => (state === 'up' ? purge() : Promise.resolve()),
    broadcast(msg) {
      if (state !== 'up') return;
      background(client!.publish(channel, JSON.stringify({ ...msg, from: self })));
    },
    async close() {
      closed = true;
      await connected;
      subscriber?.disconnect();
      if (client?.status === 'ready') await client.quit().catch(() => client?.disconnect());
      else client?.disconnect();
    },
  };
}
