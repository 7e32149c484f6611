import { afterEach, describe, expect, it } from 'vitest';
import { eachHistory, readHistories } from '../../../src/grocery/prices/index.js';
import { priceStores } from '../../helpers/price-services.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';

const NOW = Date.UTC(2026, 10, 1, 12);
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('eachHistory', () => {
  it('gives every product the same history readHistories does, one product at a time, in id order', () => {
    const seeded = createSeededTempDb(NOW);
    cleanup = seeded.cleanup;
    const { db } = seeded;
    const { history } = priceStores(db);
    const all = readHistories(history, 'all', NOW);
    const ids = db.prepare('SELECT id FROM products ORDER BY id').pluck().all() as number[];
    // One id with no history at all, in the middle of the ordering, gets [].
    db.prepare('DELETE FROM price_history WHERE product_id = ?').run(ids[10]);
    all.delete(ids[10]!);

    const seen: number[] = [];
    let compared = 0;
    eachHistory(history, ids, NOW, (id, points) => {
      seen.push(id);
      expect(points, `product ${id}`).toEqual(all.get(id) ?? []);
      if (points.length > 0) compared++;
    });
    expect(seen).toEqual(ids);
    expect(compared).toBe(ids.length - 1);
    expect(compared).toBeGreaterThan(3000);
  });
});
