/**
 * Kinds of real phrasing (issue 11): each test is one kind of wording, checked with sentences of
 * our own, not the eval sets'.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const { understand } = createUnderstanding({ vocabulary: VOCABULARY });
const calls = (text: string) => understand(text).calls;

describe('a budget question with a time word after it', () => {
  it('asks for the total whatever the time word: "yet", "already", "at this point"', () => {
    for (const text of ['are we over budget yet', 'have we gone over the food budget already', 'am i under my budget at this point']) {
      expect(calls(text), text).toEqual([{ name: 'list_total', args: {} }]);
    }
  });
});

describe('list names', () => {
  it('reads "to buy" and "to get" before "list" as the default list, not a list called "to"', () => {
    expect(calls('put eggs on my to buy list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'eggs' }] } }]);
    expect(calls("what's on the to get list")).toEqual([{ name: 'view_list', args: {} }]);
    expect(calls('put eggs on the costco to buy list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'eggs' }], list: 'costco' } }]);
  });

  it('keeps "of" and "the" inside the name of an occasion a new list is for', () => {
    expect(calls('start a new list for the 4th of july')).toEqual([{ name: 'create_list', args: { name: '4th of july' } }]);
    expect(calls('make a list for the day of the dead')).toEqual([{ name: 'create_list', args: { name: 'day of the dead' } }]);
  });

  it('reads a day of the month before "list" as part of the name ("the 5th of november list")', () => {
    expect(calls('delete the 5th of november list')).toEqual([{ name: 'delete_list', args: { list: '5th of november' } }]);
    expect(calls('add hot dogs to the 4th of july list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'hot dogs' }], list: '4th of july' } }]);
  });

  it('"my to do shopping list" is the default list, and "my to do" never starts a remark', () => {
    expect(calls('add oranges to my to do shopping list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'oranges' }] } }]);
  });
});

describe('a thing put back on the shelf', () => {
  it('is a line back to not bought, and "uncheck it" after it means that thing', () => {
    expect(calls('we put the bagels back')).toEqual([{ name: 'check_item', args: { name: 'bagels', checked: false } }]);
    expect(calls('i put the coffee back, untick it')).toEqual([{ name: 'check_item', args: { name: 'coffee', checked: false } }]);
  });

  it('put back on a list, it is added', () => {
    expect(calls('put the milk back on the list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'milk' }] } }]);
  });
});

describe('a reason said after a removal without a comma', () => {
  it('"we have plenty", "we got a big bag": how much is at home names no thing to take off', () => {
    expect(calls("don't need rice we have plenty")).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'rice' }] } }]);
    expect(calls('dont need dog food we got a big bag')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'dog food' }] } }]);
    expect(calls('skip the coffee we still have a huge tin')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'coffee' }] } }]);
  });

  it('someone of the household doing something is the reason, not part of the thing', () => {
    expect(calls("don't need the bread my mom is bringing some")).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'bread' }] } }]);
  });

  it('"we have" with a thing is still that thing taken off', () => {
    expect(calls('we have plenty of chips')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'chips' }] } }]);
  });
});

describe('a heading said without a break', () => {
  it('"for <what it is for> ..." ends where the request starts', () => {
    expect(calls('for the kids lunches we need yogurt and apples')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'yogurt' }, { name: 'apples' }] } }]);
    expect(calls('for dinner tonight get chicken breasts and rice')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'chicken breasts' }, { name: 'rice' }] } }]);
    expect(calls('for taco night we will need tortillas and cheese')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'tortillas' }, { name: 'cheese' }] } }]);
  });

  it('ends before an amount that starts the list of things', () => {
    expect(calls('for the chili 2 cans of tomatoes and a pound of ground beef')).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'tomatoes', quantity: 2, unit: 'can' }, { name: 'ground beef', quantity: 1, unit: 'lb' }] } },
    ]);
  });
});

describe('a request in a non-native order', () => {
  it('"i want that you ..." is the request inside, never a list named after the clause', () => {
    expect(calls('I want that you put the eggs in the shopping list')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'eggs' }] } }]);
    expect(calls('i would like that you remove the bread from my list')).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'bread' }] } }]);
  });
});

describe('an amount named as such', () => {
  it('"for the X make quantity N" and "set the amount of X to N" change that line', () => {
    expect(calls('for the eggs please make quantity 12')).toEqual([{ name: 'update_list_item', args: { name: 'eggs', quantity: 12 } }]);
    expect(calls('for bread set the amount to 2')).toEqual([{ name: 'update_list_item', args: { name: 'bread', quantity: 2 } }]);
    expect(calls('set the quantity of milk to 3')).toEqual([{ name: 'update_list_item', args: { name: 'milk', quantity: 3 } }]);
  });
});

describe('a contrast across sentences', () => {
  it('"not one onion. I need three onions" changes the amount of the thing named in both', () => {
    expect(calls('Sorry, not one onion. I need three onions')).toEqual([{ name: 'update_list_item', args: { name: 'onions', quantity: 3 } }]);
    expect(calls('no, not 2 jars of salsa. I want 4 jars of salsa')).toEqual([{ name: 'update_list_item', args: { name: 'salsa', quantity: 4, unit: 'jar' } }]);
  });
});

describe('an amount distributed over several things', () => {
  it('"2 of each", "3 bags apiece" give every thing named that amount', () => {
    expect(calls('and bagels and cheese, 2 packs of each')).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'bagels', quantity: 2, unit: 'pack' }, { name: 'cheese', quantity: 2, unit: 'pack' }] } },
    ]);
    expect(calls('get apples and carrots, 3 bags apiece')).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'apples', quantity: 3, unit: 'bag' }, { name: 'carrots', quantity: 3, unit: 'bag' }] } },
    ]);
  });

  it('reads "he says" after a break as the person passing the amount on', () => {
    expect(calls('add chips and coke, he says 2 of each')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'chips', quantity: 2 }, { name: 'coke', quantity: 2 }] } }]);
  });
});

describe('an amount after a comma', () => {
  it('"oats, just one big bag": "just" and a package size do not make it a remark', () => {
    expect(calls('rice, just one big bag')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'rice', quantity: 1, unit: 'bag', note: 'big' }] } }]);
    expect(calls('milk, only two')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2 }] } }]);
  });
});

describe('a plan that is not a request', () => {
  it('offers the ingredients of a dish the recipes do not know, asking first, and writes nothing', () => {
    const plan = understand("I'm making garlic bread on friday");
    expect(plan.calls).toEqual([{ name: 'ingredients_for', args: { dish: 'garlic bread' } }]);
    expect(plan.confidence).toBeLessThan(0.75);
    expect(calls('i am making a reservation')).toEqual([]);
  });
});

describe('a compound the catalog does not know', () => {
  const withStock = createUnderstanding({ vocabulary: { ...VOCABULARY, itemPhrases: [...VOCABULARY.itemPhrases, 'chicken stock'] } });

  it('keeps a first word that is also a verb or another domain\'s word ("stock cubes"), among things the catalog sells', () => {
    expect(withStock.understand('add tomatoes, onions, butter and stock cubes').calls).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'tomatoes' }, { name: 'onions' }, { name: 'butter' }, { name: 'stock cubes' }] } },
    ]);
  });

  it('never writes part of it alone: "add stock cubes" is not "cubes"', () => {
    expect(withStock.understand('add stock cubes').calls.flatMap((c) => (c.args.items as { name: string }[]) ?? []).map((i) => i.name)).not.toContain('cubes');
  });
});

describe('a misspelling one slip from two things', () => {
  const both = createUnderstanding({ vocabulary: { ...VOCABULARY, itemPhrases: [...VOCABULARY.itemPhrases, 'cherries'] } });

  it('asks which was meant, with the whole request on each button, and writes nothing', () => {
    const asked = both.understand('i ran out of cherrios so add that to the list');
    expect(asked.calls).toEqual([]);
    expect(asked.reply).toBe('Did you mean cheerios or cherries?');
    expect(asked.choices).toEqual([
      { label: 'cheerios', value: 'i ran out of cheerios so add that to the list' },
      { label: 'cherries', value: 'i ran out of cherries so add that to the list' },
    ]);
  });

  it('still corrects a slip with one nearest thing', () => {
    expect(both.understand('add bananna').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'banana' }] } }]);
  });
});
