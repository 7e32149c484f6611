import { describe, expect, it } from 'vitest';
import { createLineCache } from '../../../src/grocery/lists/line-cache.js';
import type { ListItem } from '../../../src/grocery/lists/index.js';

const lines: ListItem[] = Array.from({ length: 3 }, (_, i) => ({
  id: i + 1, listId: 7, productId: null, name: `thing ${i}`, quantity: 1, unit: null, brand: null, note: null,
  checked: false, addedBy: 1, position: i + 1, createdAt: 0, updatedAt: 0,
}));
const state = { version: 4, updatedAt: 100, itemCount: 3 };

describe('the line cache', () => {
  it('serves lines only for the state they were read in, until another connection commits', () => {
    let mark: number | undefined = 1;
    const cache = createLineCache(() => mark, { minLines: 1 });
    cache.set(7, state, lines);
    expect(cache.get(7, state)).toBe(lines);
    expect(cache.get(7, { ...state, version: 5 })).toBeUndefined();
    mark = 2;
    expect(cache.get(7, state)).toBeUndefined();
  });

  it('keeps nothing when the store cannot tell whether another instance wrote (PostgreSQL)', () => {
    const cache = createLineCache(() => undefined, { minLines: 1 });
    cache.set(7, state, lines);
    expect(cache.get(7, state)).toBeUndefined();
  });
});
