import { CODE_ALPHABET, formatAccessCode, newAccessCode, normaliseAccessCode, type CodeShape, type RandomInt } from '../access/index.js';

/** 31 characters nobody misreads: no I, L, O, 0 or 1. */
export const SHARE_CODE_ALPHABET = CODE_ALPHABET;

/**
 * Twelve characters, shown as ABCD-EFGH-JK23: 31^12 ≈ 7.9e17 codes. At the most wrong codes one
 * address or person may try (docs/faults.md), a year of guessing against 10,000 live codes
 * hits one with a chance far under one in a million.
 */
export const SHARE_CODE_SHAPE: CodeShape = { length: 12, group: 4 };
export const SHARE_CODE_LENGTH = SHARE_CODE_SHAPE.length;

/** How long a share code works; "share my list" after that makes a new one. */
export const SHARE_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** A fresh share code in its stored form (no dashes), from the crypto generator unless a test passes one. */
export function newShareCode(randomInt?: RandomInt): string {
  return newAccessCode(SHARE_CODE_SHAPE, randomInt);
}

/** The code as people see and type it: "ABCD-EFGH-JK23". */
export function formatShareCode(code: string): string {
  return formatAccessCode(code, SHARE_CODE_SHAPE);
}

/** A code as a person typed it ("abcd efgh jk23", "ABCD-EFGH-JK23") in the stored form, or undefined if it cannot be one. */
export function normaliseShareCode(text: string): string | undefined {
  return normaliseAccessCode(text, SHARE_CODE_SHAPE);
}

/** The six characters share codes had before they grew (migration 010 retired them all). */
const RETIRED_SHARE_CODE_SHAPE: CodeShape = { length: 6, group: 6 };

/**
 * Whether text reads as a share code, today's or a retired six-character one, for understanding
 * "join K7P2QX" as a join (which then says the code matches no list) rather than as anything else.
 */
export function readShareCode(text: string): string | undefined {
  return normaliseShareCode(text) ?? normaliseAccessCode(text, RETIRED_SHARE_CODE_SHAPE);
}
