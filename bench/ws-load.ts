/**
 * Load on the web chat channel from a second process on loopback. The server is the real app
 * (`createApp` from src/main.ts: every plugin, the demo store, SQLite on a temp DATA_DIR, port 0);
 * the clients are bench/ws-load-client.ts, forked. Three phases, each bounded in time and count:
 *
 * 1. latency: 100 chat clients, each speaking at a person's pace (`ws_paced_msgs_per_client_s`),
 *    round trip from sending `message` to its `reply` -> `ws_turn_p50_ms`, `ws_turn_p99_ms`.
 *    At saturation a closed loop's latency is only queueing (100 in flight / throughput), so the
 *    latency figures are taken below saturation and the saturated ones are printed beside them.
 * 2. throughput: the same 100 clients in a closed loop -> `ws_turns_per_s`.
 *    `ws_server_cpu_ms_per_turn`: the server's CPU time (user + system, every thread) over that
 *    phase per turn, a figure the other work on a shared machine does not move the way it moves
 *    turns/s. `ws_server_loop_ms_per_turn`: the event loop's busy time per turn, the one thread
 *    every turn goes through (the WAL checkpointer and GC helpers run beside it).
 *    `ws_client_cpu_ms_per_turn`: the load client's CPU per turn; on 2 cores, the client's share
 *    is CPU the server does not get.
 * 3. echo: the same client against a bare fastify + @fastify/websocket echo server ->
 *    `echo_msgs_per_s`, and `echo_ratio` = turns/s / echo msgs/s.
 * 4. durable echo: the same echo plus only the writes that make a turn durable, on our schema
 *    and group commit (bench/durable-echo.ts) -> `durable_echo_msgs_per_s` and
 *    `durable_echo_ratio` = its msgs/s / echo msgs/s, the most `echo_ratio` could be here for a
 *    turn that is remembered before it is answered.
 *
 * Every client is its own person; the per-person turn limit (TURN_RATE / TURN_BURST) is raised
 * for the bench so it measures the server, not the limiter (`ws_turn_limit` says so).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';
import { startDurableEchoServer } from './durable-echo.js';
import { percentile } from './percentiles.js';
import type { LoadJob, LoadResult } from './ws-load-client.js';

const CLIENTS = 100;
/** A person sends a message every few seconds at most; one a second each is already a busy crowd. */
const PACED_PER_CLIENT_S = 1;
const WARMUP_MS = 1500;
const DURATION_MS = 5000;
const MAX_TURNS = 200_000;

/**
 * What people say while building a list, all understood offline over the demo store: adds,
 * removals, views, totals and price questions.
 */
export const CHAT_MIX = [
  'add 2 gallons of milk',
  'what is on my list?',
  'how much is coffee?',
  'add a dozen eggs',
  'remove the milk',
  'is tide on sale?',
  'add bananas',
  'how much is my list?',
  'take the eggs off',
  'do I have bananas?',
  'how much are bananas?',
  'remove bananas',
];

const CLIENT_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ws-load-client.js');

/** Forks the load client, hands it `job`, and resolves with what it measured. */
export function runClient(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(CLIENT_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadResult | undefined;
    child.on('message', (m: { type: string; result: LoadResult }) => {
      if (m.type === 'result') result = m.result;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`load client exited with ${code} and no result`))));
    child.send(job);
  });
}

/** A bare fastify + @fastify/websocket server that sends every frame back: the reference for turns/s. */
export async function startEchoServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  app.get('/ws', { websocket: true }, (socket) => {
    socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { url: `ws://127.0.0.1:${(app.server.address() as { port: number }).port}/ws`, close: () => app.close() };
}

const round = (n: number) => Math.round(n * 10) / 10;

async function totalTurns(app: { web: { metrics: { turns: { get(): Promise<{ values: { value: number }[] }> } } } }): Promise<number> {
  return (await app.web.metrics.turns.get()).values.reduce((s, v) => s + v.value, 0);
}

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-ws-'));
  const limit = 1_000_000;
  // The clients are many people on one loopback address: the per-address and per-socket limits are raised like the per-person one.
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', TURN_RATE: String(limit), TURN_BURST: String(limit),
    CHATS_PER_ADDRESS: String(limit), NEW_SESSIONS_PER_HOUR: String(limit), CHAT_FRAMES_PER_SECOND: String(limit),
  });
  const app = await createApp(config, createLogger({ level: 'silent' }));
  const echo = await startEchoServer();
  const durable = await startDurableEchoServer(dir);
  try {
    const { url } = await app.start();
    const wsUrl = `${url.replace('http://localhost', 'ws://127.0.0.1')}/ws`;
    const base = { kind: 'load', mode: 'chat', url: wsUrl, clients: CLIENTS, texts: CHAT_MIX, warmupMs: WARMUP_MS, durationMs: DURATION_MS, maxTurns: MAX_TURNS } as const;

    const paced = await runClient({ ...base, durationMs: 8000, perClientPerSecond: PACED_PER_CLIENT_S });
    // The server's own CPU per turn does not depend on what else the machine runs, unlike turns/s.
    const turnsBefore = await totalTurns(app);
    const cpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    const saturated = await runClient({ ...base, perClientPerSecond: 0 });
    const cpu = process.cpuUsage(cpuBefore);
    const loop = performance.eventLoopUtilization(loopBefore);
    const serverTurns = (await totalTurns(app)) - turnsBefore;
    const echoed = await runClient({ ...base, mode: 'echo', url: echo.url, perClientPerSecond: 0 });
    const durableEchoed = await runClient({ ...base, mode: 'echo', url: durable.url, perClientPerSecond: 0 });

    const turnsPerS = saturated.turns / saturated.seconds;
    const echoPerS = echoed.turns / echoed.seconds;
    const durablePerS = durableEchoed.turns / durableEchoed.seconds;
    const bySource = await app.web.metrics.turns.get();
    const count = (source: string) => bySource.values.filter((v) => v.labels.source === source).reduce((s, v) => s + v.value, 0);
    const all = bySource.values.reduce((s, v) => s + v.value, 0);
    return {
      ws_clients: CLIENTS,
      ws_turn_p50_ms: percentile(paced.latencies, 50),
      ws_turn_p99_ms: percentile(paced.latencies, 99),
      ws_paced_msgs_per_client_s: PACED_PER_CLIENT_S,
      ws_paced_turns_per_s: round(paced.turns / paced.seconds),
      ws_turns_per_s: round(turnsPerS),
      ws_turn_p50_ms_saturated: percentile(saturated.latencies, 50),
      ws_turn_p99_ms_saturated: percentile(saturated.latencies, 99),
      ws_turn_errors: paced.errors + saturated.errors,
      ws_server_cpu_ms_per_turn: Math.round(((cpu.user + cpu.system) / 1000 / Math.max(1, serverTurns)) * 1000) / 1000,
      ws_server_loop_ms_per_turn: Math.round((loop.active / Math.max(1, serverTurns)) * 1000) / 1000,
      ws_client_cpu_ms_per_turn: Math.round((saturated.cpuMs / Math.max(1, saturated.turns)) * 1000) / 1000,
      ws_offline_share: Math.round((count('offline') / all) * 1000) / 1000,
      echo_msgs_per_s: round(echoPerS),
      echo_ratio: Math.round((turnsPerS / echoPerS) * 1000) / 1000,
      durable_echo_msgs_per_s: round(durablePerS),
      durable_echo_ratio: Math.round((durablePerS / echoPerS) * 1000) / 1000,
      ws_turn_limit: `TURN_RATE=TURN_BURST=${limit} for the bench (default 5/s, burst 30)`,
    };
  } finally {
    await echo.close();
    await durable.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
