/**
 * The assembled app (createApp, as `npm start` builds it) on a copy of the demo store, with a
 * clock the test moves, Telegram against the fake Bot API, and helpers to find a product the
 * demo feed really drops.
 */
import { loadConfig } from '../../src/config.js';
import { createDemoPriceFeed, type PriceQuote, type PriceSource } from '../../src/grocery/sources/index.js';
import type { JobsOptions } from '../../src/jobs/index.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/main.js';
import type { Db } from '../../src/store/database.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

/** The demo store's "today" in every test. */
export const NOW = Date.UTC(2026, 10, 1, 12);
export const HOUR = 60 * 60 * 1000;
export const TOKEN = '123456:JOBS-token';

/** A clock the test moves forward; the demo feed ticks with it. */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
  set(ms: number): void;
}

export function testClock(start = NOW): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (ms) => void (t = ms) };
}

/** A running app with the parts tests look at. */
export interface JobsApp {
  app: App;
  api: FakeTelegramApi;
  clock: TestClock;
  dir: string;
  /** Stops the app (jobs first) and the fake; removes the data. */
  close(): Promise<void>;
}

/**
 * Starts the app on a copy of the seeded demo store, with Telegram long polling against a fake
 * Bot API. `redisUrl` switches the jobs to BullMQ. Retries are short so failures show quickly.
 */
export async function startJobsApp(
  opts: {
    redisUrl?: string;
    prefix?: string;
    jobs?: JobsOptions;
    clock?: TestClock;
    api?: FakeTelegramApi;
    priceSource?: PriceSource;
    /** An existing data folder (a restart); it is left in place on close. */
    dir?: string;
  } = {},
): Promise<JobsApp> {
  const seeded = opts.dir ? { dir: opts.dir, cleanup: () => {} } : createSeededTempDb(NOW);
  if ('db' in seeded) seeded.db.close();
  const api = opts.api ?? (await startFakeTelegramApi(TOKEN));
  const clock = opts.clock ?? testClock();
  const config = loadConfig({
    DATA_DIR: seeded.dir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    ...(opts.redisUrl ? { REDIS_URL: opts.redisUrl } : {}),
  });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp(config, logger, {
    now: clock.now,
    priceSource: opts.priceSource,
    jobs: { backoffMs: 50, prefix: opts.prefix, ...opts.jobs },
  });
  await app.start();
  return {
    app,
    api,
    clock,
    dir: seeded.dir,
    async close() {
      await app.stop();
      if (!opts.api) await api.close();
      seeded.cleanup();
    },
  };
}

/** A product the demo feed drops by 10% or more at some tick after `from`, found by asking the feed itself. */
export async function findDemoDrop(db: Db, from: number): Promise<{ productId: number; name: string; at: number; quote: PriceQuote; oldCents: number }> {
  const products = (db.prepare("SELECT id, sku, name, price_cents FROM products WHERE source = 'demo' ORDER BY id").all() as {
    id: number;
    sku: string | null;
    name: string;
    price_cents: number;
  }[]).map((p) => ({ productId: p.id, sku: p.sku, name: p.name, priceCents: p.price_cents }));
  for (let tick = Math.floor(from / HOUR) + 1; ; tick++) {
    const at = tick * HOUR;
    const quotes = await createDemoPriceFeed({ now: () => at }).fetchPrices(products);
    const drop = quotes.find((q, i) => q.priceCents * 10 <= products[i]!.priceCents * 9);
    if (drop) {
      const p = products.find((x) => x.productId === drop.productId)!;
      return { productId: p.productId, name: p.name, at, quote: drop, oldCents: p.priceCents };
    }
  }
}

/** Resolves once `check` returns a value (polls every 20 ms). */
export async function eventually<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** True once the job has a succeeded run recorded after `sinceId`. */
export function succeededRun(db: Db, job: string, sinceId = 0): { id: number; summary: string } | undefined {
  return db.prepare("SELECT id, summary FROM job_runs WHERE job = ? AND status = 'succeeded' AND id > ? ORDER BY id DESC LIMIT 1").get(job, sinceId) as
    | { id: number; summary: string }
    | undefined;
}

/** The texts of the Telegram messages that are price alerts. */
export function alertTexts(api: FakeTelegramApi, chatId: number): string[] {
  return api.chat(chatId).map((m) => m.text).filter((t) => t.startsWith('Price alert:'));
}

/** Telegram's side of one user: say something, wait for the answer. */
export async function say(api: FakeTelegramApi, from: { id: number; first_name?: string }, text: string, answer: RegExp = /./): Promise<string> {
  const before = api.calls.length;
  api.pushUpdate(api.textUpdate(from, text));
  const call = await api.waitFor('sendMessage', (c) => api.calls.indexOf(c) >= before && c.payload.chat_id === from.id && answer.test(String(c.payload.text)));
  return String(call.payload.text);
}

/**
 * A price source that fails its first `failures` calls as an unavailable upstream would, then
 * answers as the demo feed; records when each call came, to measure the backoff.
 */
export function flakySource(now: () => number, failures: number): PriceSource & { calls: number[] } {
  const feed = createDemoPriceFeed({ now });
  const calls: number[] = [];
  return {
    name: 'demo',
    demo: true,
    maxBatch: feed.maxBatch,
    calls,
    async fetchPrices(products, signal) {
      calls.push(Date.now());
      if (calls.length <= failures) throw new Error(`upstream answered 503 Service Unavailable (call ${calls.length})`);
      return feed.fetchPrices(products, signal);
    },
  };
}
