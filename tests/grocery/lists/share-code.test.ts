import { describe, expect, it } from 'vitest';
import { formatShareCode, newShareCode, normaliseShareCode, SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH } from '../../../src/grocery/lists/share-code.js';

describe('share codes', () => {
  // Regression: about one code in six was all letters ("ZQDKZJ"), and "join ZQDKZJ" was not understood.
  it('always mixes letters and digits, so "join CODE" never reads as a name', () => {
    for (let i = 0; i < 2000; i++) {
      const code = newShareCode();
      expect(code).toHaveLength(SHARE_CODE_LENGTH);
      expect(code).toMatch(/\d/);
      expect(code).toMatch(/[A-Z]/);
      expect(normaliseShareCode(code.toLowerCase())).toBe(code);
    }
  });

  it('draws again when a draw came out all letters', () => {
    // First twelve draws: all 'A'; then a digit and letters.
    const draws = [...Array(12).fill(0), SHARE_CODE_ALPHABET.indexOf('7'), ...Array(11).fill(1)];
    let k = 0;
    expect(newShareCode(() => draws[k++]!)).toBe('7BBBBBBBBBBB');
  });

  it('is shown in groups of four and read back however it is typed', () => {
    expect(formatShareCode('ABCDEFGH2345')).toBe('ABCD-EFGH-2345');
    expect(normaliseShareCode('abcd efgh 2345')).toBe('ABCDEFGH2345');
    expect(normaliseShareCode('abcd-efgh-2345')).toBe('ABCDEFGH2345');
    expect(normaliseShareCode('ABCD-EFGH-2O45')).toBeUndefined();
    expect(normaliseShareCode('ABCD-EFGH-234')).toBeUndefined();
    expect(normaliseShareCode('ABC234')).toBeUndefined();
  });
});
