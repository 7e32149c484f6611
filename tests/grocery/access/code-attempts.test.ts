import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, isAppError } from '../../../src/errors.js';
import { createCodeAttempts, durationText, FORGET_AFTER_MS, waitAfter } from '../../../src/grocery/access/index.js';
import { createUserDirectory, type UserDirectory } from '../../../src/grocery/users/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createUserRepository } from '../../../src/store/users/index.js';
import { createTempDb } from '../../helpers/temp-db.js';

const wrong = () => {
  throw new AppError('LINK_CODE_INVALID', { detail: 'test' });
};
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return isAppError(err) ? err.code : String(err);
  }
};

describe('wrong-code counting', () => {
  it('waits nothing for three, then 2 s doubling to 64 s, then an hour doubling to a day', () => {
    expect(Array.from({ length: 16 }, (_, i) => waitAfter(i + 1) / 1000)).toEqual([
      0, 0, 0, 2, 4, 8, 16, 32, 64, 3600, 7200, 14_400, 28_800, 57_600, 86_400, 86_400,
    ]);
    expect([1000, 59_000, 90_000, 3_600_000, 5_400_000, 7_200_000, 86_400_000].map(durationText)).toEqual([
      '1 second', '59 seconds', '2 minutes', '1 hour', '90 minutes', '2 hours', '24 hours',
    ]);
  });

  it('refuses a waiting subject before looking at the code, counts only real attempts, and forgets after a quiet week', () => {
    let t = 0;
    let looked = 0;
    const attempts = createCodeAttempts({ now: () => t });
    const attempt = () => attempts.redeem('link', ['person:1'], () => (looked++, wrong()));
    for (let i = 0; i < 4; i++) expect(codeOf(attempt)).toBe('LINK_CODE_INVALID');
    expect(codeOf(attempt)).toBe('TOO_MANY_CODE_ATTEMPTS');
    expect(looked).toBe(4);
    t += 2_000;
    expect(codeOf(attempt)).toBe('LINK_CODE_INVALID');
    expect(attempts.waitFor('link', 'person:1')).toBe(4_000);
    // Share codes are counted on their own; other people are not touched.
    expect(attempts.waitFor('share', 'person:1')).toBe(0);
    expect(attempts.waitFor('link', 'person:2')).toBe(0);
    t += FORGET_AFTER_MS;
    expect(attempts.waitFor('link', 'person:1')).toBe(0);
    expect(codeOf(attempt)).toBe('LINK_CODE_INVALID');
    expect(attempts.waitFor('link', 'person:1')).toBe(0);
  });

  it('logs each lockout with who and how long', () => {
    let t = 0;
    const lines: any[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c, _e, done) => (lines.push(JSON.parse(String(c))), done()) }));
    const attempts = createCodeAttempts({ now: () => t, logger });
    for (let i = 0; i < 11; i++) {
      t += 3 * 3_600_000;
      codeOf(() => attempts.redeem('share', ['address:203.0.113.9'], () => {
        throw new AppError('SHARE_CODE_INVALID');
      }));
    }
    expect(lines.map((l) => [l.msg, l.subject, l.failures, l.lockedForMs])).toEqual([
      ['code guessing locked out', 'address:203.0.113.9', 10, 3_600_000],
      ['code guessing locked out', 'address:203.0.113.9', 11, 7_200_000],
    ]);
  });
});

describe('link codes from every channel are counted', () => {
  let users: UserDirectory;
  let cleanup: () => void;
  let t = 0;
  beforeEach(() => {
    const temp = createTempDb();
    cleanup = temp.cleanup;
    t = Date.UTC(2026, 10, 1);
    users = createUserDirectory(createUserRepository(sqliteConnection(temp.db)), () => t);
  });
  afterEach(() => cleanup());

  it('per channel identity (Telegram /link and Teams "link" have no address): a guesser locks only itself out', () => {
    const ana = users.resolve('web', 'ana-session');
    const code = users.createLinkCode(ana.id);
    expect(code).toMatch(/^[A-Z2-9]{10}$/);
    for (let i = 0; i < 10; i++) {
      t += 64_000;
      codeOf(() => users.redeemLinkCode('ZZZZZZZZ22', 'telegram', '666'));
    }
    expect(codeOf(() => users.redeemLinkCode(code, 'telegram', '666'))).toBe('TOO_MANY_CODE_ATTEMPTS');
    expect(users.find('telegram', '666')).toBeUndefined();
    // The code is still good for its owner's other chat.
    expect(users.redeemLinkCode(code.toLowerCase(), 'telegram', '777').id).toBe(ana.id);
    // Used once, it is gone.
    expect(codeOf(() => users.redeemLinkCode(code, 'teams', 'x'))).toBe('LINK_CODE_INVALID');
  });
});
