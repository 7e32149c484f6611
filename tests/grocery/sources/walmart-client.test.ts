/**
 * The Walmart Affiliate API client and price source against a fake API that verifies every
 * request's signature with the public key, as Walmart does.
 */
import { generateKeyPairSync } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import type { PricedProduct } from '../../../src/grocery/sources/price-source.js';
import { createWalmartClient, type WalmartClientOptions } from '../../../src/grocery/sources/walmart-client.js';
import { createWalmartPriceSource } from '../../../src/grocery/sources/walmart-price-source.js';
import { startFakeWalmartApi, type FakeWalmartApi, type FakeWalmartItem } from '../../fakes/fake-walmart-api.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const CONSUMER_ID = '83f82845-f12c-48ae-a7a6-8a9b0461c3ab';

// 45 items: 1000..1044. Every fifth is on rollback (msrp above salePrice), 1003 is sold out.
const ITEMS: FakeWalmartItem[] = Array.from({ length: 45 }, (_, i) => ({
  itemId: 1000 + i,
  name: `Great Value Item ${i}`,
  salePrice: 1 + i * 0.25 + 0.08,
  msrp: i % 5 === 0 ? 2 + i * 0.25 + 0.08 : 1 + i * 0.25 + 0.08,
  stock: i === 3 ? 'Not available' : 'Available',
}));
ITEMS.push({ itemId: 5000, name: 'Great Value Whole Milk, 1 gal', salePrice: 3.48, msrp: 3.96, stock: 'Available' });

let api: FakeWalmartApi;
let logs: string[];
beforeEach(async () => {
  api = await startFakeWalmartApi({ consumerId: CONSUMER_ID, keyVersion: '1', publicKey: keys.publicKey, items: ITEMS });
  logs = [];
});
afterEach(async () => api.close());

const logger = () => pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => (logs.push(String(chunk)), done()) }));
const options = (over: Partial<WalmartClientOptions> = {}): WalmartClientOptions => ({
  consumerId: CONSUMER_ID,
  privateKey: PRIVATE_PEM,
  keyVersion: '1',
  baseUrl: api.url,
  backoffMs: 5,
  random: () => 0.5,
  logger: logger(),
  ...over,
});
const product = (itemId: number | null, productId = itemId ?? 0): PricedProduct => ({ productId, sku: itemId === null ? null : String(itemId), name: `p${productId}`, priceCents: 100 });
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
};

describe('Walmart price source', () => {
  it("is the live, non-demo source, batched at the API's 20 ids", () => {
    const source = createWalmartPriceSource(options());
    expect(source).toMatchObject({ name: 'walmart', demo: false, maxBatch: 20 });
  });

  it('looks 46 item ids up in signed batches of 20, 20 and 6 and turns dollars into cents', async () => {
    const at = Date.now();
    const source = createWalmartPriceSource({ ...options(), clock: () => at });
    const products = [...ITEMS.slice(0, 45).map((i) => product(i.itemId, i.itemId - 999)), product(null, 90), product(987654, 91)];
    const quotes = await source.fetchPrices(products);

    expect(api.requests.map((r) => [r.path, r.query.ids!.split(',').length])).toEqual([
      ['/items', 20],
      ['/items', 20],
      ['/items', 6], // 5 known items and 987654, which Walmart does not know
    ]);
    expect(api.requests.every((r) => r.authenticated && r.status === 200)).toBe(true);
    expect(quotes).toHaveLength(45); // no sku and an id Walmart does not know: no quote
    const byProduct = new Map(quotes.map((q) => [q.productId, q]));
    expect(byProduct.get(1)).toEqual({ productId: 1, priceCents: 108, wasPriceCents: 208, inStock: true, observedAt: at });
    expect(byProduct.get(2)).toMatchObject({ priceCents: 133, wasPriceCents: null });
    expect(byProduct.get(4)).toMatchObject({ inStock: false });
    expect(quotes.every((q) => Number.isInteger(q.priceCents))).toBe(true);
  });

  it('answers nothing, and asks nothing, for products without a Walmart item id', async () => {
    expect(await createWalmartPriceSource(options()).fetchPrices([product(null, 1)])).toEqual([]);
    expect(api.requests).toHaveLength(0);
  });
});

describe('Walmart client', () => {
  it('waits and retries after a 429, then succeeds with a freshly signed request', async () => {
    api.failNext({ status: 429, retryAfter: '0' });
    const client = createWalmartClient(options());
    const [milk] = await client.lookupItems([5000]);
    expect(milk).toMatchObject({ itemId: 5000, salePrice: 3.48, msrp: 3.96 });
    expect(api.requests.map((r) => r.status)).toEqual([429, 200]);
    expect(api.requests.every((r) => r.authenticated)).toBe(true);
    expect(client.breakerState()).toBe('closed');
    expect(logs.join('')).toContain('walmart: retrying');
  });

  it('opens the circuit after repeated 500s and stops calling until the cool-down ends', async () => {
    let now = Date.now();
    const client = createWalmartClient(options({ retries: 1, breaker: { failureThreshold: 3, cooldownMs: 30_000 }, clock: () => now }));
    api.failNext(...Array.from({ length: 3 }, () => ({ status: 500 })));

    const first = await failure(client.lookupItems([5000]));
    expect(isAppError(first, 'UPSTREAM_UNAVAILABLE') && first.detail).toMatch(/HTTP 500 after 2 attempts/);
    await failure(client.lookupItems([5000]));
    expect(client.breakerState()).toBe('open');
    const reached = api.requests.length;
    expect(reached).toBe(3);

    const refused = await failure(client.lookupItems([5000]));
    expect(isAppError(refused, 'UPSTREAM_UNAVAILABLE') && refused.detail).toMatch(/circuit open/);
    expect(api.requests).toHaveLength(reached);

    now += 30_000; // one probe may go; the service has recovered
    expect((await client.lookupItems([5000]))[0]?.name).toBe('Great Value Whole Milk, 1 gal');
    expect(client.breakerState()).toBe('closed');
  });

  it('is refused by the server when signing with the wrong key, does not retry, and logs no secret', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const client = createWalmartClient(options({ privateKey: other }));
    const err = await failure(client.lookupItems([5000]));
    expect(isAppError(err, 'UPSTREAM_UNAVAILABLE') && err.detail).toMatch(/HTTP 401, refused the request signature/);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.authenticated).toBe(false);
    expect(client.breakerState()).toBe('closed');

    // Nor does a wrong consumer id or key version pass.
    await failure(createWalmartClient(options({ consumerId: 'someone-else' })).lookupItems([5000]));
    await failure(createWalmartClient(options({ keyVersion: '2' })).lookupItems([5000]));
    expect(api.requests.map((r) => r.status)).toEqual([401, 401, 401]);

    const logged = logs.join('');
    expect(logged).not.toContain(PRIVATE_PEM.split('\n')[1]!);
    for (const r of api.requests) expect(logged).not.toContain(r.headers['wm_sec.auth_signature']!);
  });

  it('gives up on an attempt that gets no answer within its deadline, and retries it', async () => {
    api.failNext('hang');
    const client = createWalmartClient(options({ timeoutMs: 150, retries: 1 }));
    const started = Date.now();
    expect((await client.lookupItems([5000]))[0]?.itemId).toBe(5000);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(api.requests).toHaveLength(2);
  });

  it("stops at once when the caller's signal is aborted, without retrying", async () => {
    api.failNext('hang');
    const client = createWalmartClient(options({ timeoutMs: 5000, retries: 3 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('refresh cancelled')), 50);
    const err = await failure(client.lookupItems([5000], controller.signal));
    expect((err as Error).message).toBe('refresh cancelled');
    expect(api.requests).toHaveLength(1);
    expect(client.breakerState()).toBe('closed');
  });

  it('searches, asking for at most the given number of items', async () => {
    const client = createWalmartClient(options());
    const found = await client.search('whole milk', { numItems: 5 });
    expect(found.map((i) => i.name)).toEqual(['Great Value Whole Milk, 1 gal']);
    expect(api.requests[0]).toMatchObject({ path: '/search', query: { query: 'whole milk', numItems: '5' }, authenticated: true });
  });
});
