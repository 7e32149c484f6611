import type { PreferenceRepository } from '../store/memory/index.js';

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
 * The preference store over its repository: values normalised, and a stated like replaces the
 * dislike of the same thing (and the other way round).
 *
 * @example
 * const prefs = createPreferenceStore(createPreferenceRepository(conn));
 * prefs.remember(userId, 'allergy', 'peanuts');
 */
export function createPreferenceStore(repository: PreferenceRepository, now: () => number = Date.now): PreferenceStore {
  return {
    remember(userId, kind, value, opts = {}) {
      const v = normalizePreferenceValue(value);
      if (!v) return false;
      const isNew = !repository.exists(userId, kind, v);
      repository.upsert({ userId, kind, value: v, weight: opts.weight ?? 1, source: opts.source ?? 'stated', at: now() });
      if (kind === 'likes' || kind === 'dislikes') {
        const opposite = kind === 'likes' ? 'dislikes' : 'likes';
        if ((opts.source ?? 'stated') === 'stated') repository.remove(userId, opposite, v);
      }
      return isNew;
    },
    forget: (userId, kind, value) => repository.remove(userId, kind, normalizePreferenceValue(value)),
    list: (userId, kind) =>
      repository.list(userId, kind).map((r) => ({ kind: r.kind as PreferenceKind, value: r.value, weight: r.weight, source: r.source, updatedAt: r.updatedAt })),
  };
}
