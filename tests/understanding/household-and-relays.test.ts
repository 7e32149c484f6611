/**
 * Kinds of real phrasing (issue 11) about other people and texting asides, checked with
 * sentences of our own: the household as a subject, requests passed on, interjections at the end,
 * and two verb-particle forms.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const { understand } = createUnderstanding({ vocabulary: VOCABULARY });
const calls = (text: string) => understand(text).calls;
const remember = (kind: string, value: string) => [{ name: 'remember_preference', args: { kind, value } }];

describe('someone in the household as the subject', () => {
  it('remembers an allergy or a diet of any family member, flatmate or in-law, never adding it as an item', () => {
    expect(calls('my nan is allergic to shellfish')).toEqual(remember('allergy', 'shellfish'));
    expect(calls('our youngest is allergic to sesame')).toEqual(remember('allergy', 'sesame'));
    expect(calls('my flatmate cannot eat gluten')).toEqual(remember('diet', 'gluten free'));
    expect(calls('my sister-in-law is vegan')).toEqual(remember('diet', 'vegan'));
  });

  it("reads \"'s\" after a household member before what is true of them as \"is\", and keeps a possessive a possessive", () => {
    expect(calls("my lad's allergic to walnuts")).toEqual(remember('allergy', 'walnuts'));
    expect(calls("the baby's severely allergic to eggs")).toEqual(remember('allergy', 'eggs'));
    expect(calls("my husband's vegetarian now")).toEqual(remember('diet', 'vegetarian'));
    expect(calls("my son's lunch needs apples")).not.toEqual(expect.arrayContaining([expect.objectContaining({ name: 'remember_preference' })]));
  });

  it('takes a household member planning a dish as a plan (ingredients offered), not an item called "wants to bake cookies"', () => {
    expect(calls('my daughter wants to bake cookies')).toEqual([{ name: 'ingredients_for', args: { dish: 'cookies' } }]);
    expect(calls('the kids are making pancakes')).toEqual([{ name: 'ingredients_for', args: { dish: 'pancakes' } }]);
  });

  it('adds what a household member or a pet needs', () => {
    expect(calls('my grandson needs cereal')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'cereal' }] } }]);
    expect(calls('the kitten needs cat food')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'cat food' }] } }]);
  });
});

describe('a request passed on from someone else', () => {
  it('reads the request after "X says", "X wants me to", "X asked us to" as said, at full confidence', () => {
    for (const [text, items] of [
      ['jo says grab a bag of rice', [{ name: 'rice', quantity: 1, unit: 'bag' }]],
      ['my hubby says put bacon on', [{ name: 'bacon' }]],
      ['gran wants me to pick up a loaf of bread', [{ name: 'bread', quantity: 1, unit: 'loaf' }]],
      ['the neighbours asked us to get eggs', [{ name: 'eggs' }]],
    ] as const) {
      const u = understand(text);
      expect(u.calls, text).toEqual([{ name: 'add_to_list', args: { items } }]);
      expect(u.confidence, text).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('passes on a removal as a removal', () => {
    expect(calls('he says take the yogurt off')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'yogurt' }] } }]);
  });

  it('does not read something someone says about anything else as a request', () => {
    expect(calls('my boss says send the slides')).toEqual([]);
  });
});

describe('texting asides', () => {
  it('drops an interjection at the end ("ugh", "smh", "omg") and keeps the request', () => {
    expect(calls('out of coffee again ugh')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'coffee' }] } }]);
    expect(calls('need more bread smh')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'bread' }] } }]);
    expect(calls('add bananas omg')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'bananas' }] } }]);
  });
});

describe('verbs with particles', () => {
  it('"swap out X for Y", "sub out X for Y" replace one line with another, the particle not part of the name', () => {
    const swap = (from: string, to: string) => [{ name: 'remove_from_list', args: { items: [{ name: from }] } }, { name: 'add_to_list', args: { items: [{ name: to }] } }];
    expect(calls('swap out the white rice for brown rice')).toEqual(swap('white rice', 'brown rice'));
    expect(calls('sub out the butter for margarine')).toEqual(swap('butter', 'margarine'));
  });

  it('"clear off the ticked items" removes what is checked off', () => {
    expect(calls('clear off the ticked items')).toEqual([{ name: 'remove_checked', args: {} }]);
    expect(calls('strike off the done ones')).toEqual([{ name: 'remove_checked', args: {} }]);
  });
});

describe('things bought elsewhere', () => {
  it('writes nothing for electronics, clothes, the car, documents or markets, singular or plural', () => {
    for (const text of ['add 2 phone chargers', 'add a hoodie and some trainers', 'remove the spreadsheets from the shared folder', 'track eth below 3000', 'add a pair of sneakers', 'compare prices on laptops']) {
      const u = understand(text);
      expect(u.calls, text).toEqual([]);
    }
  });

  it('still adds groceries that share a word with them ("gas station snacks" aside, "tv dinners" are food)', () => {
    expect(calls('add 2 frozen dinners')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'frozen dinners', quantity: 2 }] } }]);
  });
});

describe('comparing the prices of one kind of thing', () => {
  it('searches it with the best value per unit first', () => {
    for (const [text, query] of [['compare prices on olive oil', 'olive oil'], ['compare the coffee prices', 'coffee'], ['price compare cereal', 'cereal']] as const) {
      expect(calls(text), text).toEqual([{ name: 'search_products', args: { query, sort: 'unit_price' } }]);
    }
  });
});

describe('an amount after the thing, hedged or in part of a unit', () => {
  it('reads "half kg", "quarter pound" after the name as the amount', () => {
    expect(calls('add okra half kg')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'okra', quantity: 0.5, unit: 'kg' }] } }]);
    expect(calls('add ham quarter pound')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'ham', quantity: 0.25, unit: 'lb' }] } }]);
  });

  it('leaves "like", "about", "maybe" before the amount out of the name', () => {
    expect(calls('add flour like 2 bags')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'flour', quantity: 2, unit: 'bag' }] } }]);
    expect(calls('add potatoes about 3 lbs and onions')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'potatoes', quantity: 3, unit: 'lb' }, { name: 'onions' }] } }]);
    expect(calls('add half and half')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'half and half' }] } }]);
  });
});

describe('a clause that only names or opens the list, before the request', () => {
  it('sets the list for the request after it instead of showing the list too', () => {
    expect(calls('on my grocery list, take off the eggs and add butter')).toEqual([
      { name: 'remove_from_list', args: { items: [{ name: 'eggs' }] } },
      { name: 'add_to_list', args: { items: [{ name: 'butter' }] } },
    ]);
    expect(calls('edit my shopping list, remove the yogurt')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'yogurt' }] } }]);
    expect(calls('the bbq list - add buns')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'buns' }], list: 'bbq' } }]);
  });

  it('still shows the list when nothing else is asked', () => {
    expect(calls('my grocery list please')).toEqual([{ name: 'view_list', args: {} }]);
    expect(calls('the bbq list, thanks')).toEqual([{ name: 'view_list', args: { list: 'bbq' } }]);
  });

  it('reads "name the things on my list" as showing it, not renaming it to "things"', () => {
    expect(calls('name the things on my grocery list')).toEqual([{ name: 'view_list', args: {} }]);
    expect(calls('call the bbq list cookout instead')).toEqual([{ name: 'rename_list', args: { list: 'bbq', name: 'cookout' } }]);
  });
});

describe('the list as the subject', () => {
  it('adds what a named list "should have" or "needs to include", and nothing without a list named', () => {
    expect(calls('my grocery list should have apples on it')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'apples' }] } }]);
    expect(calls('the bbq list needs to include charcoal')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'charcoal' }], list: 'bbq' } }]);
    expect(calls('needs to have more fibre')).toEqual([]);
  });
});

describe('asking to add after naming the thing', () => {
  it('"out of X; add to the list" adds X once, to the list the second clause names', () => {
    expect(calls("we're out of rice; add to shopping list")).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'rice' }] } }]);
    expect(calls('out of butter. please add to the bbq list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'butter' }], list: 'bbq' } }]);
  });
});

describe('words around a list name that are not the name', () => {
  it('reads "the whole costco list" as the costco list, and keeps "whole foods" a store', () => {
    expect(calls('clear the whole bbq list')).toEqual([{ name: 'clear_list', args: { list: 'bbq' } }]);
    expect(calls('show me the whole foods list')).toEqual([{ name: 'view_list', args: { list: 'whole foods' } }]);
  });

  it('never takes "instead" or "as well" after "put X on" for a list', () => {
    expect(calls('take the rice off and put couscous on instead')).toEqual([
      { name: 'remove_from_list', args: { items: [{ name: 'rice' }] } },
      { name: 'add_to_list', args: { items: [{ name: 'couscous' }] } },
    ]);
    expect(calls('put yogurt on as well')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'yogurt' }] } }]);
  });
});
