import { HttpError } from '@microsoft/agents-hosting';
import { describe, expect, it } from 'vitest';
import { classifyConnectorError, withConnectorRetry } from '../../../src/channels/teams/connector-retry.js';
import { createLogger } from '../../../src/logger.js';

/** The SDK's own error for an HTTP answer that was not 2xx, as its HttpClient throws it. */
function httpError(status: number, headers: Record<string, string> = {}): HttpError {
  const config = { method: 'post', url: '/v3/conversations/c/activities' };
  return new HttpError(`Request failed with status ${status}`, { data: {}, status, statusText: '', headers: new Headers(headers), config }, config);
}

const logger = createLogger({ level: 'silent' });

describe('Bot Connector retry policy', () => {
  it('reads Retry-After given as seconds or as an HTTP date', () => {
    expect(classifyConnectorError(httpError(429, { 'retry-after': '2' }))).toEqual({ kind: 'retry', status: 429, retryAfterMs: 2000 });
    const inThree = new Date(Date.now() + 3000).toUTCString();
    const byDate = classifyConnectorError(httpError(429, { 'retry-after': inThree }));
    expect(byDate.kind).toBe('retry');
    expect((byDate as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(1000);
    expect((byDate as { retryAfterMs: number }).retryAfterMs).toBeLessThanOrEqual(3000);
  });

  it('retries 429, 5xx and a dropped connection, but not another 4xx or an error of ours', () => {
    expect(classifyConnectorError(httpError(503)).kind).toBe('retry');
    expect(classifyConnectorError(new TypeError('fetch failed')).kind).toBe('retry');
    expect(classifyConnectorError(httpError(400)).kind).toBe('final');
    expect(classifyConnectorError(httpError(404)).kind).toBe('final');
    expect(classifyConnectorError(new Error('InvalidActivityObject')).kind).toBe('final');
  });

  it('gives up after the attempts allowed, having waited with growing, jittered delays', async () => {
    const at: number[] = [];
    const started = Date.now();
    const failing = () => {
      at.push(Date.now() - started);
      return Promise.reject(httpError(500));
    };
    await expect(withConnectorRetry(failing, { logger, baseDelayMs: 40, random: () => 0.5 })).rejects.toThrow(/500/);
    expect(at).toHaveLength(4);
    // Equal jitter at 0.5: three quarters of 40, 80 and 160 ms.
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(28);
    expect(gaps[1]).toBeGreaterThanOrEqual(58);
    expect(gaps[2]).toBeGreaterThanOrEqual(118);
  });

  it('stops once the total wait would pass its budget', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(httpError(429, { 'retry-after': '1' }));
    };
    await expect(withConnectorRetry(failing, { logger, totalWaitMs: 1500, random: () => 0 })).rejects.toThrow(/429/);
    expect(calls).toBe(2);
  });
});
