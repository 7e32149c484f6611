import crypto from 'node:crypto';

/** 31 characters nobody misreads: no I, L, O, 0 or 1. */
export const SHARE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Six characters: 31^6 ≈ 887 million codes, plenty for a self-hosted instance. */
export const SHARE_CODE_LENGTH = 6;

/**
 * A fresh share code. `randomInt` defaults to the crypto generator because a share code is a
 * capability: whoever holds it can edit the list. A code always mixes letters and digits, so
 * "join KXMPQR" can never be read as a list or product name ("join BACON").
 */
export function newShareCode(randomInt: (max: number) => number = (max) => crypto.randomInt(max)): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < SHARE_CODE_LENGTH; i++) code += SHARE_CODE_ALPHABET[randomInt(SHARE_CODE_ALPHABET.length)];
    if (/\d/.test(code) && /[A-Z]/.test(code)) return code;
  }
}

/** A code as a person typed it ("abc 234", "abc-234") in the stored form, or undefined if it cannot be one. */
export function normaliseShareCode(text: string): string | undefined {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== SHARE_CODE_LENGTH) return undefined;
  for (const ch of code) if (!SHARE_CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}
