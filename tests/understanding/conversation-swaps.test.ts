/**
 * Swaps, removals pointed at, and adds said with fillers, in a conversation: a person takes one
 * thing back for another in many wordings, takes a line off by a reason or a pronoun, or dictates
 * a thing with "um", "like" and "wait" around it, and the calls say what they meant. Each test is
 * one kind of wording, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding, type UnderstandingContext } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';
import { onTheList } from './conversation-context.js';

const vocabulary = {
  ...VOCABULARY,
  itemPhrases: [...VOCABULARY.itemPhrases, 'honey', 'jam', 'strawberry jam', 'pretzels', 'popcorn', 'licorice', 'rye flour', 'flour', 'sugar', 'brown sugar', 'margarine',
    'feta', 'goat cheese', 'napkins', 'paper plates', 'plastic forks', 'forks', 'lemons', 'limes', 'salsa', 'mild salsa', 'pesto', 'basil', 'sun dried tomato', 'sun dried tomato pesto',
    'candles', 'balloons', 'soda', 'juice boxes', 'sponges', 'dish soap', 'spinach', 'oat milk', 'soy milk'],
};
const { understand } = createUnderstanding({ vocabulary });

const said = (text: string, context: UnderstandingContext) => understand(text, context).calls;
const swap = (from: string, to: Record<string, unknown>) => [
  { name: 'remove_from_list', args: { items: [{ name: from }] } },
  { name: 'add_to_list', args: { items: [to] } },
];

describe('a thing taken back for another', () => {
  it('reads the speaker choosing the new thing over a line there ("I would rather have X instead of the Y")', () => {
    const context = onTheList([{ name: 'jam', quantity: 1 }, { name: 'bread', quantity: 1 }]);
    expect(said('I think I would rather have honey instead of the jam', context)).toEqual(swap('jam', { name: 'honey' }));
    expect(said('we shall take the honey instead of the jam please', context)).toEqual(swap('jam', { name: 'honey' }));
  });

  it('reads "no X, get Y instead" for a line there, and "no X" alone as a removal only', () => {
    const context = onTheList([{ name: 'popcorn', quantity: 1 }, { name: 'licorice', quantity: 1 }], [{ name: 'licorice', quantity: 1 }]);
    expect(said('ugh no licorice get pretzels instead', context)).toEqual(swap('licorice', { name: 'pretzels', quantity: 1 }));
    expect(said('no popcorn, pretzels instead', context)).toEqual(swap('popcorn', { name: 'pretzels' }));
    expect(said('no licorice', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'licorice' }] } }]);
  });

  it('keeps the thing after "instead" off the removal ("take off the X, Y instead" adds Y)', () => {
    const context = onTheList([{ name: 'butter', quantity: 1 }, { name: 'eggs', quantity: 12 }]);
    const out = understand('scratch the butter, margarine instead', context);
    expect(out.calls).toEqual(swap('butter', { name: 'margarine' }));
    expect(out.swaps).toEqual([0]);
  });

  it('reads a swap passed on after a laugh ("haha sam says not the oat milk, soy milk")', () => {
    const context = onTheList([{ name: 'oat milk', quantity: 1 }, { name: 'sponges', quantity: 1 }]);
    expect(said('haha sam says not the oat milk, soy milk', context)).toEqual(swap('oat milk', { name: 'soy milk' }));
  });

  it('reads the thing first and the swap after it, only for a line there', () => {
    const context = onTheList([{ name: 'flour', quantity: 1, unit: 'kg' }, { name: 'sugar', quantity: 1 }]);
    expect(said('The sugar please exchange with brown sugar.', context)).toEqual(swap('sugar', { name: 'brown sugar' }));
    expect(said('flour, swap it for rye flour', context)).toEqual(swap('flour', { name: 'rye flour' }));
    // Nothing named there: no swap is made up ("book a tyre change for friday").
    expect(said('book a tyre change for friday', context).some((c) => c.name === 'remove_from_list')).toBe(false);
  });

  it('takes a line off and puts what the learner "takes" instead on ("the feta remove it, I take goat cheese instead")', () => {
    const context = onTheList([{ name: 'feta', quantity: 1 }, { name: 'spinach', quantity: 1 }]);
    expect(said('The feta remove it, I take goat cheese instead', context)).toEqual([
      { name: 'remove_from_list', args: { items: [{ name: 'feta' }] } },
      { name: 'add_to_list', args: { items: [{ name: 'goat cheese' }] } },
    ]);
  });
});

describe('a removal pointed at with a reason or a pronoun', () => {
  it('takes off what someone else already bought when "that" points back at it', () => {
    const context = onTheList([{ name: 'dish soap', quantity: 1 }, { name: 'sponges', quantity: 2 }], [{ name: 'sponges', quantity: 2 }]);
    expect(said('also priya already got dish soap so take that off', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'dish soap' }] } }]);
    expect(said('my brother picked up sponges, remove them', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'sponges' }] } }]);
  });

  it('ends the request where a household member starts the reason, with no comma', () => {
    const context = onTheList([{ name: 'spinach', quantity: 1 }, { name: 'feta', quantity: 1 }]);
    expect(said('the spinach take that off my son is bringing some', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'spinach' }] } }]);
    expect(said('take the feta off my list', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'feta' }] } }]);
  });

  it('finds the one line a last word names ("the cups" is the paper cups, though "cups" can be a measure), and guesses nothing when two fit', () => {
    const one = onTheList([{ name: 'paper cups', quantity: 1 }, { name: 'napkins', quantity: 1 }]);
    const out = understand('ditch the cups', one);
    expect(out.calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'cups' }] } }]);
    expect(out.confidence).toBeGreaterThanOrEqual(0.75);
    const two = onTheList([{ name: 'paper cups', quantity: 1 }, { name: 'measuring cups', quantity: 1 }]);
    expect(understand('ditch the cups', two).confidence).toBeLessThan(0.75);
  });
});

describe('an add said with fillers and trailing words', () => {
  it('reads "like" before an amount as a hedge, never as a taste', () => {
    const context = onTheList([{ name: 'balloons', quantity: 1 }]);
    expect(said('and um like eight lemons', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'lemons', quantity: 8 }] } }]);
    expect(said('I like feta', context)).toEqual([{ name: 'remember_preference', args: { kind: 'likes', value: 'feta' } }]);
  });

  it('names the thing by the kind said after it ("pesto, the sun dried tomato one"), and keeps a plain word a note', () => {
    const context = onTheList([]);
    expect(said('ok and pesto uh the sun dried tomato one', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'sun dried tomato pesto' }] } }]);
    expect(said('add salsa, the mild kind', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'mild salsa' }] } }]);
  });

  it('reads an amount said after the thing with "a couple of" and a unit', () => {
    const context = onTheList([]);
    expect(said('and soda a couple of bottles', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'soda', quantity: 2, unit: 'bottle' }] } }]);
    expect(said('a couple of cans of soda', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'soda', quantity: 2, unit: 'can' }] } }]);
  });

  it('leaves a "wait" said without a break out of the thing, and takes the thing back when a reason follows', () => {
    const context = onTheList([{ name: 'juice boxes', quantity: 1 }]);
    expect(said('and balloons wait', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'balloons' }] } }]);
    expect(said('add napkins oh wait and paper plates', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'napkins' }, { name: 'paper plates' }] } }]);
    expect(said('and candles oh wait we still have candles', context)).toEqual([]);
  });

  it('adds a terse thing the catalog half knows right after other things went on, without asking', () => {
    const touched = onTheList([{ name: 'coffee', quantity: 1 }], [{ name: 'coffee', quantity: 1 }]);
    const out = understand('coffee grinder', touched);
    expect(out.calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'coffee grinder' }] } }]);
    expect(out.confidence).toBeGreaterThanOrEqual(0.75);
    // With nothing said before, the same words are asked about.
    expect(understand('coffee grinder', {}).confidence).toBeLessThan(0.75);
  });
});
