import type { Db } from '../../store/database.js';
import type { ListRole, ListSummary } from './types.js';

/** SQL over `lists` and `list_members`. Permission rules live in the service, not here. */
export interface ListStore {
  /** Every list `userId` is a member of: own lists first, then shared ones, oldest first. */
  summariesFor(userId: number): ListSummary[];
  /** The list as `userId` sees it, or undefined when they are not a member (or it does not exist). */
  summary(userId: number, listId: number): ListSummary | undefined;
  /** The user's default list, or undefined before they have one; the first default in {@link summariesFor} order. */
  defaultFor(userId: number): ListSummary | undefined;
  exists(listId: number): boolean;
  /** Creates a list owned by `ownerId`; throws SQLITE_CONSTRAINT_UNIQUE when the owner has that name. */
  insert(ownerId: number, name: string, now: number): number;
  rename(listId: number, name: string, now: number): void;
  delete(listId: number): void;
  /** Makes `listId` the user's only default list. */
  setDefault(userId: number, listId: number): void;
  addMember(listId: number, userId: number, role: ListRole, now: number): void;
  removeMember(listId: number, userId: number): void;
  /** The list a share code opens, while the code has not expired. */
  listIdByShareCode(code: string, now: number): number | undefined;
  /** The list's share code and when it stops working; undefined when it has none. */
  shareCodeOf(listId: number): { code: string; expiresAt: number } | undefined;
  /** Sets the list's share code (null: no code, nobody new can join). */
  setShareCode(listId: number, code: string | null, expiresAt: number | null): void;
  /** Everyone on the list: the owner first, then by when they joined. */
  members(listId: number): ListMemberRow[];
  /** Takes every editor off the list; returns how many went. */
  removeEditors(listId: number): number;
  /** Bumps the version and `updated_at`; returns the new version. */
  bump(listId: number, now: number): number;
  version(listId: number): number | undefined;
}

/** One person on a list, as stored. */
export interface ListMemberRow {
  userId: number;
  role: ListRole;
  displayName: string | null;
  joinedAt: number;
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
SELECT l.id, l.name, l.owner_id, m.role, m.is_default, l.version, l.share_code, l.updated_at,
       (SELECT COUNT(*) FROM list_items i WHERE i.list_id = l.id) AS item_count
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

/** The SQLite list store. Statements are prepared once per store. */
export function createListStore(db: Db): ListStore {
  // Positional parameters: binding by name cost more than the query on the one-list read every list tool does.
  const all = db.prepare<[number], SummaryRow>(
    `${SUMMARY_SELECT} ORDER BY (m.role = 'owner') DESC, l.created_at, l.id`,
  );
  // The same order as `all`, so a user with two defaults (which setDefault never leaves) gets the same one.
  const firstDefault = db.prepare<[number], SummaryRow>(
    `${SUMMARY_SELECT} WHERE m.is_default = 1 ORDER BY (m.role = 'owner') DESC, l.created_at, l.id LIMIT 1`,
  );
  const one = db.prepare<[number, number], SummaryRow>(`${SUMMARY_SELECT} WHERE l.id = ?`);
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM lists WHERE id = ?');
  const insert = db.prepare<[number, string, number, number]>(
    'INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const rename = db.prepare<[string, number, number]>('UPDATE lists SET name = ?, updated_at = ? WHERE id = ?');
  const del = db.prepare<[number]>('DELETE FROM lists WHERE id = ?');
  const clearDefault = db.prepare<[number]>('UPDATE list_members SET is_default = 0 WHERE user_id = ? AND is_default = 1');
  const markDefault = db.prepare<[number, number]>('UPDATE list_members SET is_default = 1 WHERE list_id = ? AND user_id = ?');
  const addMember = db.prepare<[number, number, ListRole, number]>(
    'INSERT OR IGNORE INTO list_members (list_id, user_id, role, joined_at) VALUES (?, ?, ?, ?)',
  );
  const removeMember = db.prepare<[number, number]>('DELETE FROM list_members WHERE list_id = ? AND user_id = ?');
  const byCode = db.prepare<[string, number], { id: number }>('SELECT id FROM lists WHERE share_code = ? AND share_code_expires_at > ?');
  const codeOf = db.prepare<[number], { code: string; expiresAt: number }>(
    'SELECT share_code AS code, share_code_expires_at AS expiresAt FROM lists WHERE id = ? AND share_code IS NOT NULL',
  );
  const setCode = db.prepare<[string | null, number | null, number]>('UPDATE lists SET share_code = ?, share_code_expires_at = ? WHERE id = ?');
  const members = db.prepare<[number], ListMemberRow>(
    `SELECT m.user_id AS userId, m.role, u.display_name AS displayName, m.joined_at AS joinedAt
       FROM list_members m JOIN users u ON u.id = m.user_id
      WHERE m.list_id = ? ORDER BY (m.role = 'owner') DESC, m.joined_at, m.user_id`,
  );
  const removeEditors = db.prepare<[number]>("DELETE FROM list_members WHERE list_id = ? AND role = 'editor'");
  const bump = db.prepare<[number, number], { version: number }>(
    'UPDATE lists SET version = version + 1, updated_at = ? WHERE id = ? RETURNING version',
  );
  const version = db.prepare<[number], { version: number }>('SELECT version FROM lists WHERE id = ?');

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
    insert: (ownerId, name, now) => {
      const id = Number(insert.run(ownerId, name, now, now).lastInsertRowid);
      addMember.run(id, ownerId, 'owner', now);
      return id;
    },
    rename: (listId, name, now) => void rename.run(name, now, listId),
    delete: (listId) => void del.run(listId),
    setDefault: (userId, listId) => {
      clearDefault.run(userId);
      markDefault.run(listId, userId);
    },
    addMember: (listId, userId, role, now) => void addMember.run(listId, userId, role, now),
    removeMember: (listId, userId) => void removeMember.run(listId, userId),
    listIdByShareCode: (code, now) => byCode.get(code, now)?.id,
    shareCodeOf: (listId) => codeOf.get(listId),
    setShareCode: (listId, code, expiresAt) => void setCode.run(code, expiresAt, listId),
    members: (listId) => members.all(listId),
    removeEditors: (listId) => removeEditors.run(listId).changes,
    bump: (listId, now) => bump.get(now, listId)?.version ?? 0,
    version: (listId) => version.get(listId)?.version,
  };
}
