import { AppError, isAppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { Clock } from '../types.js';

/** The kinds of code a person can redeem; each kind is counted on its own. */
export type CodeKind = 'share' | 'link';

/** Wrong codes that cost nothing: typos happen. */
export const FREE_WRONG_CODES = 3;
/** The wait after the first wrong code past the free ones; it doubles with every further one. */
export const FIRST_WAIT_MS = 2_000;
/** Wrong codes after which the subject is locked out (and the lockout is logged). */
export const LOCKOUT_AT = 10;
/** The first lockout; every further wrong code doubles it, up to {@link MAX_LOCKOUT_MS}. */
export const FIRST_LOCKOUT_MS = 60 * 60 * 1000;
export const MAX_LOCKOUT_MS = 24 * 60 * 60 * 1000;
/** Wrong codes are forgotten once none came for this long. */
export const FORGET_AFTER_MS = 7 * 24 * 60 * 60 * 1000;
/** Subjects kept in mind at most; the oldest are dropped first. */
const MAX_SUBJECTS = 100_000;

/**
 * How long a subject must wait after its `failures`-th wrong code in a row: nothing for the first
 * {@link FREE_WRONG_CODES}, then 2 s, 4 s, ... 64 s, then a lockout of 1 h, 2 h, ... 24 h.
 */
export function waitAfter(failures: number): number {
  if (failures <= FREE_WRONG_CODES) return 0;
  if (failures < LOCKOUT_AT) return FIRST_WAIT_MS * 2 ** (failures - FREE_WRONG_CODES - 1);
  return Math.min(MAX_LOCKOUT_MS, FIRST_LOCKOUT_MS * 2 ** (failures - LOCKOUT_AT));
}

/**
 * Counts wrong share and link codes per subject (a person, a channel identity, a client address)
 * and makes guessing slow: a growing wait between attempts, then a lockout that is logged. A
 * subject that must wait is refused before its code is even looked at, and the refusal itself
 * costs nothing more. Kept in memory: a restart forgets the counts, which an attacker cannot cause.
 */
export interface CodeAttempts {
  /**
   * Runs `redeem` for `subjects` unless one of them must wait (then throws AppError
   * TOO_MANY_CODE_ATTEMPTS, saying how long). A wrong code (`SHARE_CODE_INVALID` /
   * `LINK_CODE_INVALID` thrown by `redeem`) is counted against every subject and thrown on.
   */
  redeem<T>(kind: CodeKind, subjects: readonly string[], redeem: () => T): T;
  /** Milliseconds the subject must wait before its next code of this kind; 0 when it may try now. */
  waitFor(kind: CodeKind, subject: string): number;
}

interface Record {
  failures: number;
  lastAt: number;
  until: number;
}

/**
 * @example
 * const attempts = createCodeAttempts({ now: Date.now, logger });
 * attempts.redeem('share', [`person:${userId}`, `address:${ip}`], () => lists.joinByCode(...));
 */
export function createCodeAttempts(opts: { now: Clock; logger?: Logger }): CodeAttempts {
  const records = new Map<string, Record>();
  const keyOf = (kind: CodeKind, subject: string) => `${kind}:${subject}`;

  const current = (key: string, t: number): Record | undefined => {
    const r = records.get(key);
    if (r && t - r.lastAt >= FORGET_AFTER_MS) {
      records.delete(key);
      return undefined;
    }
    return r;
  };

  const fail = (kind: CodeKind, subject: string, t: number) => {
    const key = keyOf(kind, subject);
    const r = current(key, t) ?? { failures: 0, lastAt: t, until: t };
    r.failures++;
    r.lastAt = t;
    const wait = waitAfter(r.failures);
    r.until = t + wait;
    // Re-inserted so the map's order is least recently failed first: that is what goes when full.
    records.delete(key);
    if (records.size >= MAX_SUBJECTS) records.delete(records.keys().next().value!);
    records.set(key, r);
    if (r.failures >= LOCKOUT_AT) {
      opts.logger?.warn({ kind, subject, failures: r.failures, lockedForMs: wait, until: new Date(r.until).toISOString() }, 'code guessing locked out');
    }
    return wait;
  };

  const waitFor = (kind: CodeKind, subject: string) => {
    const t = opts.now();
    const r = current(keyOf(kind, subject), t);
    return r ? Math.max(0, r.until - t) : 0;
  };

  return {
    waitFor,
    redeem(kind, subjects, redeem) {
      const wait = Math.max(0, ...subjects.map((s) => waitFor(kind, s)));
      if (wait > 0) throw tooMany(kind, wait);
      try {
        return redeem();
      } catch (err) {
        if (!isAppError(err, kind === 'share' ? 'SHARE_CODE_INVALID' : 'LINK_CODE_INVALID')) throw err;
        const t = opts.now();
        const next = Math.max(0, ...subjects.map((s) => fail(kind, s, t)));
        if (next === 0) throw err;
        throw new AppError(err.code, { userMessage: `${err.userMessage} ${waitSentence(next)}`, detail: err.detail, cause: err });
      }
    },
  };
}

function tooMany(kind: CodeKind, waitMs: number): AppError {
  const what = kind === 'share' ? 'share codes' : 'link codes';
  return new AppError('TOO_MANY_CODE_ATTEMPTS', {
    userMessage: `Too many wrong ${what} were tried from here. ${waitSentence(waitMs)}`,
    detail: `${kind} code refused for ${waitMs} ms`,
  });
}

/** "Please wait 8 seconds before trying another code." */
export function waitSentence(waitMs: number): string {
  return `Please wait ${durationText(waitMs)} before trying another code.`;
}

/** "8 seconds", "2 minutes", "1 hour", "24 hours". */
export function durationText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60 || (minutes < 120 && minutes % 60 !== 0)) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
