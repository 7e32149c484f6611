/**
 * Kinds of real phrasing (issue 11) around a request, checked with sentences of our own:
 * greetings and thanks of other Englishes and languages, particles that ask nothing, a time of
 * day that is a greeting, and a request said plainly after chatter.
 */
import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { DEFAULT_THRESHOLDS } from '../../src/agent/offline-decision.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const { understand } = createUnderstanding({ vocabulary: VOCABULARY });
const add = (...names: string[]) => [{ name: 'add_to_list', args: { items: names.map((name) => ({ name })) } }];
/** What runs without asking: the calls, when sure enough to write. */
const runs = (text: string) => {
  const u = understand(text);
  return u.confidence >= DEFAULT_THRESHOLDS.threshold ? u.calls : [];
};

describe('greetings and thanks people type in their own English', () => {
  it('takes a greeting with a time of day as a greeting, not as when something happens', () => {
    expect(runs('good afternoon, add anchovies')).toEqual(add('anchovies'));
    expect(runs('Morning! put mackerel on')).toEqual(add('mackerel'));
  });

  it('reads greetings from other Englishes and languages as greetings, never as things', () => {
    for (const hello of ['howaya', "g'day mate", 'kia ora', 'namaste', 'jambo']) {
      const got = understand(`${hello}, add lentils`);
      expect(got.calls, hello).toEqual(add('lentils'));
    }
    expect(understand('kumusta').act).toBe('greeting');
  });

  it('reads thanks in many languages and Englishes as thanks, adding nothing', () => {
    for (const thanks of ['cheers, sharp', 'grand, thanks a million', 'muchas gracias', 'asante sana', 'dziekuje', 'thank u', 'tnx', 'god bless']) {
      const got = understand(thanks);
      expect(got.calls, thanks).toEqual([]);
      expect(got.act, thanks).toBe('thanks');
    }
  });

  it('drops particles said after an opener or in a request ("hello o", "hi po", "naman", "abeg")', () => {
    expect(calls('hello o. add yam')).toEqual(add('yam'));
    expect(calls('hi po, add naman ng calamansi')).toEqual(add('calamansi'));
    expect(calls('abeg add plantain')).toEqual(add('plantain'));
    expect(calls('pa-add ng garlic')).toEqual(add('garlic'));
  });

  it('adds with "stick down" and "pop down" as with "put down"', () => {
    expect(calls('stick down oatcakes')).toEqual(add('oatcakes'));
    expect(calls('pop down some kippers')).toEqual(add('kippers'));
  });
});

describe('a request said plainly after chatter', () => {
  it('runs a change that names the list, or only groceries, after talk about the day', () => {
    expect(runs('we have the in-laws over on saturday and I am a mess, can you put halloumi on my list')).toEqual(add('halloumi'));
    expect(runs('long day at work honestly, could you add sardines and oatcakes')).toEqual(add('sardines', 'oatcakes'));
  });

  it('still asks first when the preamble is a doubt, or the thing is not a grocery', () => {
    expect(runs('not sure whether we should add oats')).toEqual([]);
    expect(runs('my week has been rough, could you add the thing for the garage')).toEqual([]);
  });
});

describe('amounts, needs and pauses said loosely', () => {
  it('takes an amount said alone after a full stop as the amount of the thing just named', () => {
    expect(calls('and lentils. 2 bags')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'lentils', quantity: 2, unit: 'bag' }] } }]);
    expect(calls('brisket as well. 3 pounds')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'brisket', quantity: 3, unit: 'lb' }] } }]);
    // Another thing after the stop stays another thing.
    expect(calls('add bread. 3 pears')).toEqual([add('bread')[0], { name: 'add_to_list', args: { items: [{ name: 'pears', quantity: 3 }] } }]);
  });

  it('reads "N of them" after one thing as its amount', () => {
    expect(runs('leeks too, 4 of em')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'leeks', quantity: 4 }] } }]);
    expect(runs('add shallots, 6 of them')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'shallots', quantity: 6 }] } }]);
  });

  it('adds what a formal or regional "require", "should like" or "am after"-style need names', () => {
    expect(runs('we shall require a jar of chutney')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'chutney', quantity: 1, unit: 'jar' }] } }]);
    expect(runs('I should like some oatcakes')).toEqual(add('oatcakes'));
    expect(runs('I require assistance')).toEqual([]);
  });

  it('leaves out a pause said to someone in the room ("hang on love", "one sec babe")', () => {
    expect(runs('hang on love, add pickles')).toEqual(add('pickles'));
    expect(understand('one sec babe').calls).toEqual([]);
    expect(understand('hold on sweetie what do you want for tea').calls.map((c) => c.name)).not.toContain('add_to_list');
  });

  it('runs a bare list of staples the catalog does not stock, but asks about words run together', () => {
    expect(runs('chapati flour and gochugaru')).toEqual(add('chapati flour', 'gochugaru'));
    expect(runs('kippers and crumpets')).toEqual(add('kippers', 'crumpets'));
  });
});

describe('asking about the list without the little words', () => {
  it('reads "read me list" as the list read to me, not a list called "me"', () => {
    expect(calls('read me list pls')).toEqual([{ name: 'view_list', args: {} }]);
    expect(calls('show us costco list')).toEqual([{ name: 'view_list', args: { list: 'costco' } }]);
  });

  it('asks "how many X I put" without "did", and keeps "how many things have I got" about the whole list', () => {
    expect(calls('how many avocados i put')).toEqual([{ name: 'view_list', args: { item: 'avocados' } }]);
    expect(calls('how many things have we got on the list')).toEqual([{ name: 'view_list', args: {} }]);
  });
});

describe('a meal ordered is not groceries', () => {
  it('writes nothing for an order with a takeout word, whatever food it names', () => {
    expect(calls('order three iced lattes for pickup')).toEqual([]);
    expect(calls('order a chicken burrito on ubereats')).toEqual([]);
    expect(calls('order noodles delivered to the office')).toEqual([]);
  });

  it('still adds what "order" names without one', () => {
    expect(calls('order paper towels')).toEqual(add('paper towels'));
  });

  it('adds a thing said with the store it comes from, the store as a note, never refused as off-topic', () => {
    expect(calls('grab oat milk from lidl')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'oat milk', note: 'from lidl' }] } }]);
    expect(calls('get hummus at trader joes')).toEqual([{ name: 'add_to_list', args: { items: [{ name: 'hummus', note: 'at trader joes' }] } }]);
  });
});

function calls(text: string) {
  return understand(text).calls;
}
