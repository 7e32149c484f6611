import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from '../src/circuit-breaker.js';

function setup(failureThreshold = 3, cooldownMs = 10_000) {
  let now = 1_000_000;
  const breaker = createCircuitBreaker({ failureThreshold, cooldownMs, clock: () => now });
  return { breaker, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  it('stays closed until the failures are consecutive and reach the threshold', () => {
    const { breaker } = setup(3);
    breaker.recordFailure();
    breaker.recordFailure();
    breaker.recordSuccess();
    breaker.recordFailure();
    breaker.recordFailure();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state()).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('lets exactly one probe through after the cool-down', () => {
    const { breaker, advance } = setup(1, 10_000);
    breaker.recordFailure();
    advance(9_999);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1);
    expect(breaker.state()).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordSuccess();
    expect(breaker.state()).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('re-opens for a full cool-down when the probe fails', () => {
    const { breaker, advance } = setup(3, 10_000);
    for (let i = 0; i < 3; i++) breaker.recordFailure();
    advance(10_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state()).toBe('open');
    advance(9_000);
    expect(breaker.tryAcquire()).toBe(false);
    advance(1_000);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('frees the probe slot when the probe is abandoned', () => {
    const { breaker, advance } = setup(1, 1_000);
    breaker.recordFailure();
    advance(1_000);
    expect(breaker.tryAcquire()).toBe(true);
    breaker.release();
    expect(breaker.tryAcquire()).toBe(true);
  });
});
