/**
 * The web chat under realistic load: 100 people whose lists grow past 200 lines, saying a mix of
 * twelve kinds of things (bench/chat-mix.ts), from a second process on loopback (the same client
 * as bench/ws-load.ts), against the real app on SQLite. The bare fastify echo runs in the same
 * module, so every figure has its echo beside it from the same minute of a shared machine.
 *
 * 1. fill: each client adds `FILL` different things (closed loop); lists reach 200+ lines.
 * 2. per kind, 200-line lists: every client sends `KIND_TURNS` views, then as many adds of new
 *    things -> `turn_cpu_ms_view_200`, `turn_cpu_ms_add_200`: the server's CPU (user + system,
 *    every thread) per turn. The same on 100 fresh people with empty lists -> `_0`.
 * 3. paced: the mix at 1 message a second per client -> `ws_mix_p50_ms`, `ws_mix_p99_ms`.
 * 4. saturated: the mix in a closed loop -> `ws_mix_turns_per_s`, `ws_mix_cpu_ms_per_turn`.
 * 5. echo: the same client against a bare fastify + @fastify/websocket echo -> `ws_mix_echo_msgs_per_s`.
 *
 * `ws_mix_main_thread_share`: of the server's CPU in the saturated phase, the part its main thread
 * spent (from /proc; the rest is worker threads, SQLite's and libuv's). `WS_MIX_CPU_PROFILE=<file>`
 * writes a V8 CPU profile of the main thread over the saturated phase (open it in Chrome DevTools).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/main.js';
import { clientScript, distinctMessages, kindScript, type Kind } from './chat-mix.js';
import { percentile } from './percentiles.js';
import { runClient, startEchoServer } from './ws-load.js';
import type { LoadJob, LoadResult } from './ws-load-client.js';

const CLIENTS = 100;
/** Adds of different things each client makes first: past 200 lines even after the ones that ask "which one?". */
const FILL = 240;
const KIND_TURNS = 20;
const MIX_LENGTH = 400;

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export async function run(): Promise<Record<string, number | string>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-mix-'));
  const limit = String(1_000_000);
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', TURN_RATE: limit, TURN_BURST: limit,
    CHATS_PER_ADDRESS: limit, NEW_SESSIONS_PER_HOUR: limit, CHAT_FRAMES_PER_SECOND: limit, WORKERS: process.env.WORKERS,
  });
  const app = await createApp(config, createLogger({ level: 'silent' }));
  const echo = await startEchoServer();
  try {
    const { url } = await app.start();
    const wsUrl = `${url.replace('http://localhost', 'ws://127.0.0.1')}/ws`;
    const base = { kind: 'load', mode: 'chat', url: wsUrl, clients: CLIENTS, texts: [''], warmupMs: 0, durationMs: 600_000, maxTurns: 1_000_000, perClientPerSecond: 0 } as const;
    let phase = 0;
    /** Runs a job and measures the server's CPU over it. */
    const measured = async (job: Partial<LoadJob>) => {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      // Each phase from addresses of its own: the server lets one address upgrade 300 times a minute.
      const localAddresses = Array.from({ length: CLIENTS }, (_, i) => `127.1.${phase}.${i + 1}`);
      const result = await runClient({ ...base, localAddresses, ...job, idPrefix: `p${phase++}-` });
      const cpu = process.cpuUsage(cpuBefore);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      return { result, wallS: (performance.now() - started) / 1000, cpuMs, cpuMsPerTurn: round(cpuMs / Math.max(1, result.turns), 3) };
    };
    const perClient = (make: (client: number) => string[]) => Array.from({ length: CLIENTS }, (_, c) => make(c));
    const kindCost = (tokens: string[] | undefined, kind: Kind, from: number) =>
      measured({ tokens, scripts: perClient((c) => kindScript(kind, c, from, KIND_TURNS)), maxPerClient: KIND_TURNS });

    // Empty lists: views first (nothing on them), then adds (0 to 20 lines).
    const view0 = await kindCost(undefined, 'view', 0);
    const add0 = await kindCost(view0.result.tokens, 'add', 0);

    const fill = await measured({ scripts: perClient((c) => clientScript(c, FILL, 0)), maxPerClient: FILL });
    const tokens = fill.result.tokens;
    const lines = listLines(dir);
    const view200 = await kindCost(tokens, 'view', 0);
    const add200 = await kindCost(tokens, 'add', FILL);

    // The mix goes on from where the fill and the adds above left each list.
    const mixScripts = perClient((c) => clientScript(c, FILL + KIND_TURNS, MIX_LENGTH).slice(FILL + KIND_TURNS));
    const paced = await measured({ tokens, scripts: mixScripts, perClientPerSecond: 1, warmupMs: 1500, durationMs: 8000 });
    const profile = await startProfile(process.env.WS_MIX_CPU_PROFILE);
    const mainBefore = mainThreadCpuMs();
    const saturated = await measured({ tokens, scripts: mixScripts, warmupMs: 1000, durationMs: 5000 });
    const mainMs = mainThreadCpuMs() - mainBefore;
    await profile?.();
    const echoed = await measured({ mode: 'echo', url: echo.url, texts: mixScripts[0]!, warmupMs: 1000, durationMs: 5000 });

    const perS = (r: LoadResult) => r.turns / r.seconds;
    return {
      ws_mix_clients: CLIENTS,
      ws_mix_distinct_messages: distinctMessages([...mixScripts, ...perClient((c) => clientScript(c, FILL, 0))]),
      ws_mix_list_lines_min: lines.min,
      ws_mix_list_lines_median: lines.median,
      ws_mix_fill_turns_per_s: round(fill.result.turns / fill.wallS),
      ws_mix_fill_cpu_ms_per_turn: fill.cpuMsPerTurn,
      turn_cpu_ms_add_0: add0.cpuMsPerTurn,
      turn_cpu_ms_view_0: view0.cpuMsPerTurn,
      turn_cpu_ms_add_200: add200.cpuMsPerTurn,
      turn_cpu_ms_view_200: view200.cpuMsPerTurn,
      ws_mix_p50_ms: percentile(paced.result.latencies, 50),
      ws_mix_p99_ms: percentile(paced.result.latencies, 99),
      ws_mix_paced_turns_per_s: round(perS(paced.result)),
      ws_mix_turns_per_s: round(perS(saturated.result)),
      ws_mix_cpu_ms_per_turn: saturated.cpuMsPerTurn,
      ws_mix_main_thread_share: round(mainMs / Math.max(1, saturated.cpuMs), 3),
      ws_mix_p50_ms_saturated: percentile(saturated.result.latencies, 50),
      ws_mix_p99_ms_saturated: percentile(saturated.result.latencies, 99),
      ws_mix_errors: [view0, add0, fill, view200, add200, paced, saturated].reduce((s, m) => s + m.result.errors, 0),
      ws_mix_echo_msgs_per_s: round(perS(echoed.result)),
    };
  } finally {
    await echo.close();
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lines on the bench's lists after the fill: the fewest and the median. */
function listLines(dir: string): { min: number; median: number } {
  const db = new Database(path.join(dir, 'grocery.db'), { readonly: true });
  try {
    const counts = db.prepare('SELECT COUNT(*) AS n FROM list_items GROUP BY list_id HAVING n > 20 ORDER BY n').pluck().all() as number[];
    return { min: counts[0] ?? 0, median: counts[Math.floor(counts.length / 2)] ?? 0 };
  } finally {
    db.close();
  }
}

/** The CPU this process's main thread has used, in ms (Linux: its task's utime + stime). */
function mainThreadCpuMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from the state field (3), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Starts a CPU profile of the main thread when `file` is set; the function returned stops it and writes the file. */
async function startProfile(file: string | undefined): Promise<(() => Promise<void>) | undefined> {
  if (!file) return undefined;
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))));
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return async () => {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
  };
}
