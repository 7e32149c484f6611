import type { Db } from '../../store/database.js';
import { AppError } from '../../errors.js';
import { createCodeAttempts, formatAccessCode, newAccessCode, normaliseAccessCode, type CodeAttempts, type CodeShape } from '../access/index.js';
import type { Clock } from '../types.js';

/** A channel a person can reach us from. */
export type ChannelName = 'web' | 'telegram' | 'teams' | 'terminal';

/** One person, whatever channels they use. */
export interface User {
  id: number;
  displayName: string | null;
  timezone: string | null;
  alertsEnabled: boolean;
  /**
   * Quiet hours: whole hours of the day (0-23) in the user's time zone (UTC when unknown).
   * Alerts wait from `quietStart` until `quietEnd`, which may wrap past midnight (22 -> 7).
   */
  quietStart: number | null;
  quietEnd: number | null;
}

/** Who a channel identity belongs to, and the channels a user is reachable on. */
export interface UserDirectory {
  /** The user behind a channel identity, created on first contact. */
  resolve(channel: ChannelName, externalId: string, displayName?: string): User;
  /** The user behind a channel identity, or undefined when it never did anything: nothing is created. */
  find(channel: ChannelName, externalId: string): User | undefined;
  get(userId: number): User | undefined;
  identities(userId: number): { channel: ChannelName; externalId: string }[];
  /**
   * A one-time code ("K7QMXP2RTA") another channel can redeem to become the same person. Valid
   * for 15 minutes; making a new one cancels the person's previous code.
   */
  createLinkCode(userId: number): string;
  /**
   * Redeems a link code from `channel`/`externalId`: that identity now belongs to the code's user.
   * Lists the identity's old user owned move with it, so nothing stored is lost. Wrong codes are
   * counted per identity and per `origin` (a client address); too many in a row are refused with
   * TOO_MANY_CODE_ATTEMPTS before the code is looked at.
   */
  redeemLinkCode(code: string, channel: ChannelName, externalId: string, from?: { origin?: string }): User;
  setAlerts(userId: number, enabled: boolean): void;
  setQuietHours(userId: number, start: number | null, end: number | null): void;
}

/** How long a link code works. */
export const LINK_CODE_TTL_MS = 15 * 60 * 1000;
/** Ten characters in one piece (people copy them between their own chats): 31^10 ≈ 8.2e14 codes (docs/faults.md has the odds). */
export const LINK_CODE_SHAPE: CodeShape = { length: 10, group: 10 };
/** Channel identities the directory keeps in mind before it starts over. */
const KNOWN_IDENTITIES = 50_000;

interface UserRow {
  id: number;
  display_name: string | null;
  timezone: string | null;
  alerts_enabled: number;
  quiet_start: number | null;
  quiet_end: number | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    displayName: row.display_name,
    timezone: row.timezone,
    alertsEnabled: row.alerts_enabled === 1,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
  };
}

/**
 * The SQLite-backed user directory.
 *
 * @example
 * const users = createUserDirectory(db);
 * const ana = users.resolve('telegram', '12345', 'Ana');
 */
export function createUserDirectory(db: Db, now: Clock = Date.now, opts: { codeAttempts?: CodeAttempts } = {}): UserDirectory {
  const codeAttempts = opts.codeAttempts ?? createCodeAttempts({ now });
  const byIdentity = db.prepare<[string, string], UserRow>(
    `SELECT u.* FROM channel_identities ci JOIN users u ON u.id = ci.user_id
      WHERE ci.channel = ? AND ci.external_id = ?`,
  );
  const byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
  const insertUser = db.prepare('INSERT INTO users (display_name, created_at) VALUES (?, ?)');
  const insertIdentity = db.prepare(
    'INSERT INTO channel_identities (channel, external_id, user_id, created_at) VALUES (?, ?, ?, ?)',
  );

  const register = db.transaction((channel: ChannelName, externalId: string, displayName?: string): User => {
    const found = byIdentity.get(channel, externalId);
    if (found) return toUser(found);
    const id = Number(insertUser.run(displayName?.slice(0, 100) ?? null, now()).lastInsertRowid);
    insertIdentity.run(channel, externalId, id, now());
    return toUser(byId.get(id)!);
  });

  const redeem = db.transaction((typed: string, channel: ChannelName, externalId: string): User => {
    const code = normaliseAccessCode(typed, LINK_CODE_SHAPE);
    const row = code
      ? db.prepare<[string, number], { user_id: number }>('SELECT user_id FROM link_codes WHERE code = ? AND expires_at > ?').get(code, now())
      : undefined;
    if (!row) throw new AppError('LINK_CODE_INVALID', { detail: 'unknown or expired link code' });
    db.prepare('DELETE FROM link_codes WHERE code = ?').run(code!);
    const target = row.user_id;
    const previous = byIdentity.get(channel, externalId);
    if (previous && previous.id !== target) {
      moveUserData(db, previous.id, target);
      db.prepare('UPDATE channel_identities SET user_id = ? WHERE channel = ? AND external_id = ?').run(
        target,
        channel,
        externalId,
      );
    } else if (!previous) {
      insertIdentity.run(channel, externalId, target, now());
    }
    return toUser(byId.get(target)!);
  });

  // Who a channel identity is, kept once read: every turn asks. Every write below forgets it, and
  // so does a commit by another connection (another process linking an identity), which
  // PRAGMA data_version shows. Nothing read inside an open transaction is kept: it may still roll back.
  const known = new Map<string, User>();
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let version = -1;
  const forget = () => known.clear();
  const identityKey = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;

  /** Someone known is one read with no transaction, and kept in mind; undefined for a newcomer. */
  const lookUp = (channel: ChannelName, externalId: string): User | undefined => {
    const seen = dataVersion.get()!;
    if (seen !== version) {
      forget();
      version = seen;
    }
    const key = identityKey(channel, externalId);
    const hit = known.get(key);
    if (hit) return { ...hit };
    const found = byIdentity.get(channel, externalId);
    if (!found) return undefined;
    const user = toUser(found);
    if (!db.inTransaction) {
      if (known.size >= KNOWN_IDENTITIES) forget();
      known.set(key, user);
    }
    return { ...user };
  };

  return {
    // A newcomer is registered under the write lock.
    resolve: (channel, externalId, displayName) => lookUp(channel, externalId) ?? register.immediate(channel, externalId, displayName),
    find: lookUp,
    get: (userId) => {
      const row = byId.get(userId);
      return row ? toUser(row) : undefined;
    },
    identities: (userId) =>
      db
        .prepare<[number], { channel: ChannelName; external_id: string }>(
          'SELECT channel, external_id FROM channel_identities WHERE user_id = ? ORDER BY created_at',
        )
        .all(userId)
        .map((r) => ({ channel: r.channel, externalId: r.external_id })),
    createLinkCode: (userId) => {
      const code = newAccessCode(LINK_CODE_SHAPE);
      db.transaction(() => {
        db.prepare('DELETE FROM link_codes WHERE user_id = ? OR expires_at <= ?').run(userId, now());
        db.prepare('INSERT INTO link_codes (code, user_id, expires_at) VALUES (?, ?, ?)').run(code, userId, now() + LINK_CODE_TTL_MS);
      }).immediate();
      return formatAccessCode(code, LINK_CODE_SHAPE);
    },
    redeemLinkCode: (code, channel, externalId, from = {}) => {
      const subjects = [`identity:${channel}:${externalId}`, ...(from.origin ? [`address:${from.origin}`] : [])];
      return codeAttempts.redeem('link', subjects, () => {
        forget();
        return redeem.immediate(code, channel, externalId);
      });
    },
    setAlerts: (userId, enabled) => {
      forget();
      db.prepare('UPDATE users SET alerts_enabled = ? WHERE id = ?').run(enabled ? 1 : 0, userId);
    },
    setQuietHours: (userId, start, end) => {
      forget();
      db.prepare('UPDATE users SET quiet_start = ?, quiet_end = ? WHERE id = ?').run(start, end, userId);
    },
  };
}

/**
 * Moves what one user stored to another when two identities become one person. Rows that would
 * collide with what the target already has (a list of the same name, the same preference) are
 * renamed or merged rather than dropped.
 */
function moveUserData(db: Db, from: number, to: number): void {
  const lists = db.prepare<[number], { id: number; name: string }>('SELECT id, name FROM lists WHERE owner_id = ?').all(from);
  for (const list of lists) {
    let name = list.name;
    for (let n = 2; db.prepare('SELECT 1 FROM lists WHERE owner_id = ? AND name = ? COLLATE NOCASE').get(to, name); n++) {
      name = `${list.name} (${n})`;
    }
    db.prepare('UPDATE lists SET owner_id = ?, name = ? WHERE id = ?').run(to, name, list.id);
  }
  const memberships = db
    .prepare<[number], { list_id: number; role: string }>('SELECT list_id, role FROM list_members WHERE user_id = ?')
    .all(from);
  const targetHasDefault = db.prepare('SELECT 1 FROM list_members WHERE user_id = ? AND is_default = 1').get(to);
  for (const m of memberships) {
    db.prepare(
      `INSERT INTO list_members (list_id, user_id, role, is_default, joined_at) VALUES (?, ?, ?, 0, ?)
       ON CONFLICT(list_id, user_id) DO UPDATE SET role = CASE WHEN excluded.role = 'owner' THEN 'owner' ELSE role END`,
    ).run(m.list_id, to, m.role, Date.now());
  }
  db.prepare('DELETE FROM list_members WHERE user_id = ?').run(from);
  if (!targetHasDefault) {
    db.prepare(
      `UPDATE list_members SET is_default = 1 WHERE user_id = ? AND list_id = (
         SELECT list_id FROM list_members WHERE user_id = ? ORDER BY joined_at LIMIT 1)`,
    ).run(to, to);
  }
  for (const table of ['orders', 'price_alerts', 'notifications', 'conversations']) {
    db.prepare(`UPDATE OR IGNORE ${table} SET user_id = ? WHERE user_id = ?`).run(to, from);
  }
  db.prepare('UPDATE OR IGNORE preferences SET user_id = ? WHERE user_id = ?').run(to, from);
  db.prepare('INSERT OR IGNORE INTO budgets SELECT ?, amount_cents, period, updated_at FROM budgets WHERE user_id = ?').run(to, from);
  // A new version for every list whose lines change hands, so no one keeps the lines as they were (the list service's cache, a page).
  db.prepare('UPDATE lists SET version = version + 1 WHERE id IN (SELECT DISTINCT list_id FROM list_items WHERE added_by = ?)').run(from);
  db.prepare('UPDATE list_items SET added_by = ? WHERE added_by = ?').run(to, from);
}
