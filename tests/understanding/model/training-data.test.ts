import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/understanding/engine/tokenizer.js';
import { indexVocabulary } from '../../../src/understanding/engine/vocabulary.js';
import { augmentLines } from '../../../src/understanding/model/augmentation.js';
import { chooseClasses, intentOf } from '../../../src/understanding/model/intent-label.js';
import { asStored, decodeWeights, encodeWeights } from '../../../src/understanding/model/model-file.js';
import { proposeCalls } from '../../../src/understanding/model/propose-calls.js';
import { alignTags } from '../../../src/understanding/model/span-alignment.js';
import { spansOf, TAGS } from '../../../src/understanding/model/span-labels.js';
import { prepareLines } from '../../../src/understanding/model/training-data.js';

const items = (...names: (string | Record<string, unknown>)[]) => ({ items: names.map((n) => (typeof n === 'string' ? { name: n } : n)) });
const tagsOf = (text: string, calls: { name: string; args: Record<string, unknown> }[]) => alignTags(tokenize(text), calls)?.join(' ');

describe('intent classes from labels', () => {
  it('names a line by its tool, its act, or the shape of its calls', () => {
    expect(intentOf([{ name: 'add_to_list', args: items('milk') }])).toBe('add_to_list');
    expect(intentOf([{ name: 'view_list', args: { item: 'eggs' } }])).toBe('view_list:item');
    expect(intentOf([{ name: 'view_list', args: {} }])).toBe('view_list');
    expect(intentOf([{ name: 'remember_preference', args: { kind: 'allergy', value: 'peanuts' } }])).toBe('remember_preference:allergy');
    expect(intentOf([], 'yes')).toBe('act:yes');
    expect(intentOf([])).toBe('none');
    expect(intentOf([{ name: 'remove_from_list', args: items('bread') }, { name: 'add_to_list', args: items('bagels') }])).toBe('remove_from_list+add_to_list');
    expect(intentOf([{ name: 'add_to_list', args: items('a') }, { name: 'add_to_list', args: { ...items('b'), list: 'party' } }])).toBe('add_to_list');
  });

  it('keeps a compound shape as a class only when enough lines have it', () => {
    const intents = ['add_to_list', 'none', ...Array(6).fill('remove_from_list+add_to_list'), ...Array(5).fill('add_to_list+view_list')];
    expect(chooseClasses(intents)).toEqual(['add_to_list', 'none', 'remove_from_list+add_to_list']);
  });
});

describe('span tags from labels', () => {
  it('marks an item with its stated quantity and unit, and a named list', () => {
    expect(tagsOf('add 2 gallons of milk to my costco list', [{ name: 'add_to_list', args: { ...items({ name: 'milk', quantity: 2, unit: 'gal' }), list: 'costco' } }]))
      .toBe('O B-ITEM I-ITEM I-ITEM I-ITEM O O B-LIST O');
    expect(tagsOf('eggs, 2 dozen', [{ name: 'add_to_list', args: items({ name: 'eggs', quantity: 24 }) }])).toBe('B-ITEM I-ITEM I-ITEM I-ITEM');
    expect(tagsOf('3 x greek yogurt', [{ name: 'add_to_list', args: items({ name: 'greek yogurt', quantity: 3 }) }])).toBe('B-ITEM I-ITEM I-ITEM I-ITEM');
  });

  it('leaves an unstated article out, takes a brand in, and forgives a typo the label corrected', () => {
    expect(tagsOf('remove the bread', [{ name: 'remove_from_list', args: items('bread') }])).toBe('O O B-ITEM');
    expect(tagsOf('get great value paper towels', [{ name: 'add_to_list', args: items({ name: 'paper towels', brand: 'Great Value' }) }])).toBe('O B-ITEM I-ITEM I-ITEM I-ITEM');
    expect(tagsOf('add brocoli', [{ name: 'add_to_list', args: items('broccoli') }])).toBe('O B-ITEM');
  });

  it('marks what other tools name: a price query, a list to create, a preference, a new list name', () => {
    expect(tagsOf('how much is oat milk', [{ name: 'get_price', args: { query: 'oat milk' } }])).toBe('O O O B-ITEM I-ITEM');
    expect(tagsOf('make a new list called party', [{ name: 'create_list', args: { name: 'party' } }])).toBe('O O O O O B-LIST');
    expect(tagsOf("i'm allergic to peanuts", [{ name: 'remember_preference', args: { kind: 'allergy', value: 'peanuts' } }])).toBe('O O O O B-VALUE');
    expect(tagsOf('rename the bbq list to cookout', [{ name: 'rename_list', args: { list: 'bbq', name: 'cookout' } }])).toBe('O O B-LIST O O B-NAME');
  });

  it('gives no tags when a labelled name is not in the text', () => {
    expect(alignTags(tokenize('add the usual'), [{ name: 'add_to_list', args: items('milk') }])).toBeUndefined();
  });

  it('reads spans back, an I- with no B- before it starting one', () => {
    expect(spansOf(['a', 'b', 'c', 'd'], ['I-ITEM', 'I-ITEM', 'O', 'B-LIST'])).toEqual([
      { label: 'ITEM', start: 0, end: 2, text: 'a b' },
      { label: 'LIST', start: 3, end: 4, text: 'd' },
    ]);
  });
});

describe('training copies', () => {
  const lines = prepareLines([
    { text: 'add 2 jars of honey to the party list', calls: [{ name: 'add_to_list', args: { ...items({ name: 'honey', quantity: 2, unit: 'jar' }), list: 'party' } }], file: 'a', line: 1 },
    { text: 'remove ground beef from the bbq list', calls: [{ name: 'remove_from_list', args: { ...items('ground beef'), list: 'bbq' } }], file: 'a', line: 2 },
    { text: 'what is the weather', calls: [], file: 'a', line: 3 },
  ]);

  it('swap names, keep quantities and the words around, and are the same on every run', () => {
    const copies = augmentLines(lines, 3, false, 5);
    expect(copies).toHaveLength(6);
    expect(augmentLines(lines, 3, false, 5).map((c) => c.tokens.join(' '))).toEqual(copies.map((c) => c.tokens.join(' ')));
    for (const c of copies) {
      expect(c.tags).toHaveLength(c.tokens.length);
      const spans = spansOf(c.tokens, c.tags!.map((t) => TAGS[t]!));
      expect(spans.map((s) => s.label)).toEqual(['ITEM', 'LIST']);
      if (c.intent === 'add_to_list') expect(c.tokens.slice(0, 4).join(' ')).toBe('add 2 jars of');
      expect(['party', 'bbq']).toContain(spans[1]!.text);
    }
  });

  it('make names unknown: no feature reads them, the words around still do', () => {
    const [unknown] = augmentLines(lines.slice(0, 1), 0, true, 5);
    const tokenFeatures = unknown!.tokenFeatures.flat();
    for (const f of [...unknown!.features, ...tokenFeatures]) expect(f).not.toMatch(/honey|party/);
    expect(unknown!.features).toContain('w:jars');
    expect(tokenFeatures).toContain('p=of');
    expect(unknown!.tags!.map((t) => TAGS[t])).toEqual(lines[0]!.tags!.map((t) => TAGS[t]));
  });
});

describe('stored weights', () => {
  it('round-trip within half a step of their scale, in 8 and 16 bits', () => {
    const w = Float64Array.from([0, 1.5, -3, 0.0007, 2.9999, -0.25]);
    for (const bits of [8, 16] as const) {
      const { scale, data } = encodeWeights(w, bits);
      const back = decodeWeights(scale, data, bits);
      expect(back).toEqual(asStored(w, bits));
      back.forEach((v, i) => expect(Math.abs(v - w[i]!)).toBeLessThanOrEqual(scale / 2 + 1e-12));
    }
  });
});

describe('calls from an intent and spans', () => {
  const vocab = indexVocabulary({ itemPhrases: [], brands: [], categories: [] });
  const span = (label: 'ITEM' | 'LIST', tokens: string[], word: string) => {
    const start = tokens.indexOf(word.split(' ')[0]!);
    const end = start + word.split(' ').length;
    return { label, start, end, text: tokens.slice(start, end).join(' ') };
  };

  it('shares items out between the calls of a compound request where the words between them are most', () => {
    const tokens = tokenize('take off the eggs and milk and put bagels on');
    const spans = [span('ITEM', tokens, 'eggs'), span('ITEM', tokens, 'milk'), span('ITEM', tokens, 'bagels')];
    expect(proposeCalls('remove_from_list+add_to_list', tokens, spans, vocab)?.calls).toEqual([
      { name: 'remove_from_list', args: items('eggs', 'milk') },
      { name: 'add_to_list', args: items('bagels') },
    ]);
  });

  it('gives nothing when an intent needs a thing and no span names one', () => {
    expect(proposeCalls('add_to_list', tokenize('add it'), [], vocab)).toBeUndefined();
    expect(proposeCalls('clear_list', tokenize('clear it'), [], vocab)).toEqual({ calls: [{ name: 'clear_list', args: {} }] });
    expect(proposeCalls('act:thanks', tokenize('ta'), [], vocab)).toEqual({ calls: [], act: 'thanks' });
  });

  it('reads the new amount, a target price and search filters from the words around the span', () => {
    const update = tokenize('change the milk to 3 gallons');
    expect(proposeCalls('update_list_item', update, [span('ITEM', update, 'milk')], vocab)?.calls).toEqual([{ name: 'update_list_item', args: { name: 'milk', quantity: 3, unit: 'gal' } }]);
    const track = tokenize('tell me when coffee drops below $8');
    expect(proposeCalls('track_price', track, [span('ITEM', track, 'coffee')], vocab)?.calls).toEqual([{ name: 'track_price', args: { name: 'coffee', targetPrice: 8 } }]);
    const search = tokenize('find organic milk under $5');
    expect(proposeCalls('search_products', search, [span('ITEM', search, 'organic milk')], vocab)?.calls).toEqual([{ name: 'search_products', args: { query: 'organic milk', maxPrice: 5 } }]);
  });
});
