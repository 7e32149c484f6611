/**
 * Redis behind the in-process cache, against a redis-server this test starts on its own port:
 * two processes share price lookups and invalidations through it, and a Redis that dies in the
 * middle costs nothing but sharing (lookups answer from SQLite, logged once) until it returns.
 */
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { type Catalog } from '../../../src/grocery/catalog/index.js';
import { catalogOf } from '../../helpers/catalog.js';
import type { PriceService } from '../../../src/grocery/prices/index.js';
import { createLogger } from '../../../src/logger.js';
import { createApp } from '../../../src/main.js';
import { createProductCache, type ProductCache } from '../../../src/store/cache/index.js';
import type { Db } from '../../../src/store/database.js';
import { priceServiceOver } from '../../helpers/price-services.js';
import { createTempDb } from '../../helpers/temp-db.js';
import { freePort, startTestRedis, type TestRedis } from './redis-server.js';

const NOW = Date.UTC(2026, 10, 20, 15);

let redis: TestRedis;
let admin: Redis;
beforeAll(async () => {
  redis = await startTestRedis();
  admin = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  admin.on('error', () => {}); // it loses its server on purpose below
});
afterAll(async () => {
  admin.disconnect();
  await redis.kill();
});

/** One "process": its own catalog, price service and cache, over the shared database and Redis. */
interface Instance {
  cache: ProductCache;
  catalog: Catalog;
  prices: PriceService;
  logs: { level: number; msg: string }[];
}

let db: Db;
let cleanup: () => void;
let prefix: string;
let oatId: number;
const instances: Instance[] = [];
let run = 0;

function instance(url = redis.url): Instance {
  const logs: Instance['logs'] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (logs.push(JSON.parse(String(chunk))), done()) }));
  const cache = createProductCache({ redisUrl: url, redisPrefix: prefix, logger, now: () => NOW });
  const made = { cache, catalog: catalogOf(db, { cache }), prices: priceServiceOver(db, { now: () => NOW, cache }), logs };
  instances.push(made);
  return made;
}

beforeEach(() => {
  ({ db, cleanup } = createTempDb());
  prefix = `test-${process.pid}-${++run}:`;
  [oatId] = catalogOf(db).upsertProducts([{ sku: 'OAT1', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', priceCents: 399 }], { now: NOW }).ids as [number];
});
afterEach(async () => {
  await Promise.all(instances.splice(0).map((i) => i.cache.close()));
  cleanup();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
const ready = (...xs: Instance[]) => waitFor(() => xs.every((x) => x.cache.stats().redisAvailable));
const setPrice = (cents: number) => db.prepare('UPDATE products SET price_cents = ? WHERE id = ?').run(cents, oatId);
const messages = (i: Instance) => i.logs.map((l) => l.msg);

describe('product cache with Redis', () => {
  it('shares a price lookup computed by one process with another through Redis', async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    expect(a.cache.backend).toBe('redis');
    expect(a.prices.priceInfo(oatId).priceCents).toBe(399);
    await waitFor(async () => (await admin.exists(`${prefix}price:${oatId}`)) === 1);

    // SQLite now says something else: b's warmed entry can only have come from Redis.
    setPrice(111);
    expect(await b.cache.warm([oatId])).toEqual({ cached: 0, fromRedis: 1, fromSqlite: 0, failed: 0 });
    expect(b.prices.priceInfo(oatId).priceCents).toBe(399);
    expect(b.cache.stats().areas.price).toMatchObject({ hits: 1, misses: 0, warmed: { redis: 1, sqlite: 0 } });
  });

  it("drops another process's copies when a price changes, so both show the new price", async () => {
    const a = instance();
    const b = instance();
    await ready(a, b);
    expect(a.prices.priceInfo(oatId).priceCents).toBe(399);
    expect(b.prices.priceInfo(oatId).priceCents).toBe(399);
    expect(b.catalog.search({ query: 'oat milk' })[0]?.product.priceCents).toBe(399);

    setPrice(299);
    a.cache.invalidateProducts([oatId]);

    expect(a.prices.priceInfo(oatId).priceCents).toBe(299);
    await waitFor(() => b.prices.priceInfo(oatId).priceCents === 299);
    expect(b.catalog.search({ query: 'oat milk' })[0]?.product.priceCents).toBe(299);
    // The stale shared copy went too: a third process warming now reads the new price.
    const c = instance();
    await ready(c);
    await c.cache.warm([oatId]);
    expect(c.prices.priceInfo(oatId).priceCents).toBe(299);
  });

  it('keeps answering from SQLite when Redis is killed mid-test, logs it once, and uses Redis again when it returns', async () => {
    const a = instance();
    await ready(a);
    expect(a.prices.priceInfo(oatId).priceCents).toBe(399);

    await redis.kill();
    setPrice(349);
    a.cache.invalidateProducts([oatId]);
    const started = Date.now();
    expect(a.prices.priceInfo(oatId).priceCents).toBe(349);
    expect(a.catalog.search({ query: 'oat milk' })[0]?.product.priceCents).toBe(349);
    a.cache.invalidateProducts([oatId]);
    expect(await a.cache.warm([oatId])).toEqual({ cached: 0, fromRedis: 0, fromSqlite: 1, failed: 0 });
    expect(Date.now() - started).toBeLessThan(1000);
    await waitFor(() => messages(a).includes('redis cache unavailable: serving from memory and SQLite'));
    await new Promise((r) => setTimeout(r, 300)); // several reconnect attempts fail meanwhile
    expect(messages(a).filter((m) => m.startsWith('redis cache unavailable'))).toHaveLength(1);
    expect(a.cache.stats().redisAvailable).toBe(false);

    await redis.start();
    await admin.connect().catch(() => {});
    await ready(a);
    expect(messages(a).filter((m) => m === 'redis cache back')).toHaveLength(1);
    a.cache.invalidateProducts([oatId]);
    a.prices.priceInfo(oatId);
    await waitFor(async () => (await admin.exists(`${prefix}price:${oatId}`).catch(() => 0)) === 1);
  }, 15_000);

  it('works without sharing when Redis is not there at start, and never logs the URL', async () => {
    const url = `redis://:s3cret@127.0.0.1:${await freePort()}`;
    const a = instance(url);
    expect(a.prices.priceInfo(oatId).priceCents).toBe(399);
    expect(a.prices.priceInfo(oatId).priceCents).toBe(399);
    expect(a.cache.stats().areas.price).toMatchObject({ hits: 1, misses: 1 });
    expect(await a.cache.warm([oatId])).toMatchObject({ cached: 1 });
    await waitFor(() => messages(a).some((m) => m.startsWith('redis cache unavailable')));
    expect(JSON.stringify(a.logs)).not.toContain('s3cret');
  });
});

describe('createApp with REDIS_URL', () => {
  it('puts Redis behind the cache of the assembled app', async () => {
    const t = createTempDb();
    t.db.close();
    const app = await createApp(loadConfig({ DATA_DIR: t.dir, PORT: '0', DEMO_STORE: 'off', JOBS: 'off', REDIS_URL: redis.url }), createLogger({ level: 'silent' }));
    try {
      const [id] = app.core.catalog.upsertProducts([{ sku: 'T1', name: 'Acme Tea, 20 ct', category: 'tea', priceCents: 250 }], { now: Date.now() }).ids;
      expect(app.core.cache.backend).toBe('redis');
      await waitFor(() => app.core.cache.stats().redisAvailable);
      expect(app.core.prices.priceInfo(id!).priceCents).toBe(250);
      await waitFor(async () => (await admin.exists(`grocery-agent:cache:price:${id}`)) === 1);
    } finally {
      await app.stop();
      t.cleanup();
    }
  });
});
