import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const vocabulary = { ...VOCABULARY, itemPhrases: [...VOCABULARY.itemPhrases, 'oat milk', 'rye bread', 'granola', 'muesli', 'lemons', 'limes', 'chicken thighs', 'crackers', 'bacon', 'honey', 'broccoli', 'avocados'] };
const { understand } = createUnderstanding({ vocabulary });
const added = (text: string) =>
  understand(text).calls.flatMap((c) => (c.name === 'add_to_list' ? (c.args.items as { name: string; quantity?: number }[]).map((i) => `${i.quantity ?? ''}${i.quantity ? ' ' : ''}${i.name}`) : [`<${c.name}>`]));

/** One message that asks for something, takes it back, and says what it wants instead. */
describe('a change of mind inside one message', () => {
  it.each([
    ['add granola, oh wait we still have granola, add muesli instead', ['muesli']],
    ['put oat milk on, actually no, the baby is off dairy, rye bread instead', ['rye bread']],
    ['grab granola actually no we got loads, grab muesli', ['muesli']],
    ['oh and crackers. actually nah, they ate loads yesterday. limes instead', ['limes']],
    ['add milk, crackers, oops we already have crackers', ['milk']],
    ['add milk and crackers, nah skip the crackers', ['milk']],
    ['add 4 lemons, no wait, 6', ['6 lemons']],
  ])('%s', (text, items) => {
    expect(added(text)).toEqual(items);
  });

  it('takes nothing back when "wait" is only a pause or "no" belongs to what follows', () => {
    expect(added('add milk, oh wait, and crackers')).toEqual(['milk', 'crackers']);
    expect(understand('find a substitute for granola, no more than $2 more').calls[0]?.name).toBe('find_substitutes');
  });

  it('writes nothing and says so when the whole message is taken back', () => {
    const out = understand('add crackers, actually no');
    expect(out.calls).toEqual([]);
    expect(out.reply).toMatch(/nothing changed/i);
  });
});

describe('what people say around a request', () => {
  it('leaves thanks closing a request off the list ("..., ta", "... cheers!")', () => {
    expect(added('put rye bread on the list, ta')).toEqual(['rye bread']);
    expect(added('add granola. cheers!')).toEqual(['granola']);
  });

  it('reads a size said of the package as a note, with the package as the unit', () => {
    expect(understand('add a small jar of honey').calls[0]!.args.items).toEqual([{ name: 'honey', quantity: 1, unit: 'jar', note: 'small' }]);
    expect(understand('add large eggs').calls[0]!.args.items).toEqual([{ name: 'large eggs' }]);
  });

  it('leaves a remark about some of a group, or a plan, out of the thing named', () => {
    expect(added('add crackers, most of the kids are away')).toEqual(['crackers']);
    expect(understand('take the granola off, gonna bake some').calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'granola' }] } }]);
  });

  it('puts back one dropped letter of a four-letter word when only one known word fits', () => {
    expect(added('add crackers n bacn')).toEqual(['crackers', 'bacon']);
    // Three letters are too few to guess from: "brd" is left as typed, not turned into a word.
    expect(added('add brd')).toEqual(['brd']);
  });
});

describe('a heading before the request', () => {
  it.each([
    ['curry night! add rice and limes', ['rice', 'limes']],
    ['friday lunches. granola and crackers', ['granola', 'crackers']],
    ['oh wait, add honey', ['honey']],
  ])('%s', (text, items) => {
    expect(added(text)).toEqual(items);
  });

  it('keeps a thing or a list named first ("rye bread. add milk", "party list: crackers")', () => {
    expect(added('rye bread. add milk')).toEqual(['rye bread', 'milk']);
    expect(understand('party list: crackers').calls[0]!.args.list).toBe('party');
  });
});

describe('requests passed on, and things run together', () => {
  it.each([
    ['Priya says we need granola and honey', ['granola', 'honey']],
    ['and he wants rye bread', ['rye bread']],
    ['my roommate asked for crackers', ['crackers']],
    ["i'd like you to add honey", ['honey']],
    ['add two pounds of lemons a bag of limes and a jar of honey', ['2 lemons', '1 limes', '1 honey']],
    ['a gallon of milk a dozen eggs and granola', ['1 milk', '12 eggs', 'granola']],
  ])('%s', (text, items) => {
    expect(added(text)).toEqual(items);
  });

  it('drops politeness after the request', () => {
    expect(added('add some honey, if you would be so kind.')).toEqual(['honey']);
  });
});

describe('an amount said again for a thing on the list', () => {
  const onList = (names: string[]) => ({ onList: (n: string) => names.some((m) => m.includes(n) || n.includes(m)) });
  const set = (text: string, names: string[]) => understand(text, onList(names)).calls;
  it.each([
    ['the honey, better go with two jars', 'honey', 2, 'jar'],
    ['the granola ought to be two bags, not one', 'granola', 2, 'bag'],
    ['crackers, one big box', 'crackers', 1, 'box'],
    ['and the lemons, 6', 'lemons', 6, undefined],
  ])('%s', (text, name, quantity, unit) => {
    expect(set(text, ['honey', 'granola', 'crackers', 'lemons'])).toEqual([{ name: 'update_list_item', args: { name, quantity, ...(unit ? { unit } : {}) } }]);
  });

  it('adds when the thing is not there or more is asked for', () => {
    expect(set('crackers, one big box', [])[0]!.name).toBe('add_to_list');
    expect(set('and 2 more lemons', ['lemons'])[0]!.name).toBe('add_to_list');
  });

  it('puts the most common misspellings right ("brocolli", "avacados")', () => {
    expect(added('add brocolli and 3 avacados')).toEqual(['broccoli', '3 avocados']);
  });
});

describe('found trying the product as a newcomer', () => {
  it('"remove the last thing" is the last line, never a preference called "last"', () => {
    const out = understand('remove the last thing', { lastItems: [{ name: 'crackers' }] });
    expect(out.calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'crackers' }] } }]);
  });

  it('a dish said with its day is the dish ("having tacos on friday"), and "it" is no dish', () => {
    expect(understand("we're having tacos on friday, add what I need").calls).toEqual([{ name: 'ingredients_for', args: { dish: 'tacos' } }]);
    expect(understand('add what i need for it').calls).toEqual([]);
  });
});

it('asks about the thing, not the errand ("do i need to get granola", "did i remember to put honey on")', () => {
  expect(understand('do i need to get granola').calls).toEqual([{ name: 'view_list', args: { item: 'granola' } }]);
  expect(understand('did i remember to put honey on the list').calls).toEqual([{ name: 'view_list', args: { item: 'honey' } }]);
});

describe('a thing named once and pointed at in the same message', () => {
  it('reads "it" after one thing just added as that thing ("add granola and watch its price")', () => {
    expect(understand('add granola and watch its price').calls).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'granola' }] } },
      { name: 'track_price', args: { name: 'granola' } },
    ]);
    expect(understand('add honey and check if it is on sale').calls[1]).toEqual({ name: 'match_deals', args: { items: ['honey'] } });
  });

  it('takes the thing said after a pronoun and a comma as what the pronoun means ("got em, the crackers")', () => {
    expect(understand('got em, the crackers').calls).toEqual([{ name: 'check_item', args: { name: 'crackers' } }]);
  });

  it('reads "every single thing", alerts no longer wanted and cleaning up ticked items', () => {
    expect(understand('delete every single thing on my list').calls).toEqual([{ name: 'clear_list', args: {} }]);
    expect(understand("we don't need alerts for honey anymore").calls).toEqual([{ name: 'stop_tracking', args: { name: 'honey' } }]);
    expect(understand('clean up the ticked items').calls).toEqual([{ name: 'remove_checked', args: {} }]);
  });
});

it('"perhaps vanilla would be better" swaps the thing just touched for that kind of it', () => {
  const vocab = createUnderstanding({ vocabulary: { ...vocabulary, itemPhrases: [...vocabulary.itemPhrases, 'ice cream', 'chocolate ice cream', 'vanilla ice cream'] } });
  const out = vocab.understand('on second thoughts, perhaps vanilla would be better', { lastItems: [{ name: 'chocolate ice cream', quantity: 1 }] });
  expect(out.calls).toEqual([
    { name: 'remove_from_list', args: { items: [{ name: 'chocolate ice cream' }] } },
    { name: 'add_to_list', args: { items: [{ name: 'vanilla ice cream', quantity: 1 }] } },
  ]);
});
