import crypto from 'node:crypto';

/** 31 characters nobody misreads: no I, L, O, 0 or 1. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** How a kind of code looks: how many characters, shown in groups of how many. */
export interface CodeShape {
  length: number;
  group: number;
}

/** Random integers in [0, max); the crypto generator unless a test passes its own. */
export type RandomInt = (max: number) => number;

const cryptoInt: RandomInt = (max) => crypto.randomInt(max);

/**
 * A fresh code in its stored form (no separators). A code is a capability (whoever holds it can
 * join a list or become an account), so it comes from the crypto generator. It always mixes
 * letters and digits, so "join KXMPQR..." can never be read as a list or product name.
 */
export function newAccessCode(shape: CodeShape, randomInt: RandomInt = cryptoInt): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < shape.length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (/\d/.test(code) && /[A-Z]/.test(code)) return code;
  }
}

/** The code as people are shown it: "ABCD-EFGH-JK23". */
export function formatAccessCode(code: string, shape: CodeShape): string {
  const groups: string[] = [];
  for (let i = 0; i < code.length; i += shape.group) groups.push(code.slice(i, i + shape.group));
  return groups.join('-');
}

/** A code as a person typed it ("abcd efgh jk23", "ABCD-EFGH-JK23") in its stored form, or undefined if it cannot be one. */
export function normaliseAccessCode(text: string, shape: CodeShape): string | undefined {
  const code = text.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== shape.length) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** How many different codes of a shape there are. */
export function codeSpace(shape: CodeShape): number {
  return CODE_ALPHABET.length ** shape.length;
}
