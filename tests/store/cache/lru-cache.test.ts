import { describe, expect, it } from 'vitest';
import { createLruCache } from '../../../src/store/cache/index.js';

describe('createLruCache', () => {
  it('pushes out the least recently used entry, counting reads as use', () => {
    const lru = createLruCache<string>({ maxEntries: 3, ttlMs: 60_000 });
    lru.set('a', 'A');
    lru.set('b', 'B');
    lru.set('c', 'C');
    expect(lru.get('a')).toBe('A'); // a is now the most recent; b the least
    lru.set('d', 'D');
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.get('d')]).toEqual(['A', 'C', 'D']);
    expect(lru.size).toBe(3);
  });

  it('replacing a value refreshes it instead of adding a second entry', () => {
    const lru = createLruCache<number>({ maxEntries: 2, ttlMs: 60_000 });
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('a', 3);
    lru.set('c', 4);
    expect(lru.get('a')).toBe(3);
    expect(lru.get('b')).toBeUndefined();
  });

  it('forgets entries once their TTL has passed, and honours a per-entry TTL', () => {
    let t = 1_000;
    const lru = createLruCache<number>({ maxEntries: 10, ttlMs: 100, now: () => t });
    lru.set('a', 1);
    lru.set('short', 2, 10);
    t += 10;
    expect(lru.has('short')).toBe(false);
    t += 89;
    expect(lru.get('a')).toBe(1);
    t += 1;
    expect(lru.get('a')).toBeUndefined();
    expect(lru.size).toBe(0);
  });

  it('keeps falsy values (0, empty list) as real hits', () => {
    const lru = createLruCache<unknown>({ maxEntries: 10, ttlMs: 100 });
    lru.set('zero', 0);
    lru.set('none', []);
    expect(lru.get('zero')).toBe(0);
    expect(lru.get('none')).toEqual([]);
  });

  it('refuses a size or TTL that would make it useless', () => {
    expect(() => createLruCache({ maxEntries: 0, ttlMs: 1 })).toThrow(/maxEntries/);
    expect(() => createLruCache({ maxEntries: 1, ttlMs: 0 })).toThrow(/ttlMs/);
  });
});
