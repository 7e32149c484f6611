import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the proxy answers instead of forwarding. */
export type ProxyFailure = { status: 429; retryAfterSeconds: number } | { status: 500 | 503 } | { status: 403 };

/** A reverse proxy in front of a fake service that fails chosen requests, recording when each arrived. */
export interface FailingProxy {
  url: string;
  /** The next `count` requests matching `match` get `failure` instead of reaching the service. */
  failNext(match: (method: string, path: string) => boolean, failure: ProxyFailure, count?: number): void;
  /** Every request: method, path, the status it got and when (ms since the proxy started). */
  log: { method: string; path: string; status: number; at: number }[];
  close(): Promise<void>;
}

/**
 * Starts a proxy on a free local port forwarding to `target` (e.g. a fake Bot Connector's
 * serviceUrl), so a test can make a real service's API answer 429 (with Retry-After) or 500
 * without teaching the fake itself to fail.
 */
export async function startFailingProxy(target: string): Promise<FailingProxy> {
  const rules: { match: (method: string, path: string) => boolean; failure: ProxyFailure; left: number }[] = [];
  const log: FailingProxy['log'] = [];
  const started = Date.now();
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const method = req.method ?? 'GET';
      const path = req.url ?? '/';
      const rule = rules.find((r) => r.left > 0 && r.match(method, path));
      if (rule) {
        rule.left--;
        log.push({ method, path, status: rule.failure.status, at: Date.now() - started });
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (rule.failure.status === 429) headers['retry-after'] = String(rule.failure.retryAfterSeconds);
        res.writeHead(rule.failure.status, headers);
        return res.end(JSON.stringify({ error: { code: rule.failure.status === 429 ? 'TooManyRequests' : rule.failure.status === 403 ? 'BotNotInConversationRoster' : 'ServiceError', message: 'injected by the test' } }));
      }
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method, path, headers: { ...req.headers, host: upstream.host } },
        (up) => {
          log.push({ method, path, status: up.statusCode ?? 0, at: Date.now() - started });
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      forward.on('error', () => {
        res.writeHead(502);
        res.end();
      });
      forward.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    log,
    failNext: (match, failure, count = 1) => void rules.push({ match, failure, left: count }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
