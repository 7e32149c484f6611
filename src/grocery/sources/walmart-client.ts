import { z } from 'zod';
import { AppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { systemClock, type Clock } from '../types.js';
import { createCircuitBreaker, type CircuitState } from '../../circuit-breaker.js';
import { createWalmartSigner, type WalmartCredentials } from './walmart-signature.js';

/** Walmart's production Affiliate API (Product v2). */
export const WALMART_API_URL = 'https://developer.api.walmart.com/api-proxy/service/affil/product/v2';

/** Item ids per `/items` request: the API's limit. */
export const WALMART_MAX_IDS = 20;

/** One item as the Affiliate API describes it (the fields we use; prices in dollars). */
export interface WalmartItem {
  itemId: number;
  name: string;
  /** Selling price in USD. Absent for items that cannot be bought right now. */
  salePrice?: number;
  /** Manufacturer's suggested price in USD: the "was" price when higher than `salePrice`. */
  msrp?: number;
  /** "Available", "Limited Supply", "Last few items" or "Not available". */
  stock?: string;
  upc?: string;
  brandName?: string;
  categoryPath?: string;
  size?: string;
}

/** Options for {@link createWalmartClient}: the credentials plus how patient to be. */
export interface WalmartClientOptions extends WalmartCredentials {
  /** `WALMART_API_URL`; defaults to {@link WALMART_API_URL}. */
  baseUrl?: string;
  /** Deadline per attempt. Default 5 s. */
  timeoutMs?: number;
  /** Attempts after the first on 429, 5xx, timeouts and network errors. Default 3. */
  retries?: number;
  /** First backoff; it doubles each retry (with jitter), up to `maxBackoffMs`. Default 250 ms. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Consecutive failures that open the breaker (default 5) and how long it stays open (default 60 s). */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  logger?: Logger;
  /** Signature timestamps and the breaker's cool-down. */
  clock?: Clock;
  /** Jitter source, in [0, 1). */
  random?: () => number;
}

/** The Affiliate API calls we make. Failures throw AppError `UPSTREAM_UNAVAILABLE` with the detail for logs. */
export interface WalmartClient {
  /** Items by Walmart item id, in as many requests of {@link WALMART_MAX_IDS} as needed; unknown ids are left out. */
  lookupItems(itemIds: readonly (string | number)[], signal?: AbortSignal): Promise<WalmartItem[]>;
  /** Walmart's search: up to `numItems` (max 25) items for `query`, best first. */
  search(query: string, opts?: { numItems?: number; start?: number; signal?: AbortSignal }): Promise<WalmartItem[]>;
  /** The breaker's state, for health checks and tests. */
  breakerState(): CircuitState;
}

const itemSchema = z.object({
  itemId: z.coerce.number().int().positive(),
  name: z.string(),
  salePrice: z.number().nonnegative().optional(),
  msrp: z.number().nonnegative().optional(),
  stock: z.string().optional(),
  upc: z.string().optional(),
  brandName: z.string().optional(),
  categoryPath: z.string().optional(),
  size: z.string().optional(),
});
const itemsResponse = z.object({ items: z.array(z.unknown()).optional() });

/**
 * Creates the Affiliate API client. Every request is signed afresh (the signature is only valid
 * for minutes), has its own deadline, and is retried with exponential backoff and jitter on
 * 429 (honouring Retry-After), 5xx, timeouts and network errors. A circuit breaker stops calls
 * after repeated failures. Credentials and signatures are never logged.
 *
 * @example
 * const walmart = createWalmartClient({ consumerId, privateKey, keyVersion: '1', logger });
 * const [item] = await walmart.lookupItems(['10450114']); // { itemId: 10450114, name: 'Great Value Whole Milk, 1 gal', salePrice: 3.48, ... }
 */
export function createWalmartClient(opts: WalmartClientOptions): WalmartClient {
  const sign = createWalmartSigner(opts);
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const base = (opts.baseUrl ?? WALMART_API_URL).replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? 5000;
  const retries = opts.retries ?? 3;
  const backoffMs = opts.backoffMs ?? 250;
  const maxBackoffMs = opts.maxBackoffMs ?? 8000;
  // A price refresh tolerates more failures than a chat turn, and waits longer before probing.
  const breaker = createCircuitBreaker({ failureThreshold: 5, cooldownMs: 60_000, ...opts.breaker, clock });
  const log = opts.logger;

  async function get(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<unknown> {
    const url = `${base}${path}?${new URLSearchParams(params).toString()}`;
    for (let attempt = 0; ; attempt++) {
      signal?.throwIfAborted();
      if (!breaker.tryAcquire()) throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `walmart ${path}: circuit open after repeated failures` });
      let retryAfterMs: number | undefined;
      let failure: string;
      try {
        const res = await fetch(url, {
          headers: { ...sign(clock()), Accept: 'application/json' },
          signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
        });
        if (res.ok) {
          const body: unknown = await res.json().catch(() => undefined);
          breaker.recordSuccess();
          return body;
        }
        await res.body?.cancel().catch(() => {});
        if (res.status === 429) {
          // Rate-limited: the service is healthy, we are early.
          breaker.release();
          retryAfterMs = retryAfter(res.headers.get('retry-after'));
          failure = 'HTTP 429';
        } else if (res.status >= 500) {
          breaker.recordFailure();
          failure = `HTTP ${res.status}`;
        } else {
          // The service answered: our request is wrong, and asking again will not help.
          breaker.recordSuccess();
          const why = res.status === 401 || res.status === 403 ? 'refused the request signature; check WALMART_CONSUMER_ID, WALMART_KEY_VERSION and WALMART_PRIVATE_KEY' : 'rejected the request';
          throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `walmart ${path}: HTTP ${res.status}, ${why}` });
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        if (signal?.aborted) {
          breaker.release();
          throw signal.reason;
        }
        breaker.recordFailure();
        failure = err instanceof Error && err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `network error (${err instanceof Error ? err.message : String(err)})`;
      }
      if (attempt >= retries) {
        throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `walmart ${path}: ${failure} after ${attempt + 1} attempts` });
      }
      // Exponential backoff with jitter, so many clients retrying do not arrive together.
      const delayMs = Math.max(retryAfterMs ?? 0, Math.min(maxBackoffMs, backoffMs * 2 ** attempt) * (0.5 + random() / 2));
      log?.warn({ path, failure, attempt: attempt + 1, delayMs: Math.round(delayMs) }, 'walmart: retrying');
      await sleep(delayMs, signal);
    }
  }

  const items = (body: unknown, path: string): WalmartItem[] => {
    const parsed = itemsResponse.safeParse(body);
    if (!parsed.success) throw new AppError('UPSTREAM_UNAVAILABLE', { detail: `walmart ${path}: unexpected response shape` });
    // One malformed item must not cost the others their prices.
    return (parsed.data.items ?? []).flatMap((raw) => {
      const item = itemSchema.safeParse(raw);
      return item.success ? [item.data] : [];
    });
  };

  return {
    async lookupItems(itemIds, signal) {
      const ids = [...new Set(itemIds.map(String))];
      const out: WalmartItem[] = [];
      for (let i = 0; i < ids.length; i += WALMART_MAX_IDS) {
        out.push(...items(await get('/items', { ids: ids.slice(i, i + WALMART_MAX_IDS).join(',') }, signal), '/items'));
      }
      return out;
    },
    async search(query, searchOpts = {}) {
      const params: Record<string, string> = { query, numItems: String(Math.min(25, Math.max(1, searchOpts.numItems ?? 10))) };
      if (searchOpts.start) params.start = String(searchOpts.start);
      return items(await get('/search', params, searchOpts.signal), '/search');
    },
    breakerState: () => breaker.state(),
  };
}

/** Retry-After in seconds (or an HTTP date), capped at a minute; undefined when absent or unreadable. */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), 60_000) : undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}
