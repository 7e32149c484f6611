import { Counter } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionTokens } from '../../../src/channels/web/index.js';
import { createWebHarness, insertProduct, type WebHarness } from './web-harness.js';

describe('REST API', () => {
  let h: WebHarness;
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    h = await createWebHarness({ demoStore: true, corsOrigins: ['https://shop.example'] });
    ana = h.tokens.issue().token;
    ben = h.tokens.issue().token;
  });
  afterAll(async () => {
    await h.close();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token?: string, body?: unknown) =>
    h.web.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body ? { payload: body as object } : {}) });
  const names = (list: any): string[] => list.groups.flatMap((g: any) => g.lines.map((l: any) => l.name));

  it('starts a session whose token opens the API, and refuses tokens signed with another secret', async () => {
    const created = await call('POST', '/api/sessions');
    expect(created.statusCode).toBe(201);
    expect((await call('GET', '/api/lists', created.json().token)).statusCode).toBe(200);
    const foreign = createSessionTokens('some other secret').issue().token;
    expect((await call('GET', '/api/lists', foreign)).statusCode).toBe(401);
  });

  it('refuses requests without a valid session token', async () => {
    for (const token of [undefined, 'nope', `${ana.split('.')[0]}.forged`]) {
      const res = await call('GET', '/api/lists', token);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHORIZED');
    }
  });

  it('adds items to a list, shows it, takes a line off, and announces each change', async () => {
    const anaId = h.users.resolve('web', h.tokens.verify(ana)!).id;
    const list = h.lists.defaultList(anaId);
    const announced: number[] = [];
    const off = h.events.on('list_changed', ({ listId }) => announced.push(listId));

    const added = await call('POST', `/api/lists/${list.id}/items`, ana, { items: [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'eggs', quantity: 12 }] });
    expect(added.statusCode).toBe(200);
    expect(added.json().itemCount).toBe(2);
    expect(names(added.json()).join(' ')).toMatch(/milk/i);
    expect(names(added.json()).join(' ')).toMatch(/egg/i);
    expect(added.json().estimatedTotalCents).toBeGreaterThan(0);

    const overview = (await call('GET', '/api/lists', ana)).json();
    expect(overview.lists).toEqual([expect.objectContaining({ id: list.id, name: list.name, itemCount: 2, isDefault: true })]);

    const shown = await call('GET', `/api/lists/${list.id}`, ana);
    expect(shown.json()).toEqual(added.json());

    const eggs = shown.json().groups.flatMap((g: any) => g.lines).find((l: any) => /egg/i.test(l.name));
    const removed = await call('DELETE', `/api/lists/${list.id}/items/${eggs.id}`, ana);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().itemCount).toBe(1);
    expect(names(removed.json()).join(' ')).not.toMatch(/egg/i);
    expect(announced).toEqual([list.id, list.id]);
    off();
  });

  it("never shows one user another user's list: 404, the same as a list that does not exist", async () => {
    const anaId = h.users.resolve('web', h.tokens.verify(ana)!).id;
    const anasList = h.lists.defaultList(anaId);
    for (const [method, url, body] of [
      ['GET', `/api/lists/${anasList.id}`],
      ['POST', `/api/lists/${anasList.id}/items`, { items: [{ name: 'beer' }] }],
      ['DELETE', `/api/lists/${anasList.id}/items/1`],
      ['GET', '/api/lists/999999'],
    ] as const) {
      const res = await call(method, url, ben, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.code).toBe('LIST_NOT_FOUND');
    }
    expect((await call('GET', '/api/lists', ben)).json().lists).toEqual([]);
    expect(names((await call('GET', `/api/lists/${anasList.id}`, ana)).json()).join(' ')).not.toMatch(/beer/);
  });

  it('rejects malformed requests with a plain 400', async () => {
    const anaId = h.users.resolve('web', h.tokens.verify(ana)!).id;
    const list = h.lists.defaultList(anaId);
    for (const body of [{}, { items: [] }, { items: [{ name: '' }] }, { items: [{ name: 'milk', quantity: -1 }] }]) {
      const res = await call('POST', `/api/lists/${list.id}/items`, ana, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toEqual({ code: 'BAD_INPUT', message: expect.any(String) });
    }
    expect((await call('GET', '/api/lists/abc', ana)).statusCode).toBe(400);
    expect((await call('GET', '/api/products?sort=cheapest', ana)).statusCode).toBe(400);
  });

  it('searches products, sorts them, and shows one product and its price history', async () => {
    const res = await call('GET', '/api/products?q=milk&limit=5', ana);
    expect(res.statusCode).toBe(200);
    const products = res.json().products;
    expect(products.length).toBeGreaterThan(0);
    expect(products.length).toBeLessThanOrEqual(5);
    expect(products[0].name).toMatch(/milk/i);

    const byPrice = (await call('GET', '/api/products?q=milk&sort=price&limit=10', ana)).json().products.map((p: any) => p.priceCents);
    expect(byPrice).toEqual([...byPrice].sort((a: number, b: number) => a - b));

    const one = await call('GET', `/api/products/${products[0].id}`, ana);
    expect(one.json()).toMatchObject({ id: products[0].id, name: products[0].name, priceCents: products[0].priceCents });
    expect((await call('GET', '/api/products/99999999', ana)).statusCode).toBe(404);

    const history = (await call('GET', `/api/products/${products[0].id}/price-history`, ana)).json();
    expect(history.productId).toBe(products[0].id);
    expect(history.points.length).toBeGreaterThan(10);
    expect(history.points.at(-1).priceCents).toBe(products[0].priceCents);
    expect(history.summary).toContain('$');
  });

  it('returns the stored price history points of a product', async () => {
    const id = insertProduct(h.db, { name: 'Test Oat Drink 64 oz', category: 'oat milk', prices: [399, 399, 379, 349] });
    const history = (await call('GET', `/api/products/${id}/price-history`, ana)).json();
    expect(history.points.map((p: any) => p.priceCents)).toEqual([399, 399, 379, 349]);
    expect(history.priceCents).toBe(349);
  });
});

describe('service endpoints', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await createWebHarness({ corsOrigins: ['https://shop.example'], rateLimitPerMinute: 30 });
  });
  afterAll(async () => {
    await h.close();
  });

  it('serves health, readiness and the OpenAPI document with every API route', async () => {
    expect((await h.web.app.inject('/healthz')).json()).toEqual({ ok: true });
    expect((await h.web.app.inject('/readyz')).statusCode).toBe(200);
    const doc = (await h.web.app.inject('/docs/json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/lists', '/api/lists/{id}', '/api/lists/{id}/items', '/api/lists/{id}/items/{itemId}', '/api/products', '/api/products/{id}', '/api/products/{id}/price-history']),
    );
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    const ui = await h.web.app.inject('/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('counts turns, open sockets and errors in /metrics', async () => {
    const ws = await h.web.app.injectWS('/ws');
    const frames: any[] = [];
    ws.on('message', (d) => frames.push(JSON.parse(d.toString())));
    ws.send(JSON.stringify({ type: 'hello' }));
    ws.send('garbage');
    ws.send(JSON.stringify({ type: 'message', id: 'm1', text: 'hi' }));
    await expect.poll(() => frames.some((f) => f.type === 'reply')).toBe(true);
    const text = (await h.web.app.inject('/metrics')).body;
    expect(text).toMatch(/grocery_agent_turns_total\{channel="web",source="\w+"\} 1/);
    expect(text).toMatch(/grocery_agent_turn_latency_seconds_count\{channel="web"\} 1/);
    expect(text).toMatch(/grocery_agent_web_open_sockets 1/);
    expect(text).toMatch(/grocery_agent_web_errors_total\{code="BAD_FRAME"\} 1/);
    ws.terminate();
    await expect.poll(async () => (await h.web.app.inject('/metrics')).body).toMatch(/grocery_agent_web_open_sockets 0/);
  });

  it("shows other parts' metrics registered on the shared registry", async () => {
    const alertsSent = new Counter({ name: 'grocery_agent_test_alerts_sent_total', help: 'alerts', registers: [h.web.metrics.registry] });
    alertsSent.inc(3);
    expect((await h.web.app.inject('/metrics')).body).toMatch(/grocery_agent_test_alerts_sent_total 3/);
  });

  it('answers CORS preflights for configured origins only', async () => {
    const allowed = await h.web.app.inject({ method: 'OPTIONS', url: '/api/lists', headers: { origin: 'https://shop.example', 'access-control-request-method': 'GET' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example');
    const other = await h.web.app.inject({ method: 'OPTIONS', url: '/api/lists', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the demo page and widget with security headers, and lets other sites load the widget', async () => {
    const page = await h.web.app.inject('/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/widget.js');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const widget = await h.web.app.inject('/widget.js');
    expect(widget.statusCode).toBe(200);
    expect(widget.headers['content-type']).toMatch(/javascript/);
    expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect((await h.web.app.inject('/tsconfig.json')).statusCode).toBe(404);
  });

  it('closes chat sockets opened from sites that are not allowed', async () => {
    const ws = await h.web.app.injectWS('/ws', { headers: { origin: 'https://evil.example', host: 'localhost' } });
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(1008);
  });

  it('rate limits a client that sends too many requests', async () => {
    let last = 0;
    for (let i = 0; i < 40 && last !== 429; i++) last = (await h.web.app.inject('/api/lists')).statusCode;
    expect(last).toBe(429);
    const res = await h.web.app.inject('/api/lists');
    expect(res.json().error.code).toBe('RATE_LIMITED');
    expect((await h.web.app.inject('/healthz')).statusCode).toBe(200);
  });
});
