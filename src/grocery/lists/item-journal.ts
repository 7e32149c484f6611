import type { ItemRepository, UndoInverse } from '../../store/lists/index.js';
import { carryIndex, inListOrder } from './line-index.js';
import { carryShelving } from './list-shelves.js';
import type { ListItem, ProductLookup } from './types.js';

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
 * order): the lines are not read again, each change is applied to them as well as to the store
 * (and to their index and shelving, priced through `products`: see line-index.ts,
 * list-shelves.ts), and each line's state before its first change is kept for undo.
 */
export function journal(store: ItemRepository, listId: number, lines: readonly ListItem[], products: ProductLookup): ItemJournal {
  let current: readonly ListItem[] = lines;
  const before = new Map<number, ListItem>();
  const added = new Set<number>();
  const removed = new Set<number>();
  /** The lines are now `next`: `gone` came off and `come` went on. */
  const step = (next: readonly ListItem[], gone: readonly ListItem[], come: readonly ListItem[]) => {
    carryIndex(current, next, gone, come);
    carryShelving(current, next, gone, come, products);
    current = next;
  };
  /** Keeps a line's state before this write's first change to it (lines the write inserted need none). */
  const keep = (line: ListItem) => {
    if (!added.has(line.id) && !before.has(line.id)) before.set(line.id, line);
  };
  const items: ItemRepository = {
    items: (id) => (id === listId ? (current as ListItem[]) : store.items(id)),
    line: (id, itemId) => (id === listId ? current.find((l) => l.id === itemId) : store.line(id, itemId)),
    insert: (id, item, now) => {
      const line = store.insert(id, item, now);
      // A new line goes last: its position is one past the largest.
      if (id === listId) {
        added.add(line.id);
        step([...current, line], [], [line]);
      }
      return line;
    },
    update: (item, now) => {
      store.update(item, now);
      const i = current.findIndex((l) => l.id === item.id);
      if (i < 0) return;
      keep(current[i]!);
      const next = current.slice();
      next[i] = { ...item, updatedAt: now };
      step(next, [current[i]!], [next[i]!]);
    },
    delete: (itemId) => {
      store.delete(itemId);
      const i = current.findIndex((l) => l.id === itemId);
      if (i < 0) return;
      keep(current[i]!);
      if (!added.delete(itemId)) removed.add(itemId);
      step(current.filter((_, k) => k !== i), [current[i]!], []);
    },
    deleteAll: (id) => {
      if (id === listId) {
        for (const line of current) {
          keep(line);
          if (!added.has(line.id)) removed.add(line.id);
        }
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
    touched: () => ({ changed: [...added, ...[...before.keys()].filter((id) => !removed.has(id))], removed: [...removed] }),
  };
}

/**
 * The lines after undo applied `inverse` to the store, worked out from the lines before it
 * (`lines`, in display order) and the restored lines as now stored (`read`): the lines it added
 * come off, the ones it changed or took off are back in their places, and the index and
 * shelving of the lines before are carried over with just those lines.
 */
export function linesAfterUndo(
  lines: readonly ListItem[],
  inverse: UndoInverse,
  read: (itemId: number) => ListItem | undefined,
  products: ProductLookup,
): ListItem[] {
  const touched = new Set([...inverse.added, ...inverse.rows.map((r) => r.id)]);
  const gone = lines.filter((l) => touched.has(l.id));
  const come = inverse.rows.flatMap((r) => read(r.id) ?? []).sort(inListOrder);
  const next = lines.filter((l) => !touched.has(l.id));
  for (const line of come) {
    let lo = 0;
    let hi = next.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (inListOrder(next[mid]!, line) < 0) lo = mid + 1;
      else hi = mid;
    }
    next.splice(lo, 0, line);
  }
  carryIndex(lines, next, gone, come);
  carryShelving(lines, next, gone, come, products);
  return next;
}
