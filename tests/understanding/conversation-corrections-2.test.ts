/**
 * Corrections in a conversation, second round (issue 11): people who order their words the way
 * another language does, dictate with fillers, or give a reason after the request, still end with
 * the list they meant. Each test is one kind of wording, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding, type UnderstandingContext } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';
import { onTheList } from './conversation-context.js';

const vocabulary = {
  ...VOCABULARY,
  itemPhrases: [...VOCABULARY.itemPhrases, 'evaporated milk', 'rice noodles', 'coconut milk', 'peanuts', 'mangoes', 'tofu', 'ginger'],
};
const { understand } = createUnderstanding({ vocabulary });

const said = (text: string, context: UnderstandingContext) => understand(text, context).calls;

describe('a particle from another language at the end of a request', () => {
  it('asks nothing and names no thing', () => {
    const context = onTheList([{ name: 'evaporated milk', quantity: 1, unit: 'can' }, { name: 'rice noodles', quantity: 1 }]);
    expect(said('take off the rice noodles na lang', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'rice noodles' }] } }]);
    expect(said('add coconut milk lah', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'coconut milk' }] } }]);
    expect(said('add peanuts yaar', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'peanuts' }] } }]);
  });
});

describe('a removal with the reason said around it', () => {
  it('takes off the thing when someone else is the reason after it', () => {
    const context = onTheList([{ name: 'peanuts', quantity: 1 }, { name: 'mangoes', quantity: 3 }]);
    expect(said('take off the peanuts he will not touch them', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'peanuts' }] } }]);
  });

  it('takes off the thing when the reason comes first with no break before the request', () => {
    const context = onTheList([{ name: 'peanuts', quantity: 1 }, { name: 'ginger', quantity: 1 }]);
    expect(said('we still have ginger in the fridge remove the ginger', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'ginger' }] } }]);
  });

  it('takes off what someone else is bringing when the request points back at it', () => {
    const context = onTheList([{ name: 'mangoes', quantity: 3 }, { name: 'tofu', quantity: 1 }]);
    expect(said("priya's bringing mangoes so you can take those off", context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'mangoes' }] } }]);
  });
});

describe('the thing first and the verb after it', () => {
  it('takes the thing off, and a reason that the speaker has it already names nothing', () => {
    const context = onTheList([{ name: 'tofu', quantity: 1 }, { name: 'ginger', quantity: 1 }]);
    expect(said('the tofu take out please, we have in the fridge', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'tofu' }] } }]);
    expect(said('remove the ginger, i have from my neighbour', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'ginger' }] } }]);
  });
});
