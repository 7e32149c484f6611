/** Token-bucket limits per key (a user), in memory: a burst of `capacity`, refilled steadily. */
export interface RateLimiter {
  /** True when the key may act now (and takes a token), false when it must wait. */
  take(key: string | number): boolean;
  /** Drops the key's bucket (its owner went away); the next take starts full. */
  forget(key: string | number): void;
}

/**
 * @example
 * const limiter = createRateLimiter({ capacity: 20, refillPerSecond: 2 });
 * if (!limiter.take(userId)) return tooFast();
 */
export function createRateLimiter(opts: { capacity: number; refillPerSecond: number; now?: () => number; maxKeys?: number }): RateLimiter {
  const now = opts.now ?? Date.now;
  const maxKeys = opts.maxKeys ?? 100_000;
  const buckets = new Map<string | number, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value!);
        b = { tokens: opts.capacity, at: t };
        buckets.set(key, b);
      }
      b.tokens = Math.min(opts.capacity, b.tokens + ((t - b.at) / 1000) * opts.refillPerSecond);
      b.at = t;
      if (b.tokens < 1) return false;
      b.tokens -= 1;
      return true;
    },
    forget: (key) => void buckets.delete(key),
  };
}
