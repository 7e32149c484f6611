import type { Clock } from '../types.js';

/** Closed: calls go through. Open: calls are refused until the cool-down ends. Half-open: one probe. */
export type BreakerState = 'closed' | 'open' | 'half_open';

/**
 * Stops calling a price API that keeps failing, so a refresh run fails fast instead of spending
 * every batch on timeouts. The same rules as the LLM path's breaker (src/agent/llm), which the
 * grocery layer may not import.
 */
export interface SourceBreaker {
  /** True when a call may go through now; in half-open state only the first caller gets true. */
  tryAcquire(): boolean;
  recordSuccess(): void;
  recordFailure(): void;
  /** The call ended without saying anything about the service's health (cancelled, rate-limited). */
  release(): void;
  state(): BreakerState;
}

/**
 * After `failureThreshold` consecutive failures the breaker opens for `cooldownMs`; then one
 * probe goes through and its outcome closes or re-opens it.
 *
 * @example
 * const breaker = createSourceBreaker({ failureThreshold: 5, cooldownMs: 60_000, clock: Date.now });
 */
export function createSourceBreaker(opts: { failureThreshold?: number; cooldownMs?: number; clock: Clock }): SourceBreaker {
  const threshold = opts.failureThreshold ?? 5;
  const cooldownMs = opts.cooldownMs ?? 60_000;
  let failures = 0;
  let openedAt: number | null = null;
  let probing = false;
  const state = (): BreakerState => {
    if (openedAt === null) return 'closed';
    return opts.clock() - openedAt >= cooldownMs ? 'half_open' : 'open';
  };
  return {
    state,
    tryAcquire() {
      const s = state();
      if (s === 'closed') return true;
      if (s === 'open' || probing) return false;
      probing = true;
      return true;
    },
    recordSuccess() {
      failures = 0;
      openedAt = null;
      probing = false;
    },
    recordFailure() {
      failures += 1;
      if (probing || failures >= threshold) openedAt = opts.clock();
      probing = false;
    },
    release() {
      probing = false;
    },
  };
}
