/**
 * Two instances of the assembled app (createApp, as `npm start` builds it) in one test process,
 * on one SQLite file and one Redis: what a deployment of several instances shares, without the
 * load balancer. Instance A runs the background jobs (on BullMQ); B serves sockets only, so a job
 * is known to run on A.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig } from '../../../src/config.js';
import type { JobsOptions } from '../../../src/jobs/index.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { chatClient, type ChatClient } from '../../channels/web/ws-client.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { eventually, NOW, testClock, type TestClock } from '../../jobs/jobs-harness.js';

/** Two running instances over one store and one Redis. */
export interface Fleet {
  a: App;
  b: App;
  clock: TestClock;
  /** The messages A logged at info and above. */
  logOfA: string[];
  /** A chat socket on one instance, greeted (with `token`, a resumed session). */
  connect(app: App, token?: string): Promise<{ client: ChatClient; welcome: any }>;
  close(): Promise<void>;
}

/**
 * Starts A (jobs on BullMQ under `prefix`) and B (no jobs) on a copy of the demo store, and
 * waits until both hear each other's events and both caches reach Redis.
 */
export async function startFleet(opts: { redisUrl: string; prefix: string; jobs?: JobsOptions }): Promise<Fleet> {
  const seeded = createSeededTempDb(NOW);
  seeded.db.close();
  const clock = testClock();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const configOf = (jobs: 'on' | 'off') =>
    loadConfig({ DATA_DIR: seeded.dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', REDIS_URL: opts.redisUrl, JOBS: jobs });
  const logOfA: string[] = [];
  const capture = new Writable({
    write(chunk, _enc, done) {
      logOfA.push(String((JSON.parse(String(chunk)) as { msg?: string }).msg));
      done();
    },
  });
  const a = await createApp(configOf('on'), pino({ level: 'info' }, capture), { now: clock.now, eventsChannel: `${opts.prefix}:events`, jobs: { backoffMs: 50, prefix: opts.prefix, ...opts.jobs } });
  const b = await createApp(configOf('off'), logger, { now: clock.now, eventsChannel: `${opts.prefix}:events` });
  await a.start();
  await b.start();
  await Promise.all([a.core.events.whenConnected(), b.core.events.whenConnected()]);
  await eventually(() => a.core.cache.stats().redisAvailable && b.core.cache.stats().redisAvailable, 10_000, 'both caches on Redis');
  const clients: ChatClient[] = [];
  return {
    a,
    b,
    clock,
    logOfA,
    async connect(app, token) {
      const client = chatClient(await app.web.app.injectWS('/ws'));
      clients.push(client);
      client.send(token ? { type: 'hello', token } : { type: 'hello' });
      return { client, welcome: await client.next('welcome') };
    },
    async close() {
      for (const c of clients) c.close();
      await a.stop();
      await b.stop();
      seeded.cleanup();
    },
  };
}
