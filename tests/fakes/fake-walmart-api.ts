/**
 * A fake Walmart Affiliate API (Product v2) for tests: a real node:http server on 127.0.0.1
 * that authenticates every request as Walmart does, by verifying WM_SEC.AUTH_SIGNATURE (RSA-SHA256
 * of "consumerId\ntimestamp\nkeyVersion\n") with the registered public key, checking the consumer
 * id, the key version and that the timestamp is within 5 minutes. It serves `GET /items?ids=`
 * (at most 20 ids) and `GET /search?query=`, and can be told to fail the next requests.
 */
import { createVerify, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An item in the fake's catalog, in Walmart's field names (prices in dollars). */
export interface FakeWalmartItem {
  itemId: number;
  name: string;
  salePrice?: number;
  msrp?: number;
  stock?: string;
  brandName?: string;
}

/** What the fake did with one request. */
export interface FakeWalmartRequest {
  path: string;
  query: Record<string, string>;
  /** Whether the signature headers verified. */
  authenticated: boolean;
  status: number;
  /** Raw auth header values, for tests that check the format. */
  headers: Record<string, string | undefined>;
}

/** Options for {@link startFakeWalmartApi}. */
export interface FakeWalmartOptions {
  consumerId: string;
  keyVersion: string;
  publicKey: KeyObject;
  items: FakeWalmartItem[];
}

/** A scripted answer for the next request: an HTTP status (with an optional Retry-After), or no answer at all. */
export type FakeWalmartFailure = { status: number; retryAfter?: string } | 'hang';

/** A running fake. */
export interface FakeWalmartApi {
  url: string;
  requests: FakeWalmartRequest[];
  /** The next requests get these answers, in order, before normal service resumes. */
  failNext(...failures: FakeWalmartFailure[]): void;
  close(): Promise<void>;
}

const AUTH_HEADERS = ['wm_consumer.id', 'wm_consumer.intimestamp', 'wm_sec.key_version', 'wm_sec.auth_signature'] as const;

/**
 * Starts the fake on a free port.
 *
 * @example
 * const walmart = await startFakeWalmartApi({ consumerId: 'c-1', keyVersion: '1', publicKey, items: [...] });
 */
export async function startFakeWalmartApi(opts: FakeWalmartOptions): Promise<FakeWalmartApi> {
  const requests: FakeWalmartRequest[] = [];
  const script: FakeWalmartFailure[] = [];
  const items = new Map(opts.items.map((i) => [i.itemId, i]));
  const hanging = new Set<http.ServerResponse>();

  const verify = (h: http.IncomingHttpHeaders): boolean => {
    const [id, ts, version, signature] = AUTH_HEADERS.map((name) => h[name]);
    if (typeof id !== 'string' || typeof ts !== 'string' || typeof version !== 'string' || typeof signature !== 'string') return false;
    if (id !== opts.consumerId || version !== opts.keyVersion) return false;
    if (!/^\d+$/.test(ts) || Math.abs(Date.now() - Number(ts)) > 5 * 60_000) return false;
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${id}\n${ts}\n${version}\n`);
    return verifier.verify(opts.publicKey, signature, 'base64');
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const record: FakeWalmartRequest = {
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authenticated: verify(req.headers),
      status: 0,
      headers: Object.fromEntries(AUTH_HEADERS.map((h) => [h, req.headers[h] as string | undefined])),
    };
    requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (!record.authenticated) {
      return send(401, {
        details: {
          Description: 'Could not authenticate in-request, auth signature : Signature verification failed: affil-product, version: 2.0.0, env: prod',
          'wm_svc.name': 'affil-product',
        },
      });
    }
    const failure = script.shift();
    if (failure === 'hang') {
      hanging.add(res);
      return;
    }
    if (failure) return send(failure.status, { errors: [{ code: failure.status, message: 'scripted failure' }] }, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});
    if (url.pathname === '/items') {
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter(Boolean);
      if (ids.length === 0 || ids.length > 20) return send(400, { errors: [{ code: 4002, message: 'between 1 and 20 ids' }] });
      return send(200, { items: ids.flatMap((id) => (items.has(Number(id)) ? [items.get(Number(id))] : [])) });
    }
    if (url.pathname === '/search') {
      const words = (url.searchParams.get('query') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const found = [...items.values()].filter((i) => words.every((w) => i.name.toLowerCase().includes(w)));
      const numItems = Number(url.searchParams.get('numItems') ?? 10);
      return send(200, { query: url.searchParams.get('query'), totalResults: found.length, start: 1, numItems, items: found.slice(0, numItems) });
    }
    send(404, { errors: [{ code: 404, message: 'not found' }] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    failNext: (...failures) => script.push(...failures),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
