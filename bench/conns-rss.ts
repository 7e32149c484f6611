/**
 * Memory of the server as its own process: `node dist/src/main.js` spawned with PORT / DATA_DIR
 * on a temp folder (the demo store is seeded on first start), its VmRSS read from
 * /proc/PID/status.
 *
 * - `idle_rss_mb`: a freshly started server, settled for a second, nobody connected.
 * - `rss_mb_10k_conns`: the same server with 10,000 idle web chat connections open (each said
 *   `hello` and got its `welcome`, so each is a session with a user row), opened by a forked
 *   bench/ws-load-client.ts. The server rate-limits HTTP requests (the upgrade included) per
 *   address, so the sockets come from many loopback source addresses (127.0.0.0/8 all reach
 *   127.0.0.1 on Linux), as 10,000 people would.
 * - `idle_rss_mb_restart`: a second start on the same DATA_DIR (no seeding).
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IdleJob } from './ws-load-client.js';

const CONNECTIONS = 10_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const MAIN = path.resolve(here, '../src/main.js');
const CLIENT_SCRIPT = path.join(here, 'ws-load-client.js');

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Math.round((Number(line[1]) / 1024) * 10) / 10;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts `node dist/src/main.js` and resolves with its port once it says it is running. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      // 10,000 people on 64 loopback addresses: the per-address limits (README) are for one attacker, not them.
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'production', CHATS_PER_ADDRESS: '100000', NEW_SESSIONS_PER_HOUR: '100000000' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s: ${err}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /running: open http:\/\/localhost:(\d+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]) });
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Opens `connections` idle chat sockets from a forked client; resolves once they are open. */
function openIdle(port: number, connections: number): Promise<{ client: ChildProcess; open: number; failed: number }> {
  const localAddresses = Array.from({ length: 64 }, (_, i) => `127.0.${1 + (i >> 5)}.${1 + (i % 32)}`);
  const job: IdleJob = { kind: 'idle', url: `ws://127.0.0.1:${port}/ws`, connections, localAddresses, concurrency: 100 };
  return new Promise((resolve, reject) => {
    const client = fork(CLIENT_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    client.on('message', (m: { type: string; open: number; failed: number }) => {
      if (m.type === 'ready') resolve({ client, open: m.open, failed: m.failed });
    });
    client.once('exit', (code) => reject(new Error(`idle client exited with ${code}`)));
    client.send(job);
  });
}

export async function run(): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-conns-'));
  let server: ChildProcess | undefined;
  try {
    const first = await startServer(dir);
    server = first.child;
    await sleep(1000);
    const idle = rssMb(server.pid!);
    process.stderr.write(`conns-rss: server ${server.pid} on ${first.port}, idle ${idle} MB; opening ${CONNECTIONS} sockets\n`);

    const started = Date.now();
    const { client, open, failed } = await openIdle(first.port, CONNECTIONS);
    const openSeconds = (Date.now() - started) / 1000;
    await sleep(1000);
    const withConns = rssMb(server.pid!);
    client.removeAllListeners('exit');
    const clientGone = new Promise((r) => client.once('exit', r));
    client.send('close');
    await clientGone;
    await stopServer(server);

    const second = await startServer(dir);
    server = second.child;
    await sleep(1000);
    const restart = rssMb(server.pid!);
    return {
      idle_rss_mb: idle,
      rss_mb_10k_conns: withConns,
      conns_open: open,
      conns_failed: failed,
      conns_open_s: Math.round(openSeconds * 10) / 10,
      idle_rss_mb_restart: restart,
    };
  } finally {
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
