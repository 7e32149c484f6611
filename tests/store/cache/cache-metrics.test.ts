/** The cache's hits, misses and hit rate appear in the assembled app's `/metrics`. */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);

describe('/metrics', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    const seeded = createSeededTempDb(NOW);
    seeded.db.close();
    dir = seeded.dir;
    app = await createApp(loadConfig({ DATA_DIR: dir, PORT: '0' }), createLogger({ level: 'silent' }), { now: () => NOW });
  }, 60_000);
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const metric = (text: string, line: string) => {
    const found = text.split('\n').find((l) => l.startsWith(`${line} `));
    return found === undefined ? undefined : Number(found.slice(line.length + 1));
  };

  it('exports cache hits, misses and the hit ratio per area after searches and price lookups', async () => {
    const { token } = (await app.web.app.inject({ method: 'POST', url: '/api/sessions' })).json() as { token: string };
    const get = (url: string) => app.web.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    for (let i = 0; i < 4; i++) expect((await get('/api/products?q=bananas')).statusCode).toBe(200);
    const id = ((await get('/api/products?q=bananas')).json() as { products: { id: number }[] }).products[0]!.id;
    for (let i = 0; i < 2; i++) expect((await get(`/api/products/${id}/price-history`)).statusCode).toBe(200);

    const text = (await app.web.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metric(text, 'grocery_agent_cache_hits_total{area="search"}')).toBe(4);
    expect(metric(text, 'grocery_agent_cache_misses_total{area="search"}')).toBe(1);
    expect(metric(text, 'grocery_agent_cache_hit_ratio{area="search"}')).toBeCloseTo(0.8);
    expect(metric(text, 'grocery_agent_cache_hit_ratio{area="price"}')).toBeCloseTo(0.5);
  });
});
