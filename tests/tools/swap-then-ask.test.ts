/**
 * A swap to a thing the store sells several ways ("vanilla would be better" after chocolate ice
 * cream) is made at once, keeping the amount, and which product is asked after it, as an add asks:
 * nothing the person asked for waits on the question.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeEach(() => void (bed = openToolBed()));
afterEach(() => bed.close());

describe('a swap whose new thing the store sells several ways', () => {
  it('swaps the line, keeps its amount, and asks which product with the pick pending on the new line', () => {
    bed.call('add_to_list', { items: [{ name: 'chocolate ice cream', quantity: 2, unit: 'tub' }, { name: 'bread' }] });
    const swapped = bed.call('replace_list_item', { name: 'chocolate ice cream', items: [{ name: 'vanilla ice cream' }] });
    expect(swapped.ok).toBe(true);
    expect(swapped.text).toMatch(/^Swapped chocolate ice cream for vanilla ice cream, still 2 tub/);
    expect(swapped.text).toMatch(/Which vanilla ice cream\?/);
    expect(swapped.ok && swapped.choices?.length).toBeGreaterThan(1);
    expect(swapped.ok && swapped.effects?.clarify?.call).toMatchObject({ name: 'update_list_item', args: { name: 'vanilla ice cream' } });
    expect(bed.lines().map((l) => [l.itemName, l.quantity, l.unit])).toEqual(expect.arrayContaining([['vanilla ice cream', 2, 'tub']]));
    expect(bed.lines().map((l) => l.itemName)).not.toContain('chocolate ice cream');

    // One undo takes the whole swap back.
    bed.call('undo_last_change', {});
    expect(bed.lines().map((l) => l.itemName).sort()).toEqual(['bread', 'chocolate ice cream']);
  });
});
