/**
 * An amount said again for a thing already on the list, the many ways people say it in a
 * conversation: the thing first and the request after it, the amount first with a word of
 * correction, a relay or a reason, a place on the list, a change of amount in one breath. The line
 * gets the new amount; "more", "another" and a thing not on the list still add; a line that cannot
 * be told is asked about. Each test is one kind of wording, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding, type UnderstandingContext } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';
import { onTheList } from './conversation-context.js';

const vocabulary = {
  ...VOCABULARY,
  itemPhrases: [...VOCABULARY.itemPhrases, 'greek yogurt', 'spaghetti', 'pickles', 'lemons', 'dish soap', 'oat milk', 'paper towels', 'feta', 'pita bread', 'hummus'],
};
const { understand } = createUnderstanding({ vocabulary });

const said = (text: string, context: UnderstandingContext) => understand(text, context).calls;
const update = (name: string, quantity: number, unit?: string) => [{ name: 'update_list_item', args: unit ? { name, quantity, unit } : { name, quantity } }];

const pantry = () => onTheList([{ name: 'greek yogurt', quantity: 1, unit: 'tub' }, { name: 'orange juice', quantity: 1, unit: 'carton' }, { name: 'apples', quantity: 3 },
  { name: 'spaghetti', quantity: 1, unit: 'box' }], [{ name: 'spaghetti', quantity: 1, unit: 'box' }]);

describe('the thing first, then a request for its amount', () => {
  it('sets the amount whatever words ask for it between the thing and the number', () => {
    expect(said('the yogurt, can you make it 3 tubs', pantry())).toEqual(update('yogurt', 3, 'tub'));
    expect(said('orange juice make that 2 cartons pls', pantry())).toEqual(update('orange juice', 2, 'carton'));
    expect(said('the apples i want six', pantry())).toEqual(update('apples', 6));
    expect(said('oh and the apples, would you put 7 of them', pantry())).toEqual(update('apples', 7));
  });

  it('reads a remark that the amount is wrong as the amount said after it being the one meant', () => {
    expect(said('apples is too little, make 8', pantry())).toEqual(update('apples', 8));
    expect(said('the spaghetti is not enough, 3 boxes', pantry())).toEqual(update('spaghetti', 3, 'box'));
    expect(said('pardon, the orange juice has to be 2 cartons, not 1.', pantry())).toEqual(update('orange juice', 2, 'carton'));
  });

  it('reads the thing after "for the" or "about the", with sounds inside and "N is enough" after', () => {
    expect(said('for the apples, I want 6', pantry())).toEqual(update('apples', 6));
    expect(said('about the orange juice, 3 cartons please', pantry())).toEqual(update('orange juice', 3, 'carton'));
    expect(said('the um yogurt make it uh two tubs', pantry())).toEqual(update('yogurt', 2, 'tub'));
    expect(said('hmm the apples i think 4 is enough', pantry())).toEqual(update('apples', 4));
  });

  it('keeps a request said after the new amount as a request of its own', () => {
    expect(said('the apples i need 6 n bread', pantry())).toEqual([...update('apples', 6), { name: 'add_to_list', args: { items: [{ name: 'bread' }] } }]);
  });
});

describe('the amount first, with a word of correction, a relay or a reason', () => {
  it('sets the amount when a correction says the amount was meant for the line', () => {
    expect(said('what i meant was 2 tubs of yogurt', pantry())).toEqual(update('yogurt', 2, 'tub'));
    expect(said('no no, i wanted to say nine apples', pantry())).toEqual(update('apples', 9));
  });

  it('sets the amount passed on from someone else, with "actually" or with "the"', () => {
    expect(said('my husband says 3 tubs of the yogurt', pantry())).toEqual(update('yogurt', 3, 'tub'));
    expect(said('grandpa said 2 cartons of orange juice actually', pantry())).toEqual(update('orange juice', 2, 'carton'));
  });

  it('leaves a reason after the amount out', () => {
    expect(said('ten apples actually we eat loads of them', pantry())).toEqual(update('apples', 10));
    expect(said('n 2 boxes of the spaghetti, there will be eight of us', pantry())).toEqual(update('spaghetti', 2, 'box'));
  });
});

describe('a new amount for a line pointed at', () => {
  it('reads a place among the things just touched ("three of the second one")', () => {
    const context = onTheList([{ name: 'feta', quantity: 1 }, { name: 'pita bread', quantity: 1 }, { name: 'hummus', quantity: 1 }],
      [{ name: 'feta', quantity: 1 }, { name: 'pita bread', quantity: 1 }, { name: 'hummus', quantity: 1 }]);
    expect(said('three bags of the second one', context)).toEqual(update('pita bread', 3, 'bag'));
  });

  it('takes "N of those, not M" after the thing touched last was taken off as the line that had M, and asks when several had it', () => {
    const one = onTheList([{ name: 'dish soap', quantity: 1 }, { name: 'oat milk', quantity: 2, unit: 'carton' }], [{ name: 'paper towels', quantity: 1 }]);
    expect(said('and she says get 4 of those not 2', one)).toEqual(update('oat milk', 4));
    const two = onTheList([{ name: 'dish soap', quantity: 2 }, { name: 'oat milk', quantity: 2, unit: 'carton' }], [{ name: 'paper towels', quantity: 1 }]);
    const asked = understand('get 4 of those not 2', two);
    expect(asked.calls).toEqual([]);
    expect(asked.reply).toMatch(/dish soap or oat milk/);
  });
});

describe('an amount changed in one breath', () => {
  it('adds the amount said last, with the unit said first', () => {
    const context = onTheList([{ name: 'apples', quantity: 3 }]);
    expect(said('and 2 jars of pickles, no actually 3, we are having a party', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'pickles', quantity: 3, unit: 'jar' }] } }]);
    expect(said('add a bag of lemons, sorry, two', context)).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'lemons', quantity: 2, unit: 'bag' }] } }]);
  });
});

describe('what still adds, and what is not guessed', () => {
  it('adds with "more" or "another", and a thing not on the list', () => {
    expect(said('add 2 more apples', pantry())).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'apples', quantity: 2 }] } }]);
    expect(said('another tub of yogurt', pantry())).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'yogurt', quantity: 1, unit: 'tub' }] } }]);
    expect(said('and 2 bananas', pantry())).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'bananas', quantity: 2 }] } }]);
    // What is at home is no new amount for the line.
    expect(said('the apples, we have 12', pantry()).some((c) => c.name === 'update_list_item')).toBe(false);
    expect(said('3 bananas actually', pantry())).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'bananas', quantity: 3 }] } }]);
  });
});
