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
