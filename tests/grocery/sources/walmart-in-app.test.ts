/**
 * The assembled app with WALMART_* set: the price refresh asks the (fake, signature-checking)
 * Affiliate API, and a person searching sees Walmart's new price at once (the cache is dropped).
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { startFakeWalmartApi, type FakeWalmartApi } from '../../fakes/fake-walmart-api.js';
import { createTempDb } from '../../helpers/temp-db.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
// As a one-line .env file would hold it.
const ONE_LINE_KEY = (keys.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).replace(/\n/g, '\\n');
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('Walmart prices in the app', () => {
  let api: FakeWalmartApi;
  let app: App;
  let cleanup: () => void;
  let dir: string;

  beforeAll(async () => {
    api = await startFakeWalmartApi({
      consumerId: 'consumer-1',
      keyVersion: '3',
      publicKey: keys.publicKey,
      items: [{ itemId: 10450114, name: 'Great Value Whole Milk, 1 gal', salePrice: 3.18, msrp: 3.48, stock: 'Available' }],
    });
    const t = createTempDb();
    t.db.close();
    ({ cleanup, dir } = t);
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      DEMO_STORE: 'off',
      WALMART_CONSUMER_ID: 'consumer-1',
      WALMART_PRIVATE_KEY: ONE_LINE_KEY,
      WALMART_KEY_VERSION: '3',
      WALMART_API_URL: api.url,
    });
    app = await createApp(config, logger);
    app.core.catalog.upsertProducts([{ sku: '10450114', name: 'Great Value Whole Milk, 1 gal', brand: 'Great Value', category: 'milk', priceCents: 348 }], { now: Date.now() });
    await app.start();
  });
  afterAll(async () => {
    await app?.stop();
    await api.close();
    cleanup();
  });

  it("shows Walmart's price after a refresh, to someone who saw the old one a moment ago", async () => {
    const say = (text: string) => app.core.agent.handle({ channel: 'terminal', externalUserId: 'ana', conversationKey: 'ana', text, messageId: `${Math.random()}` });
    expect((await say('search for whole milk')).text).toContain('$3.48');

    await app.jobs!.trigger('price-refresh');
    const deadline = Date.now() + 5000;
    const refreshed = () => app.jobs!.store.recent(10, 'price-refresh').some((r) => r.status !== 'running');
    while (!refreshed() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(app.jobs!.store.recent(1, 'price-refresh')[0]).toMatchObject({ status: 'succeeded' });
    expect((await say('search for whole milk')).text).toContain('$3.18');
    expect(api.requests.length).toBeGreaterThan(0);
    expect(api.requests.every((r) => r.authenticated && r.path === '/items' && r.query.ids === '10450114')).toBe(true);
  });

  it('refuses to start with a private key that does not parse, naming the variable', async () => {
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', DEMO_STORE: 'off', WALMART_CONSUMER_ID: 'c', WALMART_PRIVATE_KEY: 'not a key', WALMART_KEY_VERSION: '1' });
    const err = await createApp(config, logger).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/WALMART_PRIVATE_KEY/);
  });
});
