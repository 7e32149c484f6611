/** Options for {@link createLruCache}. */
export interface LruCacheOptions {
  /** Entries kept at most; the least recently used goes first when a new one arrives. */
  maxEntries: number;
  /** How long an entry stays valid after it was set, in milliseconds. */
  ttlMs: number;
  /** The clock TTLs are measured with (tests move it by hand). */
  now?: () => number;
}

/** A bounded in-process map whose entries expire: the first cache level, read synchronously. */
export interface LruCache<V> {
  /** The value, or undefined when absent or expired; a hit makes the entry the most recently used. */
  get(key: string): V | undefined;
  /** Stores (or replaces) a value for `ttlMs` (default: the cache's TTL). */
  set(key: string, value: V, ttlMs?: number): void;
  has(key: string): boolean;
  delete(key: string): boolean;
  clear(): void;
  /** Entries held, expired ones included until they are read or pushed out. */
  readonly size: number;
}

interface Entry<V> {
  value: V;
  expiresAt: number;
}

/**
 * Creates an LRU cache with a TTL. A `Map` keeps insertion order, so re-inserting on every hit
 * makes its first key the least recently used one: eviction and lookups are O(1).
 *
 * @example
 * const prices = createLruCache<number>({ maxEntries: 10_000, ttlMs: 60_000 });
 * prices.set('42', 348);
 * prices.get('42'); // 348, until a minute has passed or 10,000 newer entries pushed it out
 */
export function createLruCache<V>(opts: LruCacheOptions): LruCache<V> {
  if (!(opts.maxEntries >= 1)) throw new RangeError('maxEntries must be at least 1');
  if (!(opts.ttlMs > 0)) throw new RangeError('ttlMs must be positive');
  const now = opts.now ?? Date.now;
  const entries = new Map<string, Entry<V>>();

  const live = (key: string): Entry<V> | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  return {
    get(key) {
      const entry = live(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs = opts.ttlMs) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: now() + ttlMs });
      while (entries.size > opts.maxEntries) entries.delete(entries.keys().next().value as string);
    },
    has: (key) => live(key) !== undefined,
    delete: (key) => entries.delete(key),
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}
