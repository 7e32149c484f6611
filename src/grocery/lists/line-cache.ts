import type { ListItem, ListSummary } from './types.js';

/** Which state of a list cached lines are: its version, last change and line count together. */
export type ListState = Pick<ListSummary, 'version' | 'updatedAt' | 'itemCount'>;

/**
 * The lines of the lists changed or read lately, so a turn on a long list does not read every
 * line again from the store. An entry is used only for the exact state it was made for (version,
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
/** Shorter lists are read from the store each time: a few rows cost less than keeping them. */
export const CACHED_MIN_LINES = 16;

const stateKey = (s: ListState) => `${s.version}:${s.updatedAt}:${s.itemCount}`;

/**
 * @param changeMark changes whenever another connection has committed (the item repository's
 *   `changeMark`); undefined means it cannot tell, and then nothing is kept.
 *
 * @example
 * const cache = createLineCache(items.changeMark);
 * const lines = cache.get(list.id, list) ?? items.items(list.id);
 */
export function createLineCache(changeMark: () => number | undefined, opts: { maxLists?: number; minLines?: number } = {}): LineCache {
  const maxLists = opts.maxLists ?? CACHED_LISTS;
  const minLines = opts.minLines ?? CACHED_MIN_LINES;
  const entries = new Map<number, { key: string; lines: ListItem[] }>();
  let seen = changeMark();
  /** Drops everything when another connection has committed since the last look; false when nothing may be kept. */
  const fresh = () => {
    const now = changeMark();
    if (now !== seen || now === undefined) {
      entries.clear();
      seen = now;
    }
    return now !== undefined;
  };
  return {
    get(listId, state) {
      if (entries.size === 0) return undefined;
      if (!fresh()) return undefined;
      const entry = entries.get(listId);
      if (!entry || entry.key !== stateKey(state)) return undefined;
      // Most recently used last, so the oldest is first to go.
      entries.delete(listId);
      entries.set(listId, entry);
      return entry.lines;
    },
    set(listId, state, lines) {
      const keep = fresh();
      entries.delete(listId);
      if (!keep || lines.length < minLines) return;
      entries.set(listId, { key: stateKey(state), lines });
      if (entries.size > maxLists) entries.delete(entries.keys().next().value!);
    },
    drop: (listId) => void entries.delete(listId),
  };
}
