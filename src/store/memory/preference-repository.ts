import type { SqlConnection } from '../sql.js';

/** One `preferences` row, in domain terms. `kind` is one of the preference kinds the domain defines. */
export interface PreferenceRecord {
  kind: string;
  value: string;
  weight: number;
  source: 'stated' | 'learned';
  updatedAt: number;
}

/** `preferences` (migration 003): what each person stated or was learned to like and avoid. */
export interface PreferenceRepository {
  exists(userId: number, kind: string, value: string): boolean;
  /**
   * Adds the preference or strengthens it: a stated one keeps the larger weight, a learned one
   * adds its weight; once stated it stays stated.
   */
  upsert(p: { userId: number; kind: string; value: string; weight: number; source: 'stated' | 'learned'; at: number }): void;
  /** True when there was such a preference. */
  remove(userId: number, kind: string, value: string): boolean;
  /** The person's preferences (of one kind, or all), heaviest then most recent first. */
  list(userId: number, kind?: string): PreferenceRecord[];
  /** Deletes every preference of the person. */
  removeAll(userId: number): void;
}

/**
 * The preference repository.
 *
 * @example
 * const prefs = createPreferenceRepository(sqliteConnection(db));
 * prefs.upsert({ userId, kind: 'allergy', value: 'peanuts', weight: 1, source: 'stated', at: Date.now() });
 */
export function createPreferenceRepository(conn: SqlConnection): PreferenceRepository {
  const upsert = conn.statement(
    `INSERT INTO preferences (user_id, kind, value, weight, source, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (user_id, kind, value) DO UPDATE SET
       weight = CASE WHEN excluded.source = 'stated'
         THEN CASE WHEN preferences.weight >= excluded.weight THEN preferences.weight ELSE excluded.weight END
         ELSE preferences.weight + excluded.weight END,
       source = CASE WHEN preferences.source = 'stated' THEN 'stated' ELSE excluded.source END,
       updated_at = excluded.updated_at`,
  );
  const exists = conn.statement('SELECT 1 FROM preferences WHERE user_id = ? AND kind = ? AND value = ?');
  const remove = conn.statement('DELETE FROM preferences WHERE user_id = ? AND kind = ? AND value = ?');
  type Row = { kind: string; value: string; weight: number; source: 'stated' | 'learned'; updated_at: number };
  const all = conn.statement<Row>('SELECT kind, value, weight, source, updated_at FROM preferences WHERE user_id = ? ORDER BY weight DESC, updated_at DESC');
  const ofKind = conn.statement<Row>(
    'SELECT kind, value, weight, source, updated_at FROM preferences WHERE user_id = ? AND kind = ? ORDER BY weight DESC, updated_at DESC',
  );
  const removeAll = conn.statement('DELETE FROM preferences WHERE user_id = ?');
  return {
    exists: (userId, kind, value) => exists.get(userId, kind, value) !== undefined,
    upsert(p) {
      upsert.run(p.userId, p.kind, p.value, p.weight, p.source, p.at, p.at);
    },
    remove: (userId, kind, value) => remove.run(userId, kind, value).changes > 0,
    list: (userId, kind) =>
      (kind ? ofKind.all(userId, kind) : all.all(userId)).map((r) => ({ kind: r.kind, value: r.value, weight: r.weight, source: r.source, updatedAt: r.updated_at })),
    removeAll(userId) {
      removeAll.run(userId);
    },
  };
}
