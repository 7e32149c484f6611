/**
 * Codes that grant access (share codes, link codes): how they are made and read, and how
 * guessing them is slowed down and locked out.
 */
export { CODE_ALPHABET, codeSpace, formatAccessCode, newAccessCode, normaliseAccessCode, type CodeShape, type RandomInt } from './access-code.js';
export {
  createCodeAttempts,
  durationText,
  waitAfter,
  FIRST_LOCKOUT_MS,
  FIRST_WAIT_MS,
  FORGET_AFTER_MS,
  FREE_WRONG_CODES,
  LOCKOUT_AT,
  MAX_LOCKOUT_MS,
  type CodeAttempts,
  type CodeKind,
} from './code-attempts.js';
