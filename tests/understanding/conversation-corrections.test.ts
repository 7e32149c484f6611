/**
 * Corrections in a conversation (issue 11): a person fixes an amount, swaps a line for another,
 * takes one off by pointing at it, or changes their mind inside one message, and the calls say
 * what they meant. Each test is one kind of wording, in sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding, type UnderstandingContext } from '../../src/understanding/index.js';
import { loadNluModel } from '../../src/understanding/model/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';
import { onTheList } from './conversation-context.js';

const vocabulary = {
  ...VOCABULARY,
  itemPhrases: [...VOCABULARY.itemPhrases, 'salmon', 'tuna', 'cheddar', 'shredded cheddar', 'cream', 'sour cream', 'oat milk', 'almond milk', 'brown rice', 'tortillas',
    'black beans', 'kidney beans', 'green beans', 'spinach', 'lemons', 'limes', 'crackers', 'olive oil', 'sesame oil', 'soy sauce', 'frozen peas', 'frozen corn', 'peas', 'corn',
    'raisins', 'oats', 'walnuts', 'cinnamon', 'grapes', 'hot dogs', 'hot dog buns', 'buns', 'mayonnaise', 'mustard', 'wholemeal bread', 'tofu', 'garlic', 'basil'],
};
const { understand } = createUnderstanding({ vocabulary });

const said = (text: string, context: UnderstandingContext) => understand(text, context).calls;

describe('a new amount for a line on the list', () => {
  it('is for the one thing just added that is measured the way the amount is said', () => {
    const context = onTheList([], [{ name: 'whole milk', quantity: 1, unit: 'qt' }, { name: 'bananas', quantity: 6 }, { name: 'black beans', quantity: 2, unit: 'can' }]);
    expect(said('no, make it two quarts', context)).toEqual([{ name: 'update_list_item', args: { name: 'whole milk', quantity: 2, unit: 'qt' } }]);
    expect(said('oh make that 3 cans', context)).toEqual([{ name: 'update_list_item', args: { name: 'black beans', quantity: 3, unit: 'can' } }]);
    // A plain number fits every one of them: which is asked, nothing is written.
    const out = understand('make it 4', context);
    expect(out.calls).toEqual([]);
    expect(out.reply).toMatch(/which/i);
  });

  it('leaves what the household does with it out of the request ("the kids go through loads")', () => {
    const context = onTheList([], [{ name: 'whole milk', quantity: 1, unit: 'qt' }, { name: 'bread', quantity: 1 }]);
    expect(said('make it three quarts, the boys go through tons', context)).toEqual([{ name: 'update_list_item', args: { name: 'whole milk', quantity: 3, unit: 'qt' } }]);
  });

  it('owning up to a slip ("I have mixed that up") is no thing to take off', () => {
    const context = onTheList([{ name: 'wholemeal bread', quantity: 1, unit: 'loaf' }, { name: 'butter', quantity: 1 }]);
    expect(said('oh no, I have mixed that up. The bread should be three loaves, not one', context)).toEqual([
      { name: 'update_list_item', args: { name: 'bread', quantity: 3, unit: 'loaf' } },
    ]);
  });

  it('reads "let us only do", "better go with" as a new amount for the thing named with "the"', () => {
    const context = onTheList([{ name: 'ground beef', quantity: 3, unit: 'lb' }, { name: 'shredded cheddar', quantity: 1 }]);
    expect(said("let's only do 2 pounds of the beef", context)).toEqual([{ name: 'update_list_item', args: { name: 'beef', quantity: 2, unit: 'lb' } }]);
    expect(said('and the cheddar, better go with three bags, guests always eat more than planned', context)).toEqual([
      { name: 'update_list_item', args: { name: 'cheddar', quantity: 3, unit: 'bag' } },
    ]);
  });

  it('takes a kind of food for the one line of that kind ("the fish" is the salmon)', () => {
    const context = onTheList([{ name: 'salmon', quantity: 1, unit: 'lb' }, { name: 'spinach', quantity: 1 }]);
    expect(said('double up on the fish', context)).toEqual([{ name: 'update_list_item', args: { name: 'salmon', quantity: 2, unit: 'lb' } }]);
    expect(said('the fish should be 3 pounds', context)).toEqual([{ name: 'update_list_item', args: { name: 'salmon', quantity: 3, unit: 'lb' } }]);
    // Two fish on the list: which one is not guessed.
    const two = onTheList([{ name: 'salmon', quantity: 1, unit: 'lb' }, { name: 'tuna', quantity: 2, unit: 'can' }]);
    expect(said('double up on the fish', two)).toEqual([]);
  });

  it('reads an amount said after "on there" with a hedge ("maybe like a pound") as the amount of the thing', () => {
    expect(understand('can you put tuna on there, maybe like two cans').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'tuna', quantity: 2, unit: 'can' }] } }]);
    expect(understand('add garlic, around 3 heads').calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'garlic', quantity: 3, unit: 'head' }] } }]);
  });

  it('takes off a thing on the list that the catalog does not sell, though the trained model reads the message as small talk', () => {
    const withModel = createUnderstanding({ vocabulary, model: loadNluModel() });
    const context = onTheList([{ name: 'quince jam', quantity: 1 }]);
    expect(withModel.understand('would you take off the quince jam? my mum tells me there is a jar in the fridge', context).calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'quince jam' }] } }]);
  });

  it('reads a new amount said after naming the line ("the X, get N", "the X is mistake, N i want", "N of the X, not just the one")', () => {
    const context = onTheList([{ name: 'hot dog buns', quantity: 3, unit: 'pack' }, { name: 'brown rice', quantity: 2, unit: 'kg' }, { name: 'orange juice', quantity: 1, unit: 'carton' }]);
    expect(said('she changed her mind about the buns, get 2 packs not 3', context)).toEqual([{ name: 'update_list_item', args: { name: 'buns', quantity: 2, unit: 'pack' } }]);
    // The thing named in the message, not the one the last turn touched.
    const afterMustard = { ...context, lastItems: [{ name: 'mustard' }] };
    expect(said('she changed her mind about the buns, get 2 packs not 3', afterMustard)).toEqual([{ name: 'update_list_item', args: { name: 'buns', quantity: 2, unit: 'pack' } }]);
    // Named with "the" and then given an amount, with the thing also just touched: changed, not added again.
    const justAdded = { ...context, lastItems: [{ name: 'buns', quantity: 3, unit: 'pack' }, { name: 'brown rice', quantity: 2, unit: 'kg' }] };
    expect(said('the buns, get 2 packs not 3', justAdded)).toEqual([{ name: 'update_list_item', args: { name: 'buns', quantity: 2, unit: 'pack' } }]);
    expect(said('sorry the rice was wrong, 4 kg i need', context)).toEqual([{ name: 'update_list_item', args: { name: 'rice', quantity: 4, unit: 'kg' } }]);
    expect(said('pardon me, i would like three cartons of the juice, not just the one', context)).toEqual([
      { name: 'update_list_item', args: { name: 'juice', quantity: 3, unit: 'carton' } },
    ]);
  });

  it('replaces an amount said in another unit with the one said now, and leaves "we are many" out', () => {
    const context = onTheList([{ name: 'pasta', quantity: 500, unit: 'g' }]);
    expect(said('the pasta, i want 2 kilo, not 500 grams, we are a big family', context)).toEqual([{ name: 'update_list_item', args: { name: 'pasta', quantity: 2, unit: 'kg' } }]);
    // "we are out of ..." after a comma is still a request.
    expect(understand('add bread, we are out of milk').calls[0]!.name).toBe('add_to_list');
  });

  it('reads "the first thing, the X, get N of it" as a new amount for X', () => {
    const context = onTheList([{ name: 'grapes', quantity: 1 }, { name: 'oats', quantity: 1 }]);
    expect(said('the first thing, the grapes, get three bags of it', context)).toEqual([{ name: 'update_list_item', args: { name: 'grapes', quantity: 3, unit: 'bag' } }]);
  });

  it('takes "we DO have X" as having it at home', () => {
    const context = onTheList([{ name: 'mustard', quantity: 1 }], [{ name: 'hot dogs', quantity: 2 }, { name: 'buns', quantity: 2 }]);
    expect(said('ok turns out we do have mustard, so cross that off', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'mustard' }] } }]);
  });
});

describe('one line replaced by another', () => {
  const swap = (from: string, item: Record<string, unknown>) => [
    { name: 'remove_from_list', args: { items: [{ name: from }] } },
    { name: 'add_to_list', args: { items: [item] } },
  ];

  it('reads "X instead of the Y" with Y part of a line\'s name, also when passed on ("now she wants ...")', () => {
    const context = onTheList([{ name: 'almond milk', quantity: 2, unit: 'carton' }, { name: 'tortillas', quantity: 1 }], [{ name: 'tortillas', quantity: 1 }]);
    // The line is named as said; the list finds "almond" on the almond milk line.
    expect(said('oat milk instead of the almond', context)).toEqual(swap('almond', { name: 'oat milk' }));
    expect(said('ok now he wants soy sauce instead of the almond milk, whatever', context)).toEqual(swap('almond milk', { name: 'soy sauce' }));
    // Nothing of that name on the list: no swap is guessed.
    expect(said('oat milk instead of the coconut', context).some((c) => c.name === 'remove_from_list')).toBe(false);
  });

  it('takes "the regular" for the line of the new thing\'s kind', () => {
    const context = onTheList([{ name: 'rice', quantity: 1 }, { name: 'chicken', quantity: 1 }]);
    expect(said("hmm let's do brown rice instead of the regular", context)).toEqual(swap('rice', { name: 'brown rice' }));
  });

  it('gives another of the same kind the old thing\'s other words, and asks when the catalog never joins the kind to the thing', () => {
    const cheddar = onTheList([], [{ name: 'shredded cheddar', quantity: 2, unit: 'bag' }]);
    expect(said('actually make that mozzarella', cheddar)).toEqual(swap('shredded cheddar', { name: 'shredded mozzarella', quantity: 2, unit: 'bag' }));
    const juice = understand('perhaps peanut would be better', onTheList([], [{ name: 'orange juice', quantity: 1 }]));
    expect(juice.confidence).toBeLessThan(0.8);
  });

  it('reads a lone thing after a removal in the same message as what is wanted instead ("no X, too dear. Y for this")', () => {
    const context = onTheList([{ name: 'cheddar', quantity: 1 }]);
    const out = understand('no cheddar, is too dear. Gruyere for this', context);
    expect(out.calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'cheddar' }] } }, { name: 'add_to_list', args: { items: [{ name: 'gruyere' }] } }]);
    expect(out.confidence).toBeGreaterThanOrEqual(0.8);
    // Everyday words after a removal are a remark, not a thing to add.
    expect(said('remove the cheddar. long week', context)).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'cheddar' }] } }]);
  });

  it('names a word of a kind with the kind the message names ("... with rice. a kilo of basmati")', () => {
    const out = understand("we'll have it with rice. a kilo of jasmine");
    expect(out.calls).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'jasmine rice', quantity: 1, unit: 'kg' }] } }]);
    expect(understand('add a kilo of jasmine').calls).not.toEqual(out.calls);
  });

  it('takes "it" after a remark about a line as that line, and "I\'ll do X" as adding X', () => {
    const context = onTheList([{ name: 'spinach', quantity: 1 }, { name: 'salmon', quantity: 1, unit: 'lb' }], [{ name: 'salmon', quantity: 1, unit: 'lb' }]);
    const out = understand('honestly the spinach is so pricey, just take it off and I will do green beans', context);
    expect(out.calls).toEqual([{ name: 'remove_from_list', args: { items: [{ name: 'spinach' }] } }, { name: 'add_to_list', args: { items: [{ name: 'green beans' }] } }]);
    expect(out.confidence).toBeGreaterThanOrEqual(0.8);
  });
});


describe('taking a line off by pointing at it or in other words', () => {
  const removed = (name: string) => [{ name: 'remove_from_list', args: { items: [{ name }] } }];

  it('reads "the last one" as a place on the list, never as an amount of one', () => {
    const context = onTheList([{ name: 'oats', quantity: 1 }, { name: 'walnuts', quantity: 1 }], [{ name: 'oats' }, { name: 'walnuts' }]);
    expect(said('actually get rid of the last one, nobody here eats them', context)).toEqual(removed('walnuts'));
  });

  it('takes off a thing turned down ("X are a no") and leaves what someone else brings out', () => {
    const context = onTheList([{ name: 'grapes', quantity: 1 }, { name: 'crackers', quantity: 1 }]);
    expect(said("and the crackers are a no, grandpa's bringing some", context)).toEqual(removed('crackers'));
    expect(said('The grapes, please remove it. My neighbour bring from his vines', context)).toEqual(removed('grapes'));
  });

  it('takes off a line the catalog does not know even when the reason names a place and a day', () => {
    const context = onTheList([{ name: 'tempeh', quantity: 2, unit: 'box' }]);
    expect(said('tempeh cancel please. I buy from the corner market tomorrow', context)).toEqual(removed('tempeh'));
  });
});

describe('a change of mind inside one message, said in one breath', () => {
  const added = (text: string) =>
    understand(text).calls.flatMap((c) => (c.name === 'add_to_list' ? (c.args.items as Record<string, unknown>[]) : [{ call: c.name }]));

  it('keeps what is wanted and leaves the reason after it out ("X no wait Y we still have X")', () => {
    expect(added('and olive oil no wait sesame oil we still have olive oil')).toEqual([{ name: 'sesame oil' }]);
  });

  it('reads "no not X" naming the thing taken back, then what is wanted', () => {
    expect(added('and uh frozen corn no not corn peas frozen peas')).toEqual([{ name: 'frozen peas' }]);
  });

  it('takes a thing said and then said again in full as one thing ("spinach two bags of spinach")', () => {
    expect(added('and spinach two bags of spinach')).toEqual([{ name: 'spinach', quantity: 2, unit: 'bag' }]);
    expect(added('add peas frozen peas')).toEqual([{ name: 'frozen peas' }]);
    // Two things with a comma between are two things.
    expect(added('add peas, frozen peas')).toEqual([{ name: 'peas' }, { name: 'frozen peas' }]);
  });
});

describe('asides that are not things', () => {
  const added = (text: string, context: UnderstandingContext = {}) =>
    understand(text, context).calls.flatMap((c) => (c.name === 'add_to_list' ? (c.args.items as Record<string, unknown>[]) : [{ call: c.name }]));

  it('leaves out a sentence said to a child or a pet by name', () => {
    const context = onTheList([{ name: 'crackers', quantity: 1 }], [{ name: 'crackers' }]);
    expect(added('NORA GET DOWN FROM THERE. sorry. also 2 boxes of mac and cheese', context)).toEqual([{ name: 'mac and cheese', quantity: 2, unit: 'box' }]);
    expect(added('rex stop! ok add eggs')).toEqual([{ name: 'eggs' }]);
    // An assistant addressed by name is asked, not talked past.
    expect(added('siri put it on the list', onTheList([], [{ name: 'crackers', quantity: 1 }]))).toEqual([{ name: 'crackers' }]);
  });

  it('reads a description of the list before a colon as no list name ("quick list before pickup:")', () => {
    expect(understand('ok short list before practice: grapes, crackers and a bag of apples').calls).toEqual([
      { name: 'add_to_list', args: { items: [{ name: 'grapes' }, { name: 'crackers' }, { name: 'apples', quantity: 1, unit: 'bag' }] } },
    ]);
  });

  it('reads "X, not Y" after a slip as X in place of the line Y', () => {
    const context = onTheList([{ name: 'apples', quantity: 1, unit: 'bag' }], [{ name: 'apples', quantity: 1, unit: 'bag' }]);
    expect(said('ugh sorry, grapes, not apples. he will not eat apples this week', context)).toEqual([
      { name: 'remove_from_list', args: { items: [{ name: 'apples' }] } },
      { name: 'add_to_list', args: { items: [{ name: 'grapes', quantity: 1, unit: 'bag' }] } },
    ]);
  });
});

describe('a new kind for a one-word line', () => {
  it('names the kind with the thing when the catalog sells it so, and reads "the big tub" as its package', () => {
    const context = onTheList([{ name: 'cream', quantity: 1 }], [{ name: 'cream', quantity: 1 }]);
    expect(said('the cream should be sour um the big tub', context)).toEqual([
      { name: 'remove_from_list', args: { items: [{ name: 'cream' }] } },
      { name: 'add_to_list', args: { items: [{ name: 'sour cream', unit: 'tub', note: 'big' }] } },
    ]);
  });
});
