import { isIP } from 'node:net';
import { createRateLimiter } from '../../agent/index.js';
import type { Clock } from '../../grocery/types.js';

/** What one chat socket may do, and how many an address may hold. Every figure is in README.md. */
export interface ConnectionLimitOptions {
  /** The clock timeouts and rates run on: the real one unless a test moves its own. */
  now?: Clock;
  /** Chat sockets one address may have open at once. */
  socketsPerAddress?: number;
  /** New sessions (a `hello` without a valid token, `POST /api/sessions`) per address per hour; a third of them at once. */
  newSessionsPerHour?: number;
  /** A socket that has not said `hello` this long after opening is closed. */
  helloTimeoutMs?: number;
  /** A socket that has sent nothing this long is closed. */
  idleTimeoutMs?: number;
  /** Frames one socket may send per second (three seconds' worth at once); more are refused unread. */
  framesPerSecond?: number;
}

/** `hello`s one socket may send at once, and per minute after that. */
export const SOCKET_HELLO_BURST = 5;
export const SOCKET_HELLOS_PER_MINUTE = 6;

export const DEFAULT_CONNECTION_LIMITS = {
  socketsPerAddress: 20,
  newSessionsPerHour: 60,
  helloTimeoutMs: 10_000,
  idleTimeoutMs: 30 * 60_000,
  framesPerSecond: 20,
} as const;

/** Why a socket was closed by {@link ConnectionLimits.sweep}: the WebSocket close code and reason. */
export const CLOSE_NO_HELLO = { code: 4408, reason: 'no hello' } as const;
export const CLOSE_IDLE = { code: 4408, reason: 'idle' } as const;

/** One open chat socket as the limits see it. */
export interface ChatConnection {
  /** The client address as limits count it ({@link addressKey}). */
  readonly address: string;
  /** A frame arrived: false when the socket is over its frame budget and the frame should be dropped. */
  frame(): boolean;
  /** A `hello` arrived: false when the socket said hello too often. */
  hello(): boolean;
  /** The socket has a session now: the no-hello timeout no longer applies. */
  greeted(): void;
  /** The socket closed: its place is freed. */
  closed(): void;
}

/**
 * Limits per address and per connection for the chat socket: how many sockets an address holds,
 * how many new sessions it starts, how fast a socket may send frames and hellos, and when a
 * silent socket is closed. In memory; the clock is injected, so tests move time themselves.
 */
export interface ConnectionLimits {
  /** Whether `address` may open another socket now. */
  mayOpen(address: string): boolean;
  /**
   * Registers an open socket (undefined when the address is at its limit: close it). `close` is
   * called by {@link sweep} when the socket should go.
   */
  open(address: string, close: (why: { code: number; reason: string }) => void): ChatConnection | undefined;
  /** Takes one new session from the address's allowance; false when it has none left. */
  newSession(address: string): boolean;
  /** Closes sockets that said no `hello` in time or went silent; returns how many. */
  sweep(): number;
}

/**
 * @example
 * const limits = createConnectionLimits({ socketsPerAddress: 20 });
 * const conn = limits.open(addressKey(req.ip), ({ code, reason }) => socket.close(code, reason));
 */
export function createConnectionLimits(opts: ConnectionLimitOptions): ConnectionLimits {
  const o = { ...DEFAULT_CONNECTION_LIMITS, ...definedOnly(opts) };
  const now = opts.now ?? Date.now;
  const perAddress = new Map<string, number>();
  const sessions = createRateLimiter({ capacity: Math.max(1, Math.round(o.newSessionsPerHour / 3)), refillPerSecond: o.newSessionsPerHour / 3600, now });
  const frames = createRateLimiter({ capacity: o.framesPerSecond * 3, refillPerSecond: o.framesPerSecond, now });
  const hellos = createRateLimiter({ capacity: SOCKET_HELLO_BURST, refillPerSecond: SOCKET_HELLOS_PER_MINUTE / 60, now });
  const sockets = new Map<number, { lastFrameAt: number; greeted: boolean; openedAt: number; close: (why: { code: number; reason: string }) => void }>();
  let nextId = 0;

  return {
    mayOpen: (address) => (perAddress.get(address) ?? 0) < o.socketsPerAddress,
    open(address, close) {
      const count = perAddress.get(address) ?? 0;
      if (count >= o.socketsPerAddress) return undefined;
      perAddress.set(address, count + 1);
      const id = nextId++;
      const t = now();
      const state = { lastFrameAt: t, greeted: false, openedAt: t, close };
      sockets.set(id, state);
      let gone = false;
      return {
        address,
        frame() {
          state.lastFrameAt = now();
          return frames.take(id);
        },
        hello: () => hellos.take(id),
        greeted() {
          state.greeted = true;
        },
        closed() {
          if (gone) return;
          gone = true;
          sockets.delete(id);
          frames.forget(id);
          hellos.forget(id);
          const left = (perAddress.get(address) ?? 1) - 1;
          if (left <= 0) perAddress.delete(address);
          else perAddress.set(address, left);
        },
      };
    },
    newSession: (address) => sessions.take(address),
    sweep() {
      const t = now();
      let closed = 0;
      for (const state of [...sockets.values()]) {
        const why = !state.greeted && t - state.openedAt >= o.helloTimeoutMs ? CLOSE_NO_HELLO : t - state.lastFrameAt >= o.idleTimeoutMs ? CLOSE_IDLE : undefined;
        if (!why) continue;
        state.close(why);
        closed++;
      }
      return closed;
    },
  };
}

/**
 * The address limits count by: IPv4 as it is (also when written as IPv6, `::ffff:1.2.3.4`), IPv6
 * by its /64 network, since one home or server holds a whole /64; anything else as given.
 */
export function addressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIP(ip) !== 6) return ip;
  return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, "::" filled in (a zone id dropped). */
function expandIpv6(ip: string): string[] {
  const [head = '', tail] = ip.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => (g.includes('.') ? g : Number.parseInt(g || '0', 16).toString(16)));
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
