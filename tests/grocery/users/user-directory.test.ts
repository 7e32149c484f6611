import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserDirectory, type UserDirectory } from '../../../src/grocery/users/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createUserRepository } from '../../../src/store/users/index.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';

let db: Db;
let cleanup: () => void;
let connect: () => Db;
let users: UserDirectory;
let clock = 1_000_000;

beforeEach(() => {
  ({ db, cleanup, connect } = createTempDb());
  clock = 1_000_000;
  users = createUserDirectory(createUserRepository(sqliteConnection(db)), () => clock);
});
afterEach(() => cleanup());

describe('user directory', () => {
  it('gives the same person back for the same channel identity, and a new one for another', () => {
    const a = users.resolve('telegram', '42', 'Ana');
    expect(users.resolve('telegram', '42').id).toBe(a.id);
    expect(users.resolve('web', '42').id).not.toBe(a.id);
    expect(a.displayName).toBe('Ana');
  });

  it('links a second channel with a one-time code, bringing its lists along', () => {
    const ana = users.resolve('telegram', 't-1');
    const anaOnWeb = users.resolve('web', 'w-1');
    db.prepare("INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, 'Party', 0, 0)").run(anaOnWeb.id);
    const code = users.createLinkCode(ana.id);
    const linked = users.redeemLinkCode(code.toLowerCase(), 'web', 'w-1');
    expect(linked.id).toBe(ana.id);
    expect(users.resolve('web', 'w-1').id).toBe(ana.id);
    expect(db.prepare('SELECT owner_id FROM lists WHERE name = ?').pluck().get('Party')).toBe(ana.id);
    expect(users.identities(ana.id).map((i) => i.channel).sort()).toEqual(['telegram', 'web']);
  });

  it('refuses a used or expired code and changes nothing', () => {
    const ana = users.resolve('telegram', 't-1');
    const code = users.createLinkCode(ana.id);
    users.redeemLinkCode(code, 'teams', 'x');
    expect(() => users.redeemLinkCode(code, 'web', 'w-2')).toThrow(/link code/i);
    const late = users.createLinkCode(ana.id);
    clock += 16 * 60 * 1000;
    expect(() => users.redeemLinkCode(late, 'web', 'w-3')).toThrow(/link code/i);
    expect(users.identities(ana.id)).toHaveLength(2);
  });

  it('keeps the target list name unique when two linked people both have a "Party" list', () => {
    const ana = users.resolve('telegram', 't-1');
    const web = users.resolve('web', 'w-1');
    db.prepare("INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, 'Party', 0, 0)").run(ana.id);
    db.prepare("INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, 'party', 0, 0)").run(web.id);
    users.redeemLinkCode(users.createLinkCode(ana.id), 'web', 'w-1');
    const names = db.prepare('SELECT name FROM lists WHERE owner_id = ? ORDER BY id').pluck().all(ana.id);
    expect(names).toEqual(['Party', 'party (2)']);
  });

  it('answers from what is stored now: a link, a setting, or another process moving an identity is seen by the next look-up', () => {
    const ana = users.resolve('telegram', 't-1');
    const bob = users.resolve('web', 'w-9');
    expect(users.resolve('web', 'w-9').id).toBe(bob.id);

    users.setAlerts(bob.id, false);
    expect(users.resolve('web', 'w-9').alertsEnabled).toBe(false);
    users.setQuietHours(bob.id, 22, 7);
    expect(users.resolve('web', 'w-9')).toMatchObject({ quietStart: 22, quietEnd: 7 });

    users.redeemLinkCode(users.createLinkCode(ana.id), 'web', 'w-9');
    expect(users.resolve('web', 'w-9').id).toBe(ana.id);

    // Another connection to the same file, as another grocery-agent process would have.
    const other = connect();
    other.prepare("UPDATE channel_identities SET user_id = ? WHERE channel = 'web' AND external_id = 'w-9'").run(bob.id);
    other.prepare('UPDATE users SET alerts_enabled = 1 WHERE id = ?').run(bob.id);
    other.close();
    expect(users.resolve('web', 'w-9')).toMatchObject({ id: bob.id, alertsEnabled: true });
  });

  it('hands out copies: changing what resolve returned changes nothing stored', () => {
    const first = users.resolve('telegram', '7', 'Cy');
    first.displayName = 'someone else';
    expect(users.resolve('telegram', '7').displayName).toBe('Cy');
  });
});

