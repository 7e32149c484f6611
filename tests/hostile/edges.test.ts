import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERRORS } from '../../src/errors.js';
import { createAttackHarness, hello, say, type AttackHarness } from './attack-harness.js';

/**
 * Attacks on the edges: session tokens with a third part (`<sid>.<mac>.junk`) were accepted,
 * `/metrics` was open to anyone and exempt from rate limits, and `GET /%ZZ` answered in
 * Fastify's error format instead of ours.
 */
describe('edges', () => {
  let h: AttackHarness;
  beforeEach(async () => {
    h = await createAttackHarness({ metricsToken: 'scrape-secret-123', rateLimitPerMinute: 30 });
  });
  afterEach(async () => h.close());

  it('accepts a session token only exactly as it was issued', async () => {
    const c = await h.connect();
    const { token } = await hello(c);
    await say(c, 'add milk');
    const [sid, mac] = token.split('.');
    const forged = [`${token}.junk`, `${token}.`, `${token} `, ` ${token}`, `${sid}.${mac}=`, `${sid}..${mac}`, `${sid}.${mac}.${mac}`, `${sid}.${mac!.slice(0, -1)}`, `${sid}x.${mac}`, token.replace(/[a-z]/, (m) => m.toUpperCase())];
    for (const bad of forged) {
      const welcome = await hello(await h.connect(), bad);
      expect(welcome.resumed, bad).toBe(false);
      expect(welcome.history, bad).toEqual([]);
      // HTTP itself drops spaces around a header's value, so those two are the real token there.
      if (bad.trim() !== bad) continue;
      const rest = await h.request({ path: '/api/lists', headers: { authorization: `Bearer ${bad}` } });
      expect(rest.status, bad).toBe(401);
      expect(rest.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: ERRORS.UNAUTHORIZED.message } });
    }
    expect((await hello(await h.connect(), token)).resumed).toBe(true);
  });

  it('serves /metrics only with METRICS_TOKEN, and counts it against the address like any request', async () => {
    for (const authorization of [undefined, 'Bearer wrong', 'Bearer scrape-secret-1234', 'scrape-secret-123', 'Basic scrape-secret-123']) {
      const res = await h.request({ path: '/metrics', from: '127.0.0.30', headers: authorization ? { authorization } : {} });
      expect(res.status, authorization).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHORIZED');
    }
    const ok = await h.request({ path: '/metrics', from: '127.0.0.30', headers: { authorization: 'Bearer scrape-secret-123' } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatch(/grocery_agent_web_open_sockets/);
    let status = 200;
    for (let i = 0; i < 30 && status !== 429; i++) status = (await h.request({ path: '/metrics', from: '127.0.0.30', headers: { authorization: 'Bearer scrape-secret-123' } })).status;
    expect(status).toBe(429);
  });

  it('answers every refused request in our error format, also the ones Fastify or Node refuse before routing', async () => {
    const paths = ['/%ZZ', '/%', '/api/lists/%E0%A4%A', '/api/%ZZ/items', '/no-such-page', '/api/lists/abc', '/ws'];
    for (const path of paths) {
      const res = await h.request({ path, from: '127.0.0.40' });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(Object.keys(ERRORS), path).toContain(res.json().error.code);
      expect(res.json().error.message.length, path).toBeGreaterThan(0);
    }
    for (const bytes of ['GET /%ZZ HTTP/1.1\r\nHost: x\r\n\r\n', 'POST /api/lists/1/items HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1\r\n\r\n{',
      'POST /api/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: text/xml\r\nContent-Length: 3\r\n\r\n<a>', 'NONSENSE\r\n\r\n', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n']) {
      const answer = await h.raw(bytes, '127.0.0.42');
      const [head, body] = answer.split('\r\n\r\n');
      expect(head, bytes.slice(0, 20)).toMatch(/^HTTP\/1\.1 4\d\d /);
      expect(JSON.parse(body!), bytes.slice(0, 20)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    }
  });
});
