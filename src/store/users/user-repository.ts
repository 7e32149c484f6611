import type { SqlConnection } from '../sql.js';
import { moveUserData } from './move-user-data.js';

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

/** A channel identity: who someone is on one channel. */
export interface ChannelIdentity {
  channel: ChannelName;
  externalId: string;
}

/**
 * People and their channel identities (`users`, `channel_identities`, `link_codes`). Who a
 * channel identity is gets asked on every turn, so {@link findByIdentity} keeps what it read
 * (never inside an open transaction, which may still roll back) until a write through this
 * repository, or a commit by another connection, makes it stale.
 */
export interface UserRepository {
  /** The user behind a channel identity, or undefined when there is none. */
  findByIdentity(channel: ChannelName, externalId: string): User | undefined;
  get(userId: number): User | undefined;
  /** The user behind a channel identity, made (user and identity, created `at`) when there is none; one transaction. */
  register(channel: ChannelName, externalId: string, displayName: string | undefined, at: number): User;
  /** A user's channel identities, oldest first. */
  identities(userId: number): ChannelIdentity[];
  /** Stores `code` for the user until `expiresAt`, dropping the user's earlier codes and every expired one; one transaction. */
  replaceLinkCode(userId: number, code: string, expiresAt: number, at: number): void;
  /**
   * Spends link `code` (unexpired at `at`) and makes the identity the code's user's, moving what
   * the identity's old user stored along (see {@link moveUserData}); one transaction. Undefined,
   * with nothing changed, when the code is unknown or expired.
   */
  redeemLinkCode(code: string, identity: ChannelIdentity, at: number): User | undefined;
  setAlerts(userId: number, enabled: boolean): void;
  setQuietHours(userId: number, start: number | null, end: number | null): void;
}

/** Channel identities kept in mind before the repository starts over. */
const KNOWN_IDENTITIES = 50_000;

const USER_COLUMNS = 'u.id, u.display_name, u.timezone, u.alerts_enabled, u.quiet_start, u.quiet_end';

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
 * The user repository over a connection.
 *
 * @example
 * const users = createUserRepository(sqliteConnection(db));
 * const ana = users.register('telegram', '12345', 'Ana', Date.now());
 */
export function createUserRepository(conn: SqlConnection): UserRepository {
  const byIdentity = conn.statement<UserRow>(
    `SELECT ${USER_COLUMNS} FROM channel_identities ci JOIN users u ON u.id = ci.user_id
      WHERE ci.channel = ? AND ci.external_id = ?`,
  );
  const byId = conn.statement<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`);
  const insertUser = conn.statement<{ id: number }>('INSERT INTO users (display_name, created_at) VALUES (?, ?) RETURNING id');
  const insertIdentity = conn.statement('INSERT INTO channel_identities (channel, external_id, user_id, created_at) VALUES (?, ?, ?, ?)');
  const identitiesOf = conn.statement<{ channel: ChannelName; external_id: string }>(
    'SELECT channel, external_id FROM channel_identities WHERE user_id = ? ORDER BY created_at',
  );
  const codeOwner = conn.statement('SELECT user_id FROM link_codes WHERE code = ? AND expires_at > ?');
  const deleteCode = conn.statement('DELETE FROM link_codes WHERE code = ?');
  const deleteOldCodes = conn.statement('DELETE FROM link_codes WHERE user_id = ? OR expires_at <= ?');
  const insertCode = conn.statement('INSERT INTO link_codes (code, user_id, expires_at) VALUES (?, ?, ?)');
  const moveIdentity = conn.statement('UPDATE channel_identities SET user_id = ? WHERE channel = ? AND external_id = ?');
  const updateAlerts = conn.statement('UPDATE users SET alerts_enabled = ? WHERE id = ?');
  const updateQuietHours = conn.statement('UPDATE users SET quiet_start = ?, quiet_end = ? WHERE id = ?');

  // What a channel identity is, kept once read. A commit by another connection (another process
  // linking an identity) shows in the change mark; writes through here forget it themselves.
  const known = new Map<string, User>();
  const changeMark = changeMarkOf(conn);
  let mark: number | undefined;
  const forget = () => known.clear();
  const identityKey = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;

  const findByIdentity = (channel: ChannelName, externalId: string): User | undefined => {
    const seen = changeMark();
    if (seen !== mark) {
      forget();
      mark = seen;
    }
    const key = identityKey(channel, externalId);
    const hit = known.get(key);
    if (hit) return { ...hit };
    const found = byIdentity.get(channel, externalId);
    if (!found) return undefined;
    const user = toUser(found);
    if (!conn.inTransaction) {
      if (known.size >= KNOWN_IDENTITIES) forget();
      known.set(key, user);
    }
    return { ...user };
  };

  return {
    findByIdentity,
    get: (userId) => {
      const row = byId.get(userId);
      return row ? toUser(row) : undefined;
    },
    register: (channel, externalId, displayName, at) =>
      conn.transaction(() => {
        const found = byIdentity.get(channel, externalId);
        if (found) return toUser(found);
        const id = insertUser.value<number>(displayName?.slice(0, 100) ?? null, at)!;
        insertIdentity.run(channel, externalId, id, at);
        return toUser(byId.get(id)!);
      }),
    identities: (userId) => identitiesOf.all(userId).map((r) => ({ channel: r.channel, externalId: r.external_id })),
    replaceLinkCode: (userId, code, expiresAt, at) =>
      conn.transaction(() => {
        deleteOldCodes.run(userId, at);
        insertCode.run(code, userId, expiresAt);
      }),
    redeemLinkCode: (code, { channel, externalId }, at) => {
      forget();
      return conn.transaction(() => {
        const target = codeOwner.value<number>(code, at);
        if (target === undefined) return undefined;
        deleteCode.run(code);
        const previous = byIdentity.get(channel, externalId);
        if (previous && previous.id !== target) {
          moveUserData(conn, previous.id, target);
          moveIdentity.run(target, channel, externalId);
        } else if (!previous) {
          insertIdentity.run(channel, externalId, target, at);
        }
        return toUser(byId.get(target)!);
      });
    },
    setAlerts: (userId, enabled) => {
      forget();
      updateAlerts.run(enabled ? 1 : 0, userId);
    },
    setQuietHours: (userId, start, end) => {
      forget();
      updateQuietHours.run(start, end, userId);
    },
  };
}

/**
 * A number that changes when another connection has committed since it was last read. SQLite's
 * PRAGMA data_version says so; PostgreSQL has nothing like it (other instances write the same
 * database), so there every reading is new and nothing is kept between reads.
 */
function changeMarkOf(conn: SqlConnection): () => number {
  if (conn.dialect === 'sqlite') {
    const dataVersion = conn.statement('PRAGMA data_version');
    return () => dataVersion.value<number>()!;
  }
  let reads = 0;
  return () => ++reads;
}
