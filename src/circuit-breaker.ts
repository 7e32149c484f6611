import type { Clock } from './grocery/types.js';

/** Closed: calls go through. Open: calls are refused until the cool-down ends. Half-open: one probe. */
export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * Guards a flaky dependency (Ollama, the Walmart API) so a dead service costs nothing per call
 * instead of a full timeout. It sits beside errors.ts and logger.ts because every layer may use it.
 */
export interface CircuitBreaker {
  /** True when a call may go through now. In half-open state only the first caller gets true. */
  tryAcquire(): boolean;
  /** The call reached the service and it answered. */
  recordSuccess(): void;
  /** The service failed or timed out. */
  recordFailure(): void;
  /** The call ended without telling us anything about the service (the caller gave up). */
  release(): void;
  state(): CircuitState;
}

/** Thresholds and the clock that times the cool-down. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. Default 3. */
  failureThreshold?: number;
  /** How long the circuit stays open before a probe is allowed. Default 30 s. */
  cooldownMs?: number;
  clock: Clock;
}

/**
 * Creates a circuit breaker. After `failureThreshold` consecutive failures it opens for
 * `cooldownMs`; then one probe goes through (half-open) and its outcome closes or re-opens it.
 *
 * @example
 * const breaker = createCircuitBreaker({ failureThreshold: 3, cooldownMs: 30_000, clock: Date.now });
 * if (!breaker.tryAcquire()) return { ok: false, reason: 'circuit_open' };
 */
export function createCircuitBreaker(opts: CircuitBreakerOptions): CircuitBreaker {
  const threshold = opts.failureThreshold ?? 3;
  const cooldownMs = opts.cooldownMs ?? 30_000;
  let failures = 0;
  let openedAt: number | null = null;
  let probing = false;

  const state = (): CircuitState => {
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
      // A failed probe re-opens at once; otherwise wait for the threshold.
      if (probing || failures >= threshold) openedAt = opts.clock();
      probing = false;
    },
    release() {
      probing = false;
    },
  };
}
