import type { Db } from '../store/database.js';
import { prepared } from '../store/prepared.js';

/** The kinds of preference a person can state (DESIGN.md's `remember_preference` kinds). */
export const PREFERENCE_KINDS = ['likes', 'dislikes', 'diet', 'allergy', 'brand', 'store'] as const;
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];

/** One remembered preference. `source` says whether it was stated or learned from choices/orders. */
export interface Preference {
  kind: PreferenceKind;
  value: string;
  weight: number;
  source: 'stated' | 'learned';
  updatedAt: number;
}

/** A person's preferences, structured (the vector memory sits beside this for fuzzy recall). */
export interface PreferenceStore {
  /** Remembers (or strengthens) a preference; returns whether it was new. */
  remember(userId: number, kind: PreferenceKind, value: string, opts?: { source?: 'stated' | 'learned'; weight?: number }): boolean;
  forget(userId: number, kind: PreferenceKind, value: string): boolean;
  list(userId: number, kind?: PreferenceKind): Preference[];
}

/** Values are kept lower case and trimmed, so "Peanuts" and "peanuts " are one preference. */
export function normalizePreferenceValue(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 100);
}

/**
 * The SQLite preference store.
 *
 * @example
 * const prefs = createPreferenceStore(db);
 * prefs.remember(userId, 'allergy', 'peanuts');
 */
export function createPreferenceStore(db: Db, now: () => number = Date.now): PreferenceStore {
  const upsert = db.prepare(
    `INSERT INTO preferences (user_id, kind, value, weight, source, created_at, updated_at)
     VALUES (@userId, @kind, @value, @weight, @source, @now, @now)
     ON CONFLICT(user_id, kind, value) DO UPDATE SET
       weight = CASE WHEN excluded.source = 'stated' THEN max(weight, excluded.weight) ELSE weight + excluded.weight END,
       source = CASE WHEN source = 'stated' THEN 'stated' ELSE excluded.source END,
       updated_at = excluded.updated_at`,
  );
  const exists = db.prepare('SELECT 1 FROM preferences WHERE user_id = ? AND kind = ? AND value = ?');
  return {
    remember(userId, kind, value, opts = {}) {
      const v = normalizePreferenceValue(value);
      if (!v) return false;
      const isNew = !exists.get(userId, kind, v);
      upsert.run({ userId, kind, value: v, weight: opts.weight ?? 1, source: opts.source ?? 'stated', now: now() });
      if (kind === 'likes' || kind === 'dislikes') {
        const opposite = kind === 'likes' ? 'dislikes' : 'likes';
        if ((opts.source ?? 'stated') === 'stated') db.prepare('DELETE FROM preferences WHERE user_id = ? AND kind = ? AND value = ?').run(userId, opposite, v);
      }
      return isNew;
    },
    forget(userId, kind, value) {
      return db.prepare('DELETE FROM preferences WHERE user_id = ? AND kind = ? AND value = ?').run(userId, kind, normalizePreferenceValue(value)).changes > 0;
    },
    list(userId, kind) {
      const rows = prepared<unknown[], { kind: PreferenceKind; value: string; weight: number; source: 'stated' | 'learned'; updated_at: number }>(
        db,
        `SELECT kind, value, weight, source, updated_at FROM preferences WHERE user_id = ? ${kind ? 'AND kind = ?' : ''}
           ORDER BY weight DESC, updated_at DESC`,
      ).all(...(kind ? [userId, kind] : [userId]));
      return rows.map((r) => ({ kind: r.kind, value: r.value, weight: r.weight, source: r.source, updatedAt: r.updated_at }));
    },
  };
}
