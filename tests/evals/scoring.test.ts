import { describe, expect, it } from 'vitest';
import { argsEqual, callListsEqual } from '../../evals/normalize-calls.js';
import { NONE, scoreUtterances, type ScoredCase } from '../../evals/score-utterances.js';

const add = (...items: Record<string, unknown>[]) => ({ name: 'add_to_list', args: { items } });

/** Hand-made predictions with known right and wrong answers. */
const cases: ScoredCase[] = [
  { text: 'add milk', expected: { calls: [add({ name: 'milk' })] }, predicted: { calls: [{ name: 'Add_To_List', args: { items: [{ name: 'Milk ' }], list: null } }] } },
  { text: 'add 2 milk and eggs', expected: { calls: [add({ name: 'milk', quantity: 2 }, { name: 'eggs' })] }, predicted: { calls: [add({ name: 'eggs' }, { name: 'milk', quantity: '2' })] } },
  { text: "what's on my list", expected: { calls: [{ name: 'view_list', args: {} }] }, predicted: { calls: [{ name: 'list_total', args: {} }] } },
  {
    text: 'take the bread off and add bagels',
    expected: { calls: [{ name: 'remove_from_list', args: { items: [{ name: 'bread' }] } }, add({ name: 'bagels' })] },
    predicted: { calls: [add({ name: 'bagels' })] },
  },
  { text: "what's the weather", expected: { calls: [] }, predicted: { calls: [{ name: 'search_products', args: { query: 'weather' } }] } },
  { text: 'hello', expected: { calls: [], act: 'greeting' }, predicted: { calls: [], act: 'greeting' } },
  { text: 'add 2 gallons of milk', expected: { calls: [add({ name: 'milk', quantity: 2, unit: 'gal' })] }, predicted: { calls: [add({ name: 'milk', quantity: 2 })] } },
  { text: 'yes', expected: { calls: [], act: 'yes' }, predicted: { calls: [], act: 'no' } },
];

describe('normalising calls', () => {
  it('ignores case of names, item order, 1 vs 1.0 vs "1", and null arguments', () => {
    expect(argsEqual({ items: [{ name: 'Milk', quantity: 1.0 }, { name: 'eggs' }] }, { items: [{ name: 'eggs' }, { name: 'milk', quantity: '1' }], list: null })).toBe(true);
    expect(callListsEqual([{ name: 'VIEW_LIST', args: {} }], [{ name: 'view_list', args: {} }])).toBe(true);
  });

  it('still tells different calls apart', () => {
    expect(argsEqual({ items: [{ name: 'milk', quantity: 2 }] }, { items: [{ name: 'milk', quantity: 3 }] })).toBe(false);
    expect(argsEqual({ items: [{ name: 'milk' }] }, { items: [{ name: 'milk', unit: 'gal' }] })).toBe(false);
    expect(argsEqual({ list: 'costco' }, {})).toBe(false);
    // The order of calls is the order said, so it matters.
    const remove = { name: 'remove_from_list', args: { items: [{ name: 'bread' }] } };
    const addBagels = add({ name: 'bagels' });
    expect(callListsEqual([remove, addBagels], [addBagels, remove])).toBe(false);
    expect(callListsEqual([remove], [remove, addBagels])).toBe(false);
  });
});

describe('scoring utterances', () => {
  const report = scoreUtterances(cases);
  const tool = (name: string) => report.tools.find((t) => t.tool === name)!;

  it('counts exact matches, acts included when labelled', () => {
    expect(report.total).toBe(8);
    expect(report.exact).toBe(3);
    expect(report.accuracy).toBeCloseTo(3 / 8);
    expect(report.acts).toEqual({ total: 2, correct: 1, accuracy: 0.5 });
  });

  it('computes per-tool precision, recall and argument match', () => {
    expect(tool('add_to_list')).toMatchObject({ support: 4, truePositives: 4, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, namedPairs: 4, argsExact: 3, argsExactRate: 0.75 });
    expect(tool('view_list')).toMatchObject({ support: 1, truePositives: 0, falseNegatives: 1, recall: 0, precision: null });
    expect(tool('list_total')).toMatchObject({ support: 0, falsePositives: 1, precision: 0, recall: null });
    expect(tool('remove_from_list')).toMatchObject({ support: 1, falseNegatives: 1, recall: 0 });
    expect(tool('search_products')).toMatchObject({ falsePositives: 1, precision: 0 });
  });

  it('builds the confusion table with "none" for missing and extra calls', () => {
    expect(report.confusion).toEqual({
      add_to_list: { add_to_list: 4 },
      view_list: { list_total: 1 },
      remove_from_list: { [NONE]: 1 },
      [NONE]: { search_products: 1, [NONE]: 2 },
    });
  });

  it('lists misses worst first', () => {
    expect(report.misses.map((m) => [m.text, m.severity])).toEqual([
      ['take the bread off and add bagels', 2],
      ["what's on my list", 2],
      ["what's the weather", 2],
      ['add 2 gallons of milk', 1],
      ['yes', 1],
    ]);
  });

  it('pairs several calls of one tool in order', () => {
    const r = scoreUtterances([{
      text: 'check off the milk and the eggs',
      expected: { calls: [{ name: 'check_item', args: { name: 'milk' } }, { name: 'check_item', args: { name: 'eggs' } }] },
      predicted: { calls: [{ name: 'check_item', args: { name: 'milk' } }] },
    }]);
    expect(r.tools[0]).toMatchObject({ tool: 'check_item', truePositives: 1, falseNegatives: 1, recall: 0.5, precision: 1, argsExact: 1, namedPairs: 1 });
    expect(r.confusion).toEqual({ check_item: { check_item: 1, [NONE]: 1 } });
  });
});
