import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeEach(() => void (bed = openToolBed()));
afterEach(() => bed.close());

const productId = (name: string) => (bed.core.db.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;

describe('the words on the list find its lines', () => {
  it('"remove the mozzarella" takes off the line shown as Great Value Shredded Mozzarella Cheese', () => {
    bed.call('add_to_list', { items: [{ name: 'cheese', productId: productId('Great Value Shredded Mozzarella Cheese, 8 oz') }, { name: 'bread' }] });
    const removed = bed.call('remove_from_list', { items: [{ name: 'mozzarella' }] });
    expect(removed.ok).toBe(true);
    expect(removed.text).toMatch(/Removed cheese/);
    expect(bed.lines().map((l) => l.itemName)).toEqual(['bread']);
  });

  it('"make that 3 lbs of chicken" changes the chicken breast', () => {
    bed.call('add_to_list', { items: [{ name: 'chicken breast', quantity: 2, unit: 'lb' }, { name: 'milk' }] });
    const changed = bed.call('update_list_item', { name: 'chicken', quantity: 3, unit: 'lb' });
    expect(changed.ok).toBe(true);
    expect(bed.lines().find((l) => l.itemName === 'chicken breast')).toMatchObject({ quantity: 3, unit: 'lb' });
  });

  it('does not guess between two lines the words fit, and changes nothing', () => {
    bed.call('add_to_list', {
      items: [
        { name: 'mozzarella', productId: productId('Great Value Shredded Mozzarella Cheese, 8 oz') },
        { name: 'cheddar', productId: productId('Great Value Finely Shredded Mild Cheddar Cheese, 8 oz') },
      ],
    });
    const removed = bed.call('remove_from_list', { items: [{ name: 'shredded' }] });
    expect(removed.ok).toBe(false);
    expect(bed.lines()).toHaveLength(2);
  });
});

describe('swapping one thing for another', () => {
  it('keeps the amount: 2 gal of whole milk becomes 2 gal of 1%, in one step that undo reverses', () => {
    bed.call('add_to_list', { items: [{ name: 'whole milk', quantity: 2, unit: 'gal' }, { name: 'eggs', quantity: 12 }] });
    const swapped = bed.call('replace_list_item', { name: 'whole milk', items: [{ name: '1% milk' }] });
    expect(swapped.ok).toBe(true);
    expect(swapped.text).toMatch(/^Swapped whole milk for 1% milk \(.*1% Low Fat Milk.*\), still 2 gal\.$/);
    const milk = bed.lines().find((l) => l.itemName === '1% milk')!;
    expect(milk).toMatchObject({ quantity: 2, unit: 'gal' });
    expect(milk.name).toMatch(/1% Low Fat Milk/);
    expect(bed.lines().map((l) => l.itemName)).not.toContain('whole milk');

    bed.call('undo_last_change', {});
    expect(bed.lines().map((l) => [l.itemName, l.quantityText])).toEqual(expect.arrayContaining([['whole milk', '2 gal'], ['eggs', '12']]));
    expect(bed.lines()).toHaveLength(2);
  });

  it('finds the line by the words on the list: "swap the mozzarella for cheddar"', () => {
    bed.call('add_to_list', { items: [{ name: 'cheese', productId: productId('Great Value Shredded Mozzarella Cheese, 8 oz') }] });
    const swapped = bed.call('replace_list_item', { name: 'mozzarella', items: [{ name: 'cheddar' }] });
    expect(swapped.ok).toBe(true);
    expect(bed.lines().map((l) => l.itemName)).toEqual(['cheddar']);
  });

  it('adds nothing when what is swapped out is not on the list, and asks before adding it anyway', () => {
    bed.call('add_to_list', { items: [{ name: 'bread' }] });
    const swapped = bed.call('replace_list_item', { name: 'salmon', items: [{ name: 'shrimp' }] });
    expect(swapped.text).toBe("There's no salmon on your Grocery list, so I didn't add shrimp. Add shrimp anyway?");
    expect(swapped.ok && swapped.effects?.confirm?.call).toEqual({ name: 'add_to_list', args: { items: [{ name: 'shrimp' }], list: expect.any(String) } });
    expect(bed.lines().map((l) => l.itemName)).toEqual(['bread']);
  });
});

describe('amounts people mean', () => {
  it('"some bananas" is a few bananas sold by the piece, said in the reply, not one', () => {
    const added = bed.call('add_to_list', { items: [{ name: 'bananas' }] });
    expect(added.text).toMatch(/^Added 4 bananas \(Fresh Banana, each\)/);
    expect(bed.lines()[0]).toMatchObject({ itemName: 'bananas', quantity: 4 });
    bed.call('add_to_list', { items: [{ name: 'bread' }, { name: 'banana' }] });
    expect(bed.lines().find((l) => l.itemName === 'bananas')!.quantity).toBe(5);
  });
});

describe('a budget passed is said when it happens', () => {
  it('says so on the change that takes the list over, and on every change that adds to it after', () => {
    bed.call('set_budget', { amount: 20, period: 'week' });
    const under = bed.call('add_to_list', { items: [{ name: 'eggs', quantity: 12 }] });
    expect(under.text).not.toMatch(/budget/);
    const over = bed.call('add_to_list', { items: [{ name: 'steak', quantity: 2, unit: 'lb' }] });
    expect(over.text).toMatch(/That brings your Grocery list to about \$\d+\.\d\d, \$\d+\.\d\d over your \$20\.00 weekly budget\./);
    const more = bed.call('update_list_item', { name: 'eggs', quantity: 36 });
    expect(more.text).toMatch(/over your \$20\.00 weekly budget/);
    const less = bed.call('remove_from_list', { items: [{ name: 'eggs' }] });
    expect(less.text).not.toMatch(/budget/);
  });
});
