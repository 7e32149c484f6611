import http from 'node:http';
import net from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import WebSocket from 'ws';
import { createSessionTokens, type WebChannel } from '../../src/channels/web/index.js';
import type { ConnectionLimitOptions } from '../../src/channels/web/connection-limits.js';
import { createCore, createCoreWebChannel, type Core } from '../../src/main.js';
import { chatClient, type ChatClient } from '../channels/web/ws-client.js';
import { createSeededTempDb, createTempDb } from '../helpers/temp-db.js';

/** The fixed start of the business clock (prices, code lockouts, share-code expiry). */
export const NOW = Date.UTC(2026, 10, 1, 12);

/** A chat socket from a loopback address, with how it was closed once it is. */
export interface AttackClient extends ChatClient {
  ws: WebSocket;
  closed: Promise<{ code: number; reason: string }>;
}

/** One structured log line the server wrote. */
export type LogLine = Record<string, unknown> & { level: number; msg: string };

/**
 * The assembled web channel over the real core on a real port on 127.0.0.1, for attacks that
 * need real connections: each client picks its own loopback address (127.0.0.2, 127.0.0.3, ...),
 * so per-address limits see many attackers or one. Two clocks the test moves itself: `clock` for
 * the domain (code lockouts, share-code expiry, turn rate) and `socketClock` for the connection
 * limits (timeouts, frame and hello rates). Log lines are kept in `logs`.
 */
export interface AttackHarness {
  core: Core;
  web: WebChannel;
  port: number;
  clock: { t: number };
  socketClock: { t: number };
  logs: LogLine[];
  tokens: ReturnType<typeof createSessionTokens>;
  connect(from?: string): Promise<AttackClient>;
  /** Opens a socket and expects the upgrade to be refused; resolves with the HTTP answer. */
  refusedUpgrade(from?: string): Promise<{ status: number; body: string }>;
  request(opts: { method?: string; path: string; from?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; body: string; json(): any }>;
  /** Writes `raw` bytes to the server over TCP and resolves with everything it answered. */
  raw(bytes: string, from?: string): Promise<string>;
  /** Rows in `users`: every person the database holds. */
  people(): number;
  close(): Promise<void>;
}

export async function createAttackHarness(opts: {
  demoStore?: boolean;
  limits?: Omit<ConnectionLimitOptions, 'now'>;
  turnLimit?: { capacity: number; perSecond: number };
  rateLimitPerMinute?: number;
  metricsToken?: string;
} = {}): Promise<AttackHarness> {
  const { db, cleanup } = opts.demoStore ? createSeededTempDb(NOW) : createTempDb();
  const clock = { t: NOW };
  const socketClock = { t: 0 };
  const logs: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line));
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const core = createCore({ db, logger, now: () => clock.t, demoStore: opts.demoStore, turnLimit: opts.turnLimit ?? { capacity: 1000, perSecond: 1000 } });
  const tokens = createSessionTokens('attack-secret');
  const web = await createCoreWebChannel(core, {
    tokens,
    demoStore: Boolean(opts.demoStore),
    now: () => clock.t,
    rateLimitPerMinute: opts.rateLimitPerMinute,
    metricsToken: opts.metricsToken,
    connectionLimits: { ...opts.limits, now: () => socketClock.t },
  });
  await web.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (web.app.server.address() as { port: number }).port;
  const open: WebSocket[] = [];

  return {
    core,
    web,
    port,
    clock,
    socketClock,
    logs,
    tokens,
    async connect(from = '127.0.0.2') {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress: from });
      open.push(ws);
      const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
      const client = chatClient(ws);
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
        ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with ${res.statusCode}`)));
      });
      return Object.assign(client, { ws, closed });
    },
    refusedUpgrade(from = '127.0.0.2') {
      return new Promise((resolve, reject) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { localAddress: from });
        ws.once('open', () => {
          ws.terminate();
          reject(new Error('the upgrade was accepted'));
        });
        ws.once('unexpected-response', (_req, res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        ws.once('error', () => undefined);
      });
    },
    request({ method = 'GET', path, from = '127.0.0.2', headers = {}, body }) {
      return new Promise((resolve, reject) => {
        const payload = body === undefined ? undefined : JSON.stringify(body);
        const req = http.request(
          { host: '127.0.0.1', port, method, path, localAddress: from, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, json: () => JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    raw(bytes, from = '127.0.0.2') {
      return new Promise((resolve, reject) => {
        const socket = net.connect({ host: '127.0.0.1', port, localAddress: from }, () => socket.end(bytes));
        let text = '';
        socket.on('data', (c) => (text += c.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
    },
    people: () => db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number,
    async close() {
      for (const ws of open) ws.terminate();
      await web.app.close();
      cleanup();
    },
  };
}

/** Says hello (with `token` to resume) and waits for the welcome. */
export async function hello(c: ChatClient, token?: string): Promise<any> {
  c.send(token ? { type: 'hello', token } : { type: 'hello' });
  return c.next('welcome');
}

let messageNo = 0;
/** Sends a message and waits for the reply (or error) frame that answers it. */
export function say(c: AttackClient, text: string, id = `m${++messageNo}`): Promise<any> {
  const after = c.frames.length;
  c.send({ type: 'message', id, text });
  return answerTo(c, id, after);
}

/** The reply or error frame answering message `id` among the frames from index `after` on, once it has come. */
export function answerTo(c: AttackClient, id: string, after = 0, timeoutMs = 10_000): Promise<any> {
  const found = () => c.frames.slice(after).find((f) => (f.type === 'reply' || f.type === 'error') && f.replyTo === id);
  return new Promise((resolve, reject) => {
    const look = () => {
      const f = found();
      if (!f) return;
      clearTimeout(timer);
      c.ws.off('message', onMessage);
      resolve(f);
    };
    // chatClient records the frame in its own listener, which runs before this one.
    const onMessage = () => look();
    const timer = setTimeout(() => {
      c.ws.off('message', onMessage);
      reject(new Error(`no answer to ${id}; frames: ${JSON.stringify(c.frames.slice(-5))}`));
    }, timeoutMs);
    c.ws.on('message', onMessage);
    look();
  });
}
