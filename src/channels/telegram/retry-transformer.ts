import type { Transformer } from 'grammy';
import type { Logger } from '../../logger.js';

/** How hard to retry Bot API calls that failed for reasons that pass (flood limits, server errors). */
export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxAttempts?: number;
  /** First backoff for 5xx and network errors; doubles each attempt. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `retry_after` longer than this is not waited for (the call fails instead). */
  maxRetryAfterSeconds?: number;
  /** The wait between attempts, injected so tests run on a clock they move. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Waits `ms`, or less when `signal` aborts; never rejects. */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * A grammY API transformer that retries a call answered with 429 (after the `retry_after` the
 * server asked for) or with a 5xx / network error (exponential backoff), so a reply is not lost
 * to a passing flood limit or outage. `getUpdates` is left alone: grammY's polling loop already
 * retries it and must stay abortable on stop.
 *
 * @example
 * bot.api.config.use(createRetryTransformer({ logger }));
 */
export function createRetryTransformer(opts: RetryOptions & { logger: Logger }): Transformer {
  const maxAttempts = opts.maxAttempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const maxDelay = opts.maxDelayMs ?? 30_000;
  const maxRetryAfter = opts.maxRetryAfterSeconds ?? 60;

  return async (prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal);
    for (let attempt = 1; ; attempt++) {
      const backoff = Math.min(maxDelay, base * 2 ** (attempt - 1));
      let delay: number;
      try {
        const res = await prev(method, payload, signal);
        if (res.ok) return res;
        const retryAfter = res.parameters?.retry_after;
        const retryable = (res.error_code === 429 && (retryAfter ?? 0) <= maxRetryAfter) || res.error_code >= 500;
        if (!retryable || attempt >= maxAttempts) return res;
        delay = res.error_code === 429 && retryAfter !== undefined ? retryAfter * 1000 : backoff;
        opts.logger.warn({ method, code: res.error_code, attempt, delayMs: delay }, 'Telegram API call failed; retrying');
      } catch (err) {
        if (attempt >= maxAttempts || signal?.aborted) throw err;
        delay = backoff;
        opts.logger.warn({ method, err: (err as Error).message, attempt, delayMs: delay }, 'Telegram API unreachable; retrying');
      }
      // grammY types the signal with its polyfill's AbortSignal; at run time it is Node's.
      await (opts.sleep ?? sleep)(delay, signal as AbortSignal | undefined);
      if (signal?.aborted) return prev(method, payload, signal);
    }
  };
}
