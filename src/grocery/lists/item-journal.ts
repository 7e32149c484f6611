import type { ItemRepository, UndoInverse } from '../../store/lists/index.js';
import type { ListItem } from './types.js';

export type { UndoInverse };

/** An item repository for one write, with the list's lines as the write leaves them and the write's inverse. */
export interface ItemJournal {
  /** Reads of the list come from the lines in hand; every change goes to the store and is journaled. */
  store: ItemRepository;
  /** The list's lines now, in display order (never modified in place). */
  lines(): ListItem[];
  /** The inverse of everything done through {@link store} so far. */
  inverse(name?: string): UndoInverse;
  /** Lines added or changed that are still on the list, and lines taken off. */
  touched(): { changed: number[]; removed: number[] };
}

/**
 * Wraps `store` for one write on `listId`, whose lines the write has in hand (`lines`, in display
 * order): the lines are not read again, each change is applied to them as well as to the store,
 * and each line's state before its first change is kept for undo.
 */
export function journal(store: ItemRepository, listId: number, lines: readonly ListItem[]): ItemJournal {
  let current: readonly ListItem[] = lines;
  const before = new Map<number, ListItem>();
  const added = new Set<number>();
  /** Keeps a line's state before this write's first change to it (lines the write inserted need none). */
  const keep = (itemId: number) => {
    if (added.has(itemId) || before.has(itemId)) return;
    const line = current.find((l) => l.id === itemId);
    if (line) before.set(itemId, line);
  };
  const items: ItemRepository = {
    items: (id) => (id === listId ? (current as ListItem[]) : store.items(id)),
    insert: (id, item, now) => {
      const line = store.insert(id, item, now);
      // A new line goes last: its position is one past the largest.
      if (id === listId) {
        added.add(line.id);
        current = [...current, line];
      }
      return line;
    },
    update: (item, now) => {
      keep(item.id);
      store.update(item, now);
      current = current.map((l) => (l.id === item.id ? { ...item, updatedAt: now } : l));
    },
    delete: (itemId) => {
      keep(itemId);
      added.delete(itemId);
      store.delete(itemId);
      current = current.filter((l) => l.id !== itemId);
    },
    deleteAll: (id) => {
      if (id === listId) {
        for (const line of current) keep(line.id);
        added.clear();
        current = [];
      }
      store.deleteAll(id);
    },
    restore: store.restore,
    applyInverse: store.applyInverse,
    pushUndo: store.pushUndo,
    peekUndo: store.peekUndo,
    popUndo: store.popUndo,
    changeMark: store.changeMark,
  };
  return {
    store: items,
    lines: () => current as ListItem[],
    inverse: (name) => ({ rows: [...before.values()], added: [...added], ...(name !== undefined ? { name } : {}) }),
    touched: () => {
      const now = new Set(current.map((l) => l.id));
      return { changed: [...added, ...[...before.keys()].filter((id) => now.has(id))], removed: [...before.keys()].filter((id) => !now.has(id)) };
    },
  };
}
