/**
 * The cache in front of searches and price lookups, seen by a person chatting: what they are
 * shown comes from the cache after the first time, and a price change is shown at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/grocery/types.js';
import { createLogger } from '../../../src/logger.js';
import { createCore, type Core } from '../../../src/main.js';
import { createProductCache, type ProductCache } from '../../../src/store/cache/index.js';
import { createTempDb } from '../../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 20, 15);
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

let core: Core;
let cache: ProductCache;
let cleanup: () => void;
let clock = NOW;
let oatId: number;

beforeEach(() => {
  const t = createTempDb();
  cleanup = t.cleanup;
  clock = NOW;
  cache = createProductCache({ now: () => clock });
  core = createCore({ db: t.db, logger, now: () => clock, cache });
  [oatId] = core.catalog.upsertProducts(
    [
      { sku: 'OAT1', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', size: '64 fl oz', priceCents: 399 },
      { sku: 'ALM1', name: 'Acme Almond Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', size: '64 fl oz', priceCents: 349 },
    ],
    { now: NOW - 10 * DAY_MS },
  ).ids as [number];
});
afterEach(() => cleanup());

let n = 0;
const say = (text: string) => core.agent.handle({ channel: 'terminal', externalUserId: 'ana', conversationKey: 'ana', text, messageId: `m${++n}` });

describe('product cache in front of the catalog and prices', () => {
  it('answers a repeated search and price question from the cache', async () => {
    const first = await say('search for oat milk');
    expect(first.text).toContain('$3.99');
    expect((await say('search for oat milk')).text).toBe(first.text);
    expect(cache.stats().areas.search).toMatchObject({ hits: 1, misses: 1, hitRate: 0.5 });

    core.prices.priceInfo(oatId);
    const info = core.prices.priceInfo(oatId);
    expect(info.priceCents).toBe(399);
    expect(cache.stats().areas.price).toMatchObject({ hits: 1, misses: 1 });
  });

  it('prices a long list anew after the catalog changes a price on it, and only then', async () => {
    await say('add oat milk');
    // A long list, written as the list service writes it (thirty messages at once would be too fast for the turn limit).
    const list = core.lists.defaultList(core.users.find('terminal', 'ana')!.id);
    core.lists.addItems(list.ownerId, list.id, Array.from({ length: 30 }, (_, i) => ({ name: `party thing ${i}` })));
    expect((await say("what's on my list?")).text).toContain('$3.99');
    core.catalog.upsertProducts([{ sku: 'OAT1', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', size: '64 fl oz', priceCents: 299 }], { now: NOW });
    const after = (await say("what's on my list?")).text;
    expect(after).toContain('$2.99');
    expect(after).not.toContain('$3.99');
    // A change behind the catalog's back is only seen once the catalog is told (as an import tells it).
    core.db.prepare("UPDATE products SET price_cents = 199 WHERE sku = 'OAT1'").run();
    core.catalog.invalidate();
    expect((await say("what's on my list?")).text).toContain('$1.99');
  });

  it('shows the new price on the next search after the catalog changes a price', async () => {
    expect((await say('search for oat milk')).text).toContain('$3.99');
    expect(core.prices.priceInfo(oatId).priceCents).toBe(399);

    core.catalog.upsertProducts([{ sku: 'OAT1', name: 'Acme Oat Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', size: '64 fl oz', priceCents: 299 }], { now: NOW });

    const after = await say('search for oat milk');
    expect(after.text).toContain('$2.99');
    expect(after.text).not.toContain('$3.99');
    expect(core.prices.priceInfo(oatId).priceCents).toBe(299);
  });

  it('shows a price written straight to SQLite (a price refresh) once invalidateProducts is called', async () => {
    expect((await say('search for oat milk')).text).toContain('$3.99');
    expect(core.prices.priceInfo(oatId).priceCents).toBe(399);
    core.db.prepare('UPDATE products SET price_cents = 249 WHERE id = ?').run(oatId);
    core.db.prepare('INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)').run(oatId, NOW, 249);

    core.cache.invalidateProducts([oatId]);

    expect((await say('search for oat milk')).text).toContain('$2.49');
    expect(core.prices.priceInfo(oatId).priceCents).toBe(249);
  });

  it('adds the product a new catalog line means once it exists, though the same words matched nothing a moment ago', async () => {
    expect(core.catalog.bestMatch('cashew milk')).toBeUndefined();
    expect((await say('add cashew milk')).text).toMatch(/cashew milk/i);
    expect(cache.stats().areas['best-match']?.misses).toBeGreaterThan(0);

    const [cashewId] = core.catalog.upsertProducts(
      [{ sku: 'CSH1', name: 'Acme Cashew Milk, 64 fl oz', brand: 'Acme', category: 'plant milk', size: '64 fl oz', priceCents: 429 }],
      { now: NOW },
    ).ids;
    expect(core.catalog.bestMatch('cashew milk')?.id).toBe(cashewId);
    expect((await say('how much is cashew milk?')).text).toContain('$4.29');
  });

  it('keeps other products cached when one changes', () => {
    const almondId = core.catalog.search({ query: 'almond milk' })[0]!.product.id;
    core.prices.priceInfo(almondId);
    cache.invalidateProducts([oatId]);
    core.prices.priceInfo(almondId);
    expect(cache.stats().areas.price).toMatchObject({ hits: 1, misses: 1 });
  });

  it('recomputes a price lookup cached yesterday, since its trend and chart end today', () => {
    const before = core.prices.priceInfo(oatId);
    clock = NOW + DAY_MS;
    const next = core.prices.priceInfo(oatId);
    expect(next.history.at(-1)!.at).toBe(NOW + DAY_MS);
    expect(before.history.at(-1)!.at).toBe(NOW);
    expect(cache.stats().areas.price).toMatchObject({ hits: 0, misses: 2 });
  });

  it('does not cache an unknown product: asking again still says it is unknown', () => {
    expect(() => core.prices.priceInfo(999_999)).toThrow(/product 999999/);
    expect(() => core.prices.priceInfo(999_999)).toThrow(/product 999999/);
  });

  it('a caller reordering its results cannot reorder what the next caller gets', () => {
    const first = core.catalog.search({ query: 'milk' });
    const names = first.map((h) => h.product.name);
    first.reverse();
    expect(core.catalog.search({ query: 'milk' }).map((h) => h.product.name)).toEqual(names);
  });

  it('warms price lookups ahead of use, skipping unknown ids', async () => {
    const almondId = core.catalog.search({ query: 'almond milk' })[0]!.product.id;
    expect(await cache.warm([oatId, almondId, 999_999])).toEqual({ cached: 0, fromRedis: 0, fromSqlite: 2, failed: 1 });
    core.prices.priceInfo(oatId);
    core.prices.priceInfo(almondId);
    expect(cache.stats().areas.price).toMatchObject({ hits: 2, misses: 0, hitRate: 1, warmed: { sqlite: 2, redis: 0 } });
    expect(await cache.warm([oatId])).toMatchObject({ cached: 1, fromSqlite: 0 });
  });
});
