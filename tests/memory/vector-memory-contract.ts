/**
 * The behaviour every VectorMemory backend must show, written once and run against each
 * (sqlite-vec in the SQLite file, a real ChromaDB server). Not a test file itself: the backend
 * test files call {@link describeVectorMemory}.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VectorMemory } from '../../src/memory/index.js';

/** A fresh, empty memory for one test, two people who exist in it, and a way to reopen it. */
export interface VectorMemoryFixture {
  memory: VectorMemory;
  ana: number;
  ben: number;
  /** A second handle on the same stored memories, as after a restart. */
  reopen(): Promise<VectorMemory>;
  cleanup(): Promise<void>;
}

const PANTRY = [
  { id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' },
  { id: 'diet:vegetarian', kind: 'diet', text: 'eats vegetarian' },
  { id: 'brand:great value', kind: 'brand', text: 'prefers the brand Great Value' },
  { id: 'store:walmart', kind: 'store', text: 'shops at Walmart' },
  { id: 'dislikes:cilantro', kind: 'dislikes', text: 'does not like cilantro' },
];

/** Registers the shared suite for one backend. */
export function describeVectorMemory(backend: string, setup: () => Promise<VectorMemoryFixture>): void {
  describe(`vector memory contract: ${backend}`, () => {
    let f: VectorMemoryFixture;
    beforeEach(async () => {
      f = await setup();
    });
    afterEach(async () => {
      await f.cleanup();
    });

    it('finds "allergic to peanuts" when the person asks about peanut butter', async () => {
      await f.memory.add(f.ana, PANTRY);
      const hits = await f.memory.search(f.ana, 'peanut butter', 3);
      expect(hits[0]).toMatchObject({ id: 'allergy:peanuts', kind: 'allergy', text: 'allergic to peanuts' });
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    });

    it('treats "peanut" and "peanuts" as the same thing', async () => {
      await f.memory.add(f.ana, PANTRY);
      const [hit] = await f.memory.search(f.ana, 'any peanut in this?', 1);
      expect(hit?.id).toBe('allergy:peanuts');
      expect(hit!.score).toBeGreaterThan(0.4);
    });

    it('returns at most k hits, best first, and none for an empty question', async () => {
      await f.memory.add(f.ana, PANTRY);
      const hits = await f.memory.search(f.ana, 'great value brand', 2);
      expect(hits).toHaveLength(2);
      expect(hits[0]!.id).toBe('brand:great value');
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
      expect(await f.memory.search(f.ana, '   ', 5)).toEqual([]);
    });

    it('drops weak matches below minScore and searches only the kinds asked for', async () => {
      await f.memory.add(f.ana, PANTRY);
      const strong = await f.memory.search(f.ana, 'peanuts', 5, { minScore: 0.5 });
      expect(strong.map((h) => h.id)).toEqual(['allergy:peanuts']);
      const diets = await f.memory.search(f.ana, 'peanuts', 5, { kinds: ['diet', 'store'] });
      expect(diets.map((h) => h.kind).sort()).toEqual(['diet', 'store']);
    });

    it('scores a question of filler words as unrelated to everything, not as an error', async () => {
      await f.memory.add(f.ana, [...PANTRY, { id: 'empty', kind: 'likes', text: 'the' }]);
      const hits = await f.memory.search(f.ana, 'the of and', 10);
      expect(hits).toHaveLength(PANTRY.length + 1);
      for (const h of hits) expect(h.score).toBeCloseTo(0, 5);
      expect(await f.memory.search(f.ana, 'the of and', 10, { minScore: 0.1 })).toEqual([]);
      expect((await f.memory.search(f.ana, 'peanuts', 10)).find((h) => h.id === 'empty')?.score).toBeCloseTo(0, 5);
    });

    it('adding the same id again replaces the memory instead of keeping two', async () => {
      await f.memory.add(f.ana, { id: 'usual:milk', kind: 'usual', text: 'usually buys Horizon Organic whole milk' });
      await f.memory.add(f.ana, { id: 'usual:milk', kind: 'usual', text: 'usually buys Great Value 2% milk', metadata: { productId: 526 } });
      expect(await f.memory.list(f.ana)).toEqual([
        { id: 'usual:milk', kind: 'usual', text: 'usually buys Great Value 2% milk', metadata: { productId: 526 } },
      ]);
      const [hit] = await f.memory.search(f.ana, 'milk', 1);
      expect(hit).toMatchObject({ text: 'usually buys Great Value 2% milk', metadata: { productId: 526 } });
    });

    it('lists memories by kind in id order and keeps metadata as given', async () => {
      await f.memory.add(f.ana, [
        { id: 'b', kind: 'likes', text: 'likes dark chocolate', metadata: { weight: 2, stated: true, source: 'chat' } },
        { id: 'a', kind: 'likes', text: 'likes sparkling water' },
        { id: 'c', kind: 'diet', text: 'eats vegan' },
      ]);
      expect((await f.memory.list(f.ana, 'likes')).map((r) => r.id)).toEqual(['a', 'b']);
      expect((await f.memory.list(f.ana, 'likes'))[1]!.metadata).toEqual({ weight: 2, stated: true, source: 'chat' });
      expect(await f.memory.list(f.ana, 'store')).toEqual([]);
    });

    it('deletes one memory, and says so only when there was one', async () => {
      await f.memory.add(f.ana, PANTRY);
      expect(await f.memory.delete(f.ana, 'allergy:peanuts')).toBe(true);
      expect(await f.memory.delete(f.ana, 'allergy:peanuts')).toBe(false);
      const hits = await f.memory.search(f.ana, 'peanuts', 5);
      expect(hits.map((h) => h.id)).not.toContain('allergy:peanuts');
      expect(hits).toHaveLength(PANTRY.length - 1);
    });

    it('keeps memories across a restart', async () => {
      await f.memory.add(f.ana, PANTRY);
      const again = await f.reopen();
      expect((await again.search(f.ana, 'peanut butter', 1))[0]?.id).toBe('allergy:peanuts');
      expect(await again.list(f.ana)).toHaveLength(PANTRY.length);
    });

    it("never shows one person's memories to another (search, list, delete, clear)", async () => {
      await f.memory.add(f.ana, PANTRY);
      await f.memory.add(f.ben, { id: 'likes:oreos', kind: 'likes', text: 'likes Oreos' });

      expect(await f.memory.search(f.ben, 'allergic to peanuts', 10)).toEqual([expect.objectContaining({ id: 'likes:oreos' })]);
      expect(await f.memory.search(f.ben, 'peanut butter', 10, { kinds: ['allergy'] })).toEqual([]);
      expect((await f.memory.list(f.ben)).map((r) => r.id)).toEqual(['likes:oreos']);
      expect(await f.memory.delete(f.ben, 'allergy:peanuts')).toBe(false);
      expect(await f.memory.clear(f.ben)).toBe(1);

      expect((await f.memory.search(f.ana, 'peanut butter', 1))[0]?.id).toBe('allergy:peanuts');
      expect(await f.memory.list(f.ana)).toHaveLength(PANTRY.length);
      expect(await f.memory.search(f.ana, 'oreos', 10, { kinds: ['likes'] })).toEqual([]);
    });

    it('the same memory id for two people stays two memories', async () => {
      await f.memory.add(f.ana, { id: 'diet', kind: 'diet', text: 'eats vegan' });
      await f.memory.add(f.ben, { id: 'diet', kind: 'diet', text: 'eats keto' });
      expect((await f.memory.list(f.ana))[0]!.text).toBe('eats vegan');
      expect((await f.memory.list(f.ben))[0]!.text).toBe('eats keto');
      await f.memory.delete(f.ben, 'diet');
      expect(await f.memory.list(f.ana)).toHaveLength(1);
    });

    it('refuses a missing user id instead of searching everyone', async () => {
      await f.memory.add(f.ana, PANTRY);
      await expect(f.memory.search(0, 'peanuts', 5)).rejects.toThrow(/user id/);
      await expect(f.memory.search(Number.NaN, 'peanuts', 5)).rejects.toThrow(/user id/);
      await expect(f.memory.add(undefined as unknown as number, PANTRY[0]!)).rejects.toThrow(/user id/);
    });

    it('forgets everything about one person on request', async () => {
      await f.memory.add(f.ana, PANTRY);
      expect(await f.memory.clear(f.ana)).toBe(PANTRY.length);
      expect(await f.memory.search(f.ana, 'peanuts', 5)).toEqual([]);
      expect(await f.memory.list(f.ana)).toEqual([]);
    });
  });
}
