import { describe, expect, it } from 'vitest';
import { newShareCode, normaliseShareCode, SHARE_CODE_ALPHABET } from '../../../src/grocery/lists/share-code.js';

describe('share codes', () => {
  // Regression: about one code in six was all letters ("ZQDKZJ"), and "join ZQDKZJ" was not understood.
  it('always mixes letters and digits, so "join CODE" never reads as a name', () => {
    for (let i = 0; i < 2000; i++) {
      const code = newShareCode();
      expect(code).toMatch(/\d/);
      expect(code).toMatch(/[A-Z]/);
      expect(normaliseShareCode(code.toLowerCase())).toBe(code);
    }
  });

  it('draws again when a draw came out all letters', () => {
    // First six draws: all 'A'; then alternating letters and digits.
    const draws = [0, 0, 0, 0, 0, 0, 0, SHARE_CODE_ALPHABET.indexOf('7'), 1, 2, 3, 4];
    let k = 0;
    expect(newShareCode(() => draws[k++]!)).toBe('A7BCDE');
  });

  it('reads a code as people type it, and refuses what cannot be one', () => {
    expect(normaliseShareCode('abc 234')).toBe('ABC234');
    expect(normaliseShareCode('abc-234')).toBe('ABC234');
    expect(normaliseShareCode('ABC10O')).toBeUndefined();
    expect(normaliseShareCode('ABC23')).toBeUndefined();
  });
});
