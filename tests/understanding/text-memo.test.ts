import { describe, expect, it } from 'vitest';
import { memoByText, quantityPrefix } from '../../src/understanding/engine/text-memo.js';
import { matchQuantityPrefix } from '../../src/grocery/quantity/index.js';

describe('per-word memory of the understanding', () => {
  it('computes a word once, undefined answers included', () => {
    const seen: string[] = [];
    const fix = memoByText((w) => (seen.push(w), w === 'bananna' ? 'banana' : undefined));
    expect([fix('bananna'), fix('bananna'), fix('milk'), fix('milk')]).toEqual(['banana', 'banana', undefined, undefined]);
    expect(seen).toEqual(['bananna', 'milk']);
  });

  // Odd input (a stream of made-up words, a pasted list) must not grow the server's memory.
  it('starts over past its limit and never keeps long text', () => {
    const seen: string[] = [];
    const f = memoByText((w) => seen.push(w), 2, 10);
    for (const w of ['a', 'b', 'c', 'a']) f(w);
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
    const long = 'milk, eggs, bread, butter';
    f(long);
    f(long);
    expect(seen.filter((w) => w === long)).toHaveLength(2);
  });

  it('reads quantities as the quantity grammar does', () => {
    for (const span of [['2', 'loaves', 'of', 'bread'], ['a', 'dozen', 'eggs'], ['milk'], ['two', '12-packs', 'of', 'coke'], Array.from({ length: 30 }, () => '2')]) {
      expect(quantityPrefix(span)).toEqual(matchQuantityPrefix(span));
      expect(quantityPrefix(span)).toEqual(matchQuantityPrefix(span));
    }
  });
});
