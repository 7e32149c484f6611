import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const vocabulary = { ...VOCABULARY, itemPhrases: [...VOCABULARY.itemPhrases, 'oat milk', 'rye bread', 'granola', 'muesli', 'lemons', 'limes', 'chicken thighs', 'crackers'] };
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
