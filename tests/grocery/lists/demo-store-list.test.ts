import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogOf } from '../../helpers/catalog.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { listServiceOn } from './fixtures.js';

let env: ReturnType<typeof createSeededTempDb>;
let lists: ListService;
const USER = 1;

beforeAll(() => {
  const now = Date.UTC(2026, 0, 5);
  env = createSeededTempDb(now);
  env.db.prepare('INSERT INTO users (id, display_name, created_at) VALUES (?, ?, 0)').run(USER, 'Dana');
  lists = listServiceOn(env.db, { products: catalogOf(env.db), now: () => now });
});
afterAll(() => env.cleanup());

describe('a list on the demo store', () => {
  it('links everyday items, prices them by packages and walks the store in order', () => {
    const list = lists.defaultList(USER);
    const change = lists.addItems(USER, list.id, [
      { name: 'milk', quantity: 2, unit: 'gal' },
      { name: 'eggs', quantity: 12 },
      { name: 'bananas', quantity: 6 },
      { name: 'bread' },
      { name: 'call mom' },
    ]);
    expect(change.items.map((i) => i.productId !== null)).toEqual([true, true, true, true, false]);

    const view = lists.view(USER, list.id);
    const lines = view.groups.flatMap((g) => g.lines);
    const milk = lines.find((l) => l.itemName === 'milk')!;
    // A gallon of milk is sold in jugs of at most a gallon, so 2 gal takes at least two.
    expect(milk.packages).toBeGreaterThanOrEqual(2);
    expect(milk.priceCents).toBe(milk.product!.priceCents * milk.packages);
    expect(view.estimatedTotalCents).toBe(lines.reduce((sum, l) => sum + (l.priceCents ?? 0), 0));
    expect(view.unmatchedCount).toBe(1);

    const order = (name: string) => view.groups.findIndex((g) => g.lines.some((l) => l.itemName === name));
    // Produce is at the door; dairy further in; unmatched lines at the end.
    expect(order('bananas')).toBeLessThan(order('milk'));
    expect(order('call mom')).toBe(view.groups.length - 1);
    expect(lists.exportText(USER, list.id)).toContain(`[ ] 2 gal ${milk.name}`);
  });
});
