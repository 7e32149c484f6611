/**
 * A swap to a thing the store sells several ways ("just plain milk" after oat milk) is made at once, keeping the amount, and which product is asked after it, as an add asks:
 * nothing the person asked for waits on the question.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeEach(() => void (bed = openToolBed()));
afterEach(() => bed.close());

describe('a swap whose new thing the store sells several ways', () => {
  it('swaps the line, keeps its amount, and asks which product with the pick pending on the new line', () => {
    bed.call('add_to_list', { items: [{ name: 'oat milk', quantity: 2, unit: 'carton' }, { name: 'bread' }] });
    const swapped = bed.call('replace_list_item', { name: 'oat milk', items: [{ name: 'milk' }] });
    expect(swapped.ok).toBe(true);
    expect(swapped.text).toMatch(/^Swapped oat milk for milk, still 2 carton/);
    expect(swapped.text).toMatch(/Which milk\?/);
    expect(swapped.ok && swapped.choices?.length).toBeGreaterThan(1);
    expect(swapped.ok && swapped.effects?.clarify?.call).toMatchObject({ name: 'update_list_item', args: { name: 'milk' } });
    expect(bed.lines().map((l) => [l.itemName, l.quantity, l.unit])).toEqual(expect.arrayContaining([['milk', 2, 'carton']]));
    expect(bed.lines().map((l) => l.itemName)).not.toContain('oat milk');

    // One undo takes the whole swap back.
    bed.call('undo_last_change', {});
    expect(bed.lines().map((l) => l.itemName).sort()).toEqual(['bread', 'oat milk']);
  });
});
