import type { Db } from '../../store/database.js';
import type { ListItem, ListSummary } from './types.js';

/** Which state of a list cached lines are: its version, last change and line count together. */
export type ListState = Pick<ListSummary, 'version' | 'updatedAt' | 'itemCount'>;

/**
 * The lines of the lists changed or read lately, so a turn on a long list does not read every
 * line again from SQLite. An entry is used only for the exact state it was made for (version,
 * `updated_at` and line count: every write bumps the version), and every entry goes as soon as
 * another connection (another process, the CLI) has committed anything, so what is served is
 * always what is stored.
 */
export interface LineCache {
  /** The list's lines when they are cached for this very state. */
  get(listId: number, state: ListState): ListItem[] | undefined;
  set(listId: number, state: ListState, lines: ListItem[]): void;
  drop(listId: number): void;
}

/** Lists whose lines are kept (the most recently used); see docs/performance.md. */
export const CACHED_LISTS = 128;
/** Shorter lists are read from SQLite each time: a few rows cost less than keeping them. */
export const CACHED_MIN_LINES = 16;

const stateKey = (s: ListState) => `${s.version}:${s.updatedAt}:${s.itemCount}`;

/**
 * @example
 * const cache = createLineCache(db);
 * const lines = cache.get(list.id, list) ?? items.items(list.id);
 */
export function createLineCache(db: Db, opts: { maxLists?: number; minLines?: number } = {}): LineCache {
  const maxLists = opts.maxLists ?? CACHED_LISTS;
  const minLines = opts.minLines ?? CACHED_MIN_LINES;
  const entries = new Map<number, { key: string; lines: ListItem[] }>();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  let seen = dataVersion.get() as number;
  /** Drops everything when another connection has committed since the last look. */
  const fresh = () => {
    const now = dataVersion.get() as number;
    if (now !== seen) {
      entries.clear();
      seen = now;
    }
  };
  return {
    get(listId, state) {
      if (entries.size === 0) return undefined;
      fresh();
      const entry = entries.get(listId);
      if (!entry || entry.key !== stateKey(state)) return undefined;
      // Most recently used last, so the oldest is first to go.
      entries.delete(listId);
      entries.set(listId, entry);
      return entry.lines;
    },
    set(listId, state, lines) {
      fresh();
      entries.delete(listId);
      if (lines.length < minLines) return;
      entries.set(listId, { key: stateKey(state), lines });
      if (entries.size > maxLists) entries.delete(entries.keys().next().value!);
    },
    drop: (listId) => void entries.delete(listId),
  };
}
