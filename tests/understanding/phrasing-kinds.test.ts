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
