/**
 * Cross-instance event delay: two instances of the app (createApp, as `npm start` builds it) on
 * one SQLite file and one Redis (`REDIS_URL`, else redis://127.0.0.1:6379), in this process. A
 * person's chat socket is open on B over a real TCP WebSocket; A raises `list_changed` for their
 * 20-line list, as a turn on A does, and the time until B's socket has the frame is measured.
 *
 * - `fanout_delay_p50_ms` / `_p99_ms`: one event at a time (the next raised when the last
 *   arrived), the list change as a turn sends it (what changed).
 * - `fanout_delay_whole_list_p50_ms` / `_p99_ms`: the same with the whole list in the event.
 * - `fanout_delay_burst_p99_ms`: 200 events raised at once, each from its raising to its arrival.
 *
 * Both instances, Redis's client side and the socket client share this process's event loop, so
 * the figures include that queueing; on two machines the network adds its round trip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { loadConfig } from '../src/config.js';
import { toListSnapshot } from '../src/grocery/lists/index.js';
import { createLogger } from '../src/logger.js';
import { createApp, type App } from '../src/main.js';
import { percentile } from './percentiles.js';

const SEQUENTIAL = 500;
const BURST = 200;

export async function run(): Promise<Record<string, number | string>> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ga-bench-fanout-'));
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, LOG_LEVEL: 'silent', REDIS_URL: redisUrl, JOBS: 'off' });
  const logger = createLogger({ level: 'silent' });
  const eventsChannel = `grocery-agent:bench-fanout:${process.pid}`;
  const apps: App[] = [];
  try {
    const a = await createApp(config, logger, { eventsChannel });
    apps.push(a);
    const b = await createApp(config, logger, { eventsChannel });
    apps.push(b);
    await a.start();
    const { url } = await b.start();
    const connected = await Promise.race([
      Promise.all([a.core.events.whenConnected(), b.core.events.whenConnected()]).then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000).unref()),
    ]);
    if (!connected) return { fanout_skipped: `no Redis answered at ${redisUrl.replace(/\/\/[^@]*@/, '//')}` };

    // A person whose socket is on B, with a 20-line list.
    const socket = new WebSocket(`${url.replace('http://localhost', 'ws://127.0.0.1')}/ws`);
    const frames: ((frame: { type: string; listId?: number; version?: number }) => void)[] = [];
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string };
      for (const f of frames.splice(0)) f(frame);
    });
    await new Promise((resolve) => socket.once('open', resolve));
    const next = (type: string) => new Promise<any>((resolve) => {
      const look = (frame: { type: string }) => (frame.type === type ? resolve(frame) : frames.push(look));
      frames.push(look);
    });
    socket.send(JSON.stringify({ type: 'hello' }));
    const welcome = await next('welcome');
    socket.send(JSON.stringify({ type: 'message', id: 'm1', text: 'hi' }));
    await next('reply');
    const userId = b.core.users.find('web', String(welcome.token).split('.')[0])!.id;
    const listId = a.core.lists.defaultList(userId).id;
    const names = ['milk', 'eggs', 'bread', 'butter', 'cheese', 'yogurt', 'apples', 'bananas', 'grapes', 'onions', 'potatoes', 'tomatoes', 'lettuce', 'carrots', 'chicken', 'rice', 'pasta', 'cereal', 'coffee', 'flour'];
    a.core.lists.addItems(userId, listId, names.map((name) => ({ name })));
    const view = a.core.lists.view(userId, listId);
    const list = toListSnapshot(view);
    const change = { id: listId, name: view.name, baseVersion: 0, version: 1, aisles: [], lines: [], removed: [], estimatedTotalCents: view.estimatedTotalCents, unmatchedCount: 0, itemCount: names.length };

    /** One event raised on A at a time; milliseconds from raising to B's socket having it. */
    const sequential = async (payload: object, count: number) => {
      const delays: number[] = [];
      for (let i = 0; i < count; i++) {
        const arrived = next('list_changed');
        const t = performance.now();
        a.core.events.emit('list_changed', { listId, byUserId: userId, ...payload });
        await arrived;
        delays.push(performance.now() - t);
      }
      return delays;
    };
    await sequential({ change }, 50);
    const small = await sequential({ change }, SEQUENTIAL);
    const whole = await sequential({ list }, SEQUENTIAL);

    // A burst: every frame counted as it arrives.
    const raisedAt: number[] = [];
    const burst: number[] = [];
    const done = new Promise<void>((resolve) => {
      const onFrame = (data: unknown) => {
        const frame = JSON.parse(String(data)) as { type: string };
        if (frame.type !== 'list_changed') return;
        burst.push(performance.now() - raisedAt[burst.length]!);
        if (burst.length === BURST) {
          socket.off('message', onFrame);
          resolve();
        }
      };
      socket.on('message', onFrame);
    });
    for (let i = 0; i < BURST; i++) {
      raisedAt.push(performance.now());
      a.core.events.emit('list_changed', { listId, byUserId: userId, change });
    }
    await done;
    socket.close();
    const bytes = Buffer.byteLength(JSON.stringify({ list }));
    return {
      fanout_delay_p50_ms: percentile(small, 50),
      fanout_delay_p99_ms: percentile(small, 99),
      fanout_delay_whole_list_p50_ms: percentile(whole, 50),
      fanout_delay_whole_list_p99_ms: percentile(whole, 99),
      fanout_whole_list_event_bytes: bytes,
      fanout_delay_burst_p99_ms: percentile(burst, 99),
    };
  } finally {
    for (const app of apps) await app.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
