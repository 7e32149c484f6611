import { HttpError } from '@microsoft/agents-hosting';
import type { Logger } from '../../logger.js';

/** How hard to retry a Bot Connector call that failed for a reason that passes (throttling, outages). */
export interface ConnectorRetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  /** First backoff for 5xx and network errors; doubles each attempt, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for (the call fails instead). */
  maxRetryAfterMs?: number;
  /** All waits of one call together stay under this, so a turn answers within the Bot Service's timeout. */
  totalWaitMs?: number;
  /** Source of jitter in [0, 1); tests may pin it. */
  random?: () => number;
}

const DEFAULTS = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, maxRetryAfterMs: 5000, totalWaitMs: 9000 };

/**
 * Why a connector call failed, as far as retrying goes: `retry` (429, 5xx, the connection
 * dropped), with the server's `Retry-After` in ms when it named one, or `final` (any other 4xx,
 * or an error of ours that another try would only repeat).
 */
export function classifyConnectorError(err: unknown): { kind: 'retry'; retryAfterMs?: number; status?: number } | { kind: 'final'; status?: number } {
  if (err instanceof HttpError) {
    if (err.status === 429 || err.status >= 500) return { kind: 'retry', status: err.status, retryAfterMs: retryAfterMs(err) };
    return { kind: 'final', status: err.status };
  }
  // Node's fetch reports a refused or reset connection as TypeError('fetch failed').
  if (err instanceof TypeError && err.message === 'fetch failed') return { kind: 'retry' };
  return { kind: 'final' };
}

/** True when `err` came from the Bot Connector (an HTTP answer or a broken connection), not from our code. */
export function isConnectorFailure(err: unknown): boolean {
  return err instanceof HttpError || (err instanceof TypeError && err.message === 'fetch failed');
}

/** `Retry-After` as seconds or an HTTP date, in ms from now. */
function retryAfterMs(err: HttpError): number | undefined {
  const raw = err.response?.headers?.get?.('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a Bot Connector call, retrying it through 429s (after the `Retry-After` the connector
 * asked for) and 5xx or dropped connections (exponential backoff with jitter), within a bounded
 * number of attempts and total wait. Any other 4xx is thrown at once: trying again would be refused
 * again.
 *
 * @example
 * await withConnectorRetry(() => client.replyToActivity(conversationId, activityId, activity), { logger });
 */
export async function withConnectorRetry<T>(call: () => Promise<T>, opts: ConnectorRetryOptions & { logger: Logger }): Promise<T> {
  const o = { ...DEFAULTS, ...opts };
  const random = opts.random ?? Math.random;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const verdict = classifyConnectorError(err);
      if (verdict.kind === 'final' || attempt >= o.maxAttempts) throw err;
      const backoff = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1));
      // Equal jitter: half the backoff for sure, the other half at random, so many bots that met
      // the same outage do not come back in the same millisecond.
      let delay = backoff / 2 + random() * (backoff / 2);
      if (verdict.retryAfterMs !== undefined) {
        if (verdict.retryAfterMs > o.maxRetryAfterMs) throw err;
        delay = verdict.retryAfterMs + random() * (o.baseDelayMs / 2);
      }
      delay = Math.round(delay);
      if (waited + delay > o.totalWaitMs) throw err;
      waited += delay;
      opts.logger.warn({ status: verdict.status, attempt, delayMs: delay, err: (err as Error).message }, 'Bot Connector call failed; retrying');
      await sleep(delay);
    }
  }
}
