/**
 * The load generator for the web chat benches, run as its own process (`child_process.fork`) so
 * the server under test does not share an event loop with the clients. The parent sends one job
 * over IPC and gets one result back; the process then exits by itself.
 *
 * - `load`: `clients` sockets each send `message` frames and wait for the answer before the next
 *   (closed loop), or at a fixed pace per client (`perClientPerSecond`). Chat mode says `hello`
 *   first and waits for the `reply` to each message; echo mode waits for the frame to come back.
 * - `idle`: opens `connections` chat sockets (hello, welcome), reports, and holds them open until
 *   the parent says `close`.
 *
 * Not a bench module itself (it exports no `run`); bench/ws-load.ts and bench/conns-rss.ts fork it.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';

/** A load job: how many clients, what they say, for how long. */
export interface LoadJob {
  kind: 'load';
  url: string;
  mode: 'chat' | 'echo';
  clients: number;
  texts: readonly string[];
  warmupMs: number;
  durationMs: number;
  /** Stop early after this many measured round trips in all. */
  maxTurns: number;
  /** 0: closed loop (send the next as soon as the answer is in); otherwise messages per second per client. */
  perClientPerSecond: number;
  /** What each client says, in order (client i speaks `scripts[i % length]`, round and round); `texts` when left out. */
  scripts?: readonly (readonly string[])[];
  /** Session tokens to resume, one per client (their lists and conversations carry on). */
  tokens?: readonly string[];
  /** Message ids start with this, so a later job on the same sessions is not taken for a resend. */
  idPrefix?: string;
  /** Each client stops after this many messages. */
  maxPerClient?: number;
  /** Loopback source addresses, one per client in turn (the server limits upgrades per address a minute). */
  localAddresses?: readonly string[];
}

/** An idle-connections job. */
export interface IdleJob {
  kind: 'idle';
  url: string;
  connections: number;
  /** Loopback source addresses to spread sockets over (the server rate-limits upgrades per address). */
  localAddresses: readonly string[];
  /** Sockets opening at once. */
  concurrency: number;
}

/** What a load job measured. */
export interface LoadResult {
  turns: number;
  seconds: number;
  /** Round-trip milliseconds of every measured turn. */
  latencies: number[];
  errors: number;
  /** The load client's own CPU milliseconds (user + system) over the measured part. */
  cpuMs: number;
  /** Each client's session token (chat mode), to resume the sessions in a later job. */
  tokens: string[];
}

/** Resolves once the message is handed to the IPC channel (disconnecting earlier can drop it). */
const send = (msg: unknown) => new Promise<void>((resolve) => process.send!(msg, undefined, undefined, () => resolve()));

async function open(url: string, localAddress?: string): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false, ...(localAddress ? { localAddress } : {}) });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return ws;
}

/** Resolves with the first parsed frame `match` accepts. */
function waitFrame(ws: WebSocket, match: (frame: any) => boolean, timeoutMs = 30_000): Promise<any> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      ws.off('message', onMessage);
      reject(new Error('no answer within 30 s'));
    }, timeoutMs);
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString());
      if (!match(frame)) return;
      clearTimeout(timer);
      ws.off('message', onMessage);
      resolve(frame);
    };
    ws.on('message', onMessage);
  });
}

async function hello(ws: WebSocket, token?: string): Promise<string> {
  const welcome = waitFrame(ws, (f) => f.type === 'welcome');
  ws.send(JSON.stringify({ type: 'hello', ...(token ? { token } : {}) }));
  return (await welcome).token as string;
}

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const sockets = await Promise.all(Array.from({ length: job.clients }, (_, i) => open(job.url, job.localAddresses?.[i % job.localAddresses.length])));
  const tokens = job.mode === 'chat' ? await Promise.all(sockets.map((ws, i) => hello(ws, job.tokens?.[i]))) : [];
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const measureFrom = started + job.warmupMs;
  const stopAt = measureFrom + job.durationMs;
  let measuredEnd = stopAt;
  let cpuFrom: NodeJS.CpuUsage | undefined;
  setTimeout(() => (cpuFrom = process.cpuUsage()), job.warmupMs).unref();

  const client = (ws: WebSocket, index: number) =>
    new Promise<void>((resolve) => {
      let n = 0;
      let pendingId = '';
      let sentAt = 0;
      const interval = job.perClientPerSecond > 0 ? 1000 / job.perClientPerSecond : 0;
      // Spread the paced clients over the interval so they do not all speak at once.
      let nextAt = started + (interval * index) / job.clients;
      const next = () => {
        const t = performance.now();
        if (t >= stopAt || latencies.length >= job.maxTurns || n >= (job.maxPerClient ?? Infinity)) {
          measuredEnd = Math.min(measuredEnd, t);
          return resolve();
        }
        if (interval > 0 && t < nextAt) {
          setTimeout(next, nextAt - t);
          return;
        }
        nextAt += interval;
        pendingId = `${job.idPrefix ?? ''}c${index}-${n}`;
        const script = job.scripts?.[index % job.scripts.length];
        const text = script ? script[n % script.length]! : job.texts[(index * 7 + n) % job.texts.length]!;
        n++;
        sentAt = performance.now();
        ws.send(JSON.stringify({ type: 'message', id: pendingId, text }));
      };
      ws.on('message', (data) => {
        const frame = JSON.parse(data.toString());
        const answered =
          job.mode === 'echo' ? frame.type === 'message' && frame.id === pendingId : (frame.type === 'reply' || frame.type === 'error') && frame.replyTo === pendingId;
        if (!answered) return;
        const t = performance.now();
        if (frame.type === 'error') errors++;
        if (sentAt >= measureFrom && t <= stopAt) latencies.push(t - sentAt);
        next();
      });
      next();
    });

  await Promise.all(sockets.map(client));
  const seconds = (Math.min(measuredEnd, performance.now()) - measureFrom) / 1000;
  const cpu = process.cpuUsage(cpuFrom);
  for (const ws of sockets) ws.terminate();
  return { turns: latencies.length, seconds, latencies, errors, cpuMs: (cpu.user + cpu.system) / 1000, tokens };
}

async function runIdle(job: IdleJob): Promise<void> {
  const sockets: WebSocket[] = [];
  let failed = 0;
  let nextIndex = 0;
  const worker = async () => {
    while (nextIndex < job.connections) {
      const i = nextIndex++;
      try {
        const ws = await open(job.url, job.localAddresses[i % job.localAddresses.length]);
        await hello(ws);
        ws.on('error', () => undefined);
        sockets.push(ws);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  await send({ type: 'ready', open: sockets.length, failed });
  await new Promise<void>((resolve) => process.once('message', () => resolve()));
  for (const ws of sockets) ws.terminate();
}

async function main(): Promise<void> {
  const job = await new Promise<LoadJob | IdleJob>((resolve) => process.once('message', (m) => resolve(m as LoadJob | IdleJob)));
  if (job.kind === 'load') await send({ type: 'result', result: await runLoad(job) });
  else await runIdle(job);
  process.disconnect();
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`ws-load-client failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
