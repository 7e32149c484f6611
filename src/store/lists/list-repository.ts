import { isUniqueViolation } from '../errors.js';
import type { SqlConnection } from '../sql.js';
import type { ListMemberRecord, ListRole, ListSummary } from './types.js';

/** Lists and who is on them (`lists`, `list_members`). Permission rules live in the service, not here. */
export interface ListRepository {
  /** Every list `userId` is a member of: own lists first, then shared ones, oldest first. */
  summariesFor(userId: number): ListSummary[];
  /** The list as `userId` sees it, or undefined when they are not a member (or it does not exist). */
  summary(userId: number, listId: number): ListSummary | undefined;
  /** The user's default list, or undefined before they have one; the first default in {@link summariesFor} order. */
  defaultFor(userId: number): ListSummary | undefined;
  exists(listId: number): boolean;
  /**
   * Creates a list owned by `ownerId` (who becomes its first member) and returns its id;
   * undefined, with nothing written, when the owner already has a list of that name (any case).
   */
  create(ownerId: number, name: string, now: number): number | undefined;
  /** Renames the list; false, with nothing changed, when its owner already has a list of that name. */
  rename(listId: number, name: string, now: number): boolean;
  delete(listId: number): void;
  /** Makes `listId` the user's only default list. */
  setDefault(userId: number, listId: number): void;
  /** Puts the user on the list; nothing changes when they already are. */
  addMember(listId: number, userId: number, role: ListRole, now: number): void;
  removeMember(listId: number, userId: number): void;
  /** The list a share code opens, while the code has not expired. */
  listIdByShareCode(code: string, now: number): number | undefined;
  /** Whether any list holds this share code, expired or not (codes are unique). */
  isShareCodeTaken(code: string): boolean;
  /** The list's share code and when it stops working; undefined when it has none. */
  shareCodeOf(listId: number): { code: string; expiresAt: number } | undefined;
  /** Sets the list's share code (null: no code, nobody new can join). */
  setShareCode(listId: number, code: string | null, expiresAt: number | null): void;
  /** Everyone on the list: the owner first, then by when they joined. */
  members(listId: number): ListMemberRecord[];
  /** Takes every editor off the list; returns how many went. */
  removeEditors(listId: number): number;
  /** Bumps the version and the time of the last change; returns the new version. */
  bump(listId: number, now: number): number;
  version(listId: number): number | undefined;
}

interface SummaryRow {
  id: number;
  name: string;
  owner_id: number;
  role: ListRole;
  is_default: number;
  version: number;
  item_count: number;
  share_code: string | null;
  updated_at: number;
}

const SUMMARY_SELECT = `
SELECT l.id, l.name, l.owner_id, m.role, m.is_default, l.version, l.share_code, l.updated_at, l.item_count
FROM lists l JOIN list_members m ON m.list_id = l.id AND m.user_id = ?`;

function toSummary(r: SummaryRow): ListSummary {
  return {
    id: r.id,
    name: r.name,
    ownerId: r.owner_id,
    role: r.role,
    isDefault: r.is_default === 1,
    version: r.version,
    itemCount: r.item_count,
    shareCode: r.share_code,
    updatedAt: r.updated_at,
  };
}

/**
 * The list repository over a connection. Statements are prepared once per repository.
 *
 * @example
 * const lists = createListRepository(sqliteConnection(db));
 * const id = lists.create(userId, 'Costco', Date.now()) ?? 'taken';
 */
export function createListRepository(conn: SqlConnection): ListRepository {
  // Positional parameters: binding by name cost more than the query on the one-list read every list tool does.
  const all = conn.statement<SummaryRow>(`${SUMMARY_SELECT} ORDER BY (m.role = 'owner') DESC, l.created_at, l.id`);
  // The same order as `all`, so a user with two defaults (which setDefault never leaves) gets the same one.
  const firstDefault = conn.statement<SummaryRow>(
    `${SUMMARY_SELECT} WHERE m.is_default = 1 ORDER BY (m.role = 'owner') DESC, l.created_at, l.id LIMIT 1`,
  );
  const one = conn.statement<SummaryRow>(`${SUMMARY_SELECT} WHERE l.id = ?`);
  const exists = conn.statement<{ id: number }>('SELECT id FROM lists WHERE id = ?');
  const insert = conn.statement<{ id: number }>('INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id');
  const rename = conn.statement('UPDATE lists SET name = ?, updated_at = ? WHERE id = ?');
  const del = conn.statement('DELETE FROM lists WHERE id = ?');
  const clearDefault = conn.statement('UPDATE list_members SET is_default = 0 WHERE user_id = ? AND is_default = 1');
  const markDefault = conn.statement('UPDATE list_members SET is_default = 1 WHERE list_id = ? AND user_id = ?');
  const addMember = conn.statement('INSERT INTO list_members (list_id, user_id, role, joined_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING');
  const removeMember = conn.statement('DELETE FROM list_members WHERE list_id = ? AND user_id = ?');
  const byCode = conn.statement<{ id: number }>('SELECT id FROM lists WHERE share_code = ? AND share_code_expires_at > ?');
  const anyByCode = conn.statement<{ id: number }>('SELECT id FROM lists WHERE share_code = ?');
  const codeOf = conn.statement<{ code: string; expires_at: number }>(
    'SELECT share_code AS code, share_code_expires_at AS expires_at FROM lists WHERE id = ? AND share_code IS NOT NULL',
  );
  const setCode = conn.statement('UPDATE lists SET share_code = ?, share_code_expires_at = ? WHERE id = ?');
  const members = conn.statement<{ user_id: number; role: ListRole; display_name: string | null; joined_at: number }>(
    `SELECT m.user_id, m.role, u.display_name, m.joined_at
       FROM list_members m JOIN users u ON u.id = m.user_id
      WHERE m.list_id = ? ORDER BY (m.role = 'owner') DESC, m.joined_at, m.user_id`,
  );
  const removeEditors = conn.statement("DELETE FROM list_members WHERE list_id = ? AND role = 'editor'");
  const bump = conn.statement<{ version: number }>('UPDATE lists SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version');
  const version = conn.statement<{ version: number }>('SELECT version FROM lists WHERE id = ?');

  /**
   * Runs a write the owner's unique list name (index `lists_owner_name`) may refuse, as a
   * savepoint: on PostgreSQL a failed statement spoils the whole transaction unless its own
   * savepoint is rolled back.
   */
  function unlessNameTaken<T>(work: () => T): T | undefined {
    try {
      return conn.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) return undefined;
      throw err;
    }
  }

  return {
    summariesFor: (userId) => all.all(userId).map(toSummary),
    summary: (userId, listId) => {
      const row = one.get(userId, listId);
      return row ? toSummary(row) : undefined;
    },
    defaultFor: (userId) => {
      const row = firstDefault.get(userId);
      return row ? toSummary(row) : undefined;
    },
    exists: (listId) => exists.get(listId) !== undefined,
    create: (ownerId, name, now) =>
      unlessNameTaken(() => {
        const id = insert.get(ownerId, name, now, now)!.id;
        addMember.run(id, ownerId, 'owner', now);
        return id;
      }),
    rename: (listId, name, now) => unlessNameTaken(() => rename.run(name, now, listId)) !== undefined,
    delete: (listId) => void del.run(listId),
    setDefault: (userId, listId) => {
      clearDefault.run(userId);
      markDefault.run(listId, userId);
    },
    addMember: (listId, userId, role, now) => void addMember.run(listId, userId, role, now),
    removeMember: (listId, userId) => void removeMember.run(listId, userId),
    listIdByShareCode: (code, now) => byCode.get(code, now)?.id,
    isShareCodeTaken: (code) => anyByCode.get(code) !== undefined,
    shareCodeOf: (listId) => {
      const row = codeOf.get(listId);
      return row && { code: row.code, expiresAt: row.expires_at };
    },
    setShareCode: (listId, code, expiresAt) => void setCode.run(code, expiresAt, listId),
    members: (listId) => members.all(listId).map((m) => ({ userId: m.user_id, role: m.role, displayName: m.display_name, joinedAt: m.joined_at })),
    removeEditors: (listId) => removeEditors.run(listId).changes,
    bump: (listId, now) => bump.get(now, listId)?.version ?? 0,
    version: (listId) => version.get(listId)?.version,
  };
}
