/**
 * Several real instances (`node dist/src/main.js`, each its own process) on one shared store, and
 * the clients that use them: for bench/fleet.ts and tests/faults/instance-death.test.ts.
 *
 * The fault scenario: people chat over the web socket, each spread over the instances; every
 * message has an id; when an instance dies (SIGKILL) its people reconnect to another instance with
 * their session token and resend what was not acknowledged, with the same ids. Afterwards every
 * acknowledged edit must be on the person's list exactly once.
 *
 * Not a bench module itself (it exports no `run`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The built server: beside this file when it runs from dist/bench, in dist/ when a test loads the source. */
const MAIN = path.basename(path.dirname(HERE)) === 'dist' ? path.resolve(HERE, '../src/main.js') : path.resolve(HERE, '../dist/src/main.js');

/** One running instance. */
export interface Instance {
  readonly url: string;
  readonly wsUrl: string;
  readonly proc: ChildProcess;
  /** Sends `signal` and resolves once the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Limits lifted for load from loopback (the defaults protect a public server from one address). */
export const UNLIMITED = {
  TURN_RATE: '1000000', TURN_BURST: '1000000', CHATS_PER_ADDRESS: '1000000',
  NEW_SESSIONS_PER_HOUR: '1000000', CHAT_FRAMES_PER_SECOND: '1000000',
};

/**
 * Starts `node dist/src/main.js` with `env` (on `PORT` from `env`, or a free port) and resolves
 * once `/readyz` answers 200. Rejects (and kills it) when it exits first or is not ready within
 * `readyMs`.
 */
export async function startInstance(env: Record<string, string>, readyMs = 60_000): Promise<Instance> {
  const proc = spawn(process.execPath, [MAIN], {
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let port = 0;
  proc.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-8000);
    const m = /running: open http:\/\/localhost:(\d+)/.exec(stderr);
    if (m && !port) port = Number(m[1]);
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) throw new Error(`instance exited: ${stderr}`);
    if (port) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) break;
      } catch {
        // not answering yet
      }
    }
    if (Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`instance not ready in ${readyMs} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    proc,
    async stop(signal = 'SIGTERM') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** What the fault scenario saw. */
export interface FaultResult {
  /** Per person (session token): how many of their messages the server acknowledged. */
  acked: Map<string, number>;
  /** Sockets that lost their instance and came back on another. */
  reconnects: number;
  /** Messages sent again after a reconnect (same id). */
  resent: number;
  /** The instance (index in `urls`) each person's socket was on at the start and at the end. */
  startedOn: number[];
  endedOn: number[];
  /** Milliseconds from the kill to the last reconnected client's first acknowledged message. */
  recoveryMs: number;
}

/** Options for {@link runFaultScenario}. */
export interface FaultOptions {
  /** Web socket urls of the instances; person i starts on `urls[i % n]`. */
  urls: readonly string[];
  /** People (one socket each). */
  people: number;
  /** Messages each person sends (each one adds one more of the same thing, so the list must end at this many). */
  messages: number;
  /** The text of a person's message. */
  text: string;
  /** Called once, after this many acknowledgements in all: kill an instance here. */
  killAfter: number;
  kill: () => Promise<void>;
  /** Milliseconds a client waits for a reply before it treats the socket as dead. */
  replyTimeoutMs?: number;
}

/**
 * Runs the fault scenario. Each person sends `text` `messages` times, waiting for each reply
 * (closed loop). A socket that closes or errors mid-message is reopened on the next instance in
 * `urls` that answers, resumed with the person's token, and the unacknowledged message is sent
 * again with the same id.
 */
export async function runFaultScenario(opts: FaultOptions): Promise<FaultResult> {
  const acked = new Map<string, number>();
  let total = 0;
  let killed: Promise<void> | undefined;
  let killedAt = 0;
  let recoveredAt = 0;
  let reconnects = 0;
  let resent = 0;
  let connected = 0;
  let allConnected!: () => void;
  const everyoneConnected = new Promise<void>((resolve) => (allConnected = resolve));
  const startedOn: number[] = [];
  const endedOn: number[] = [];
  const person = async (p: number) => {
    let at = p % opts.urls.length;
    /** Opens a socket on the first instance from `at` on that takes it (resuming `token` when given). */
    const open = async (token: string | undefined): Promise<Conn> => {
      for (let tries = 0; ; tries++) {
        try {
          return await connect(opts.urls[at]!, token);
        } catch (err) {
          if (process.env.FLEET_DEBUG) console.error('connect', opts.urls[at], String(err));
          if (tries > opts.urls.length * 20) throw err;
          at = (at + 1) % opts.urls.length;
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    let conn = await open(undefined);
    startedOn[p] = at;
    const token = conn.token;
    acked.set(token, 0);
    // Everyone is connected before anyone speaks, so the kill finds people on every instance.
    if (++connected === opts.people) allConnected();
    await everyoneConnected;
    for (let i = 0; i < opts.messages; i++) {
      const id = `p${p}-m${i}`;
      const text = opts.text;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) resent++;
        const reply = await conn.ask({ type: 'message', id, text }, opts.replyTimeoutMs ?? 30_000).catch(() => undefined);
        if (reply) {
          if (attempt > 0) recoveredAt = Math.max(recoveredAt, Date.now());
          break;
        }
        conn.close();
        if (attempt > 20) throw new Error(`person ${p} could not get "${text}" acknowledged`);
        // The instance is gone: the next one that takes the socket resumes the session.
        at = (at + 1) % opts.urls.length;
        conn = await open(token);
        reconnects++;
      }
      acked.set(token, acked.get(token)! + 1);
      total++;
      if (!killed && total >= opts.killAfter) {
        killedAt = Date.now();
        killed = opts.kill();
      }
    }
    endedOn[p] = at;
    conn.close();
  };
  await Promise.all(Array.from({ length: opts.people }, (_, p) => person(p)));
  await killed;
  return { acked, reconnects, resent, startedOn, endedOn, recoveryMs: recoveredAt ? recoveredAt - killedAt : 0 };
}

interface Conn {
  token: string;
  /** Sends a message frame; resolves with its reply frame, rejects when the socket dies first or on timeout. */
  ask(frame: { type: 'message'; id: string; text: string }, timeoutMs: number): Promise<any>;
  close(): void;
}

async function connect(url: string, token: string | undefined): Promise<Conn> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const frames: ((frame: any) => void)[] = [];
  const deaths: ((err: Error) => void)[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data));
    for (const f of [...frames]) f(frame);
  });
  const die = (err: Error) => {
    for (const d of deaths.splice(0)) d(err);
  };
  ws.on('close', () => die(new Error('socket closed')));
  ws.on('error', (err) => die(err));
  const welcome = await new Promise<any>((resolve, reject) => {
    const on = (f: any) => {
      if (f.type === 'welcome') {
        frames.splice(frames.indexOf(on), 1);
        deaths.splice(deaths.indexOf(reject), 1);
        resolve(f);
      }
    };
    frames.push(on);
    deaths.push(reject);
    ws.send(JSON.stringify(token ? { type: 'hello', token } : { type: 'hello' }));
  });
  if (token && !welcome.resumed) throw new Error('the session did not resume on the other instance');
  return {
    token: welcome.token,
    ask(frame, timeoutMs) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => done(new Error('no reply')), timeoutMs);
        const on = (f: any) => {
          if ((f.type === 'reply' || f.type === 'error') && f.replyTo === frame.id) {
            if (f.type === 'error') done(new Error(`${f.code}: ${f.message}`));
            else done(undefined, f);
          }
        };
        const done = (err?: Error, value?: unknown) => {
          clearTimeout(timer);
          const i = frames.indexOf(on);
          if (i >= 0) frames.splice(i, 1);
          const j = deaths.indexOf(dead);
          if (j >= 0) deaths.splice(j, 1);
          if (err) reject(err);
          else resolve(value);
        };
        const dead = (err: Error) => done(err);
        frames.push(on);
        deaths.push(dead);
        ws.send(JSON.stringify(frame));
      });
    },
    close() {
      ws.terminate();
    },
  };
}
