import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const { understand } = createUnderstanding({ vocabulary: VOCABULARY });
const checkout = (list?: string) => [{ name: 'checkout_list', args: list ? { list } : {} }];
const cheaper = (name: string, more: Record<string, unknown> = {}) => [{ name: 'find_substitutes', args: { name, maxPriceDifference: 0, ...more } }];

describe('asking to order the list', () => {
  it.each([
    ['order it', checkout()],
    ['check out my list', checkout()],
    ['checkout', checkout()],
    ['send my list to walmart', checkout()],
    ['can you place the order', checkout()],
    ["i'm ready to check out", checkout()],
    ['order everything on my list', checkout()],
    ['put my shopping list in a walmart cart', checkout()],
    ['order my costco list', checkout('costco')],
    ['check out the party list', checkout('party')],
  ])('"%s" hands the list off for ordering', (text, calls) => {
    expect(understand(text).calls).toEqual(calls);
  });

  it('still adds things that are ordered by name, and still shares a list sent to a person', () => {
    expect(understand('order paper towels').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'paper towels' }] } }]);
    expect(understand('send my list to my wife').calls.map((c) => c.name)).toEqual(['share_list']);
  });

  it('does not check out on "order" alone, with no list named', () => {
    expect(understand('order').calls.map((c) => c.name)).not.toContain('checkout_list');
  });
});

describe('asking for something cheaper', () => {
  it.each([
    ['something cheaper than the ground beef', cheaper('ground beef')],
    ['a cheaper coffee', cheaper('coffee')],
    ['is there a cheaper peanut butter', cheaper('peanut butter')],
    ['find me a cheaper cereal', cheaper('cereal')],
    ['oreos are too expensive, anything cheaper?', cheaper('oreos')],
    ['need a cheaper coffee than tide', cheaper('tide')],
  ])('"%s" asks only for what costs no more', (text, calls) => {
    expect(understand(text).calls).toEqual(calls);
  });

  it('keeps a limit that was said, and asks nothing about price when cheaper was not said', () => {
    expect(understand('alternative to tide, no more than $3 more').calls).toEqual([{ name: 'find_substitutes', args: { name: 'tide', maxPriceDifference: 3 } }]);
    expect(understand('a substitute for butter').calls).toEqual([{ name: 'find_substitutes', args: { name: 'butter' } }]);
  });

  it('does not read a cheaper thing the store does not sell as a grocery', () => {
    expect(understand('find a cheaper phone plan').calls.map((c) => c.name)).not.toContain('find_substitutes');
  });
});
