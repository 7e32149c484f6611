import { describe, expect, it } from 'vitest';
import { GROCERY_NOUNS } from '../../src/understanding/lexicon/index.js';

describe('GROCERY_NOUNS', () => {
  it('holds a couple of thousand lower-case single words', () => {
    expect(GROCERY_NOUNS.size).toBeGreaterThanOrEqual(2000);
    expect(GROCERY_NOUNS.size).toBeLessThanOrEqual(3000);
    for (const word of GROCERY_NOUNS) {
      expect(word, word).toBe(word.toLowerCase());
      expect(word, word).not.toMatch(/\s/);
      expect(word, word).toMatch(/^\p{L}+$/u);
    }
  });

  it('has both forms of words from every section', () => {
    const pairs: Array<[string, string]> = [
      ['potato', 'potatoes'], // produce
      ['sardine', 'sardines'], // fish
      ['loaf', 'loaves'], // bakery
      ['crumpet', 'crumpets'],
      ['roti', 'rotis'],
      ['chop', 'chops'], // meat
      ['rasher', 'rashers'],
      ['drumstick', 'drumsticks'],
      ['egg', 'eggs'], // dairy
      ['cheese', 'cheeses'],
      ['noodle', 'noodles'], // pasta and noodles
      ['lentil', 'lentils'], // pantry
      ['nappy', 'nappies'], // baby
      ['diaper', 'diapers'],
      ['tampon', 'tampons'], // personal care
      ['napkin', 'napkins'], // paper goods
      ['sponge', 'sponges'], // household
      ['cookie', 'cookies'], // snacks
      ['lager', 'lagers'], // drinks
    ];
    for (const [one, many] of pairs) {
      expect(GROCERY_NOUNS.has(one), one).toBe(true);
      expect(GROCERY_NOUNS.has(many), many).toBe(true);
    }
  });

  it('has the mass nouns and plural-only words', () => {
    for (const word of ['rice', 'ghee', 'masala', 'gochugaru', 'zaatar', 'tahini', 'garri', 'fufu', 'boerewors', 'mince', 'kimchi', 'tofu',
      'halloumi', 'labneh', 'prosecco', 'paracetamol', 'formula', 'litter', 'bleach', 'clingfilm', 'chips', 'crisps', 'wipes', 'batteries']) {
      expect(GROCERY_NOUNS.has(word), word).toBe(true);
    }
  });

  it('leaves out units, generic words and words mainly meaning something else', () => {
    for (const word of ['order', 'card', 'account', 'ticket', 'date', 'dates', 'time', 'pack', 'bag', 'bags', 'box', 'can', 'jar', 'list',
      'stuff', 'item', 'food', 'groceries', 'stock', 'chip', 'mac', 'phone', 'charger', 'game', 'spring', 'thing']) {
      expect(GROCERY_NOUNS.has(word), word).toBe(false);
    }
  });
});
