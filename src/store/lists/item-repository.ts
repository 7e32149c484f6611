import type { SqlConnection } from '../sql.js';
import type { ListItem, ListSnapshotRecord, NewListItem, UndoInverse } from './types.js';

/** A list's lines and its undo stack (`list_items`, `list_undo`). */
export interface ItemRepository {
  /** The list's lines in display order. */
  items(listId: number): ListItem[];
  /** One line of the list as stored, or undefined when it is not on it. */
  line(listId: number, itemId: number): ListItem | undefined;
  insert(listId: number, item: NewListItem, now: number): ListItem;
  update(item: ListItem, now: number): void;
  delete(itemId: number): void;
  deleteAll(listId: number): void;
  /** Puts back exactly the given lines (same ids, positions and times), and only them. */
  restore(listId: number, items: readonly ListItem[]): void;
  /** Takes one change back: its inserted lines go, the lines it changed or deleted return as they were. */
  applyInverse(listId: number, inverse: UndoInverse): void;
  /** Records how to take a change back; keeps the newest `keep` entries of the list. */
  pushUndo(listId: number, userId: number, description: string, inverse: UndoInverse, now: number, keep: number): void;
  /** Who made the newest undo entry (null when they are gone) and what it did, without taking it. */
  peekUndo(listId: number): { userId: number | null; description: string } | undefined;
  /** Takes the newest undo entry off the stack: an inverse, or (made before migration 011) a copy of the whole list. */
  popUndo(listId: number): ({ description: string } & ({ inverse: UndoInverse } | { snapshot: ListSnapshotRecord })) | undefined;
  /**
   * A number that changes whenever another connection (another process, the CLI) commits, so
   * lines kept in memory can be dropped; undefined when the engine cannot tell, and then nothing
   * read may be kept.
   */
  changeMark(): number | undefined;
}

interface ItemRow {
  id: number;
  list_id: number;
  product_id: number | null;
  name: string;
  quantity: number;
  unit: string | null;
  brand: string | null;
  note: string | null;
  checked: number;
  added_by: number | null;
  position: number;
  created_at: number;
  updated_at: number;
}

const ITEM_COLUMNS = 'id, list_id, product_id, name, quantity, unit, brand, note, checked, added_by, position, created_at, updated_at';

function toItem(r: ItemRow): ListItem {
  return {
    id: r.id,
    listId: r.list_id,
    productId: r.product_id,
    name: r.name,
    quantity: r.quantity,
    unit: r.unit,
    brand: r.brand,
    note: r.note,
    checked: r.checked === 1,
    addedBy: r.added_by,
    position: r.position,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A line's values in the order `restoreRow` binds them. */
function restoreParams(i: ListItem, listId: number): unknown[] {
  return [i.id, listId, i.productId, i.name, i.quantity, i.unit, i.brand, i.note, i.checked ? 1 : 0, i.addedBy, i.position, i.createdAt, i.updatedAt];
}

/**
 * The item repository over a connection.
 *
 * @example
 * const items = createItemRepository(sqliteConnection(db));
 * items.insert(listId, { name: 'milk', quantity: 1, unit: 'gal', productId: null, brand: null, note: null, addedBy: userId }, Date.now());
 */
export function createItemRepository(conn: SqlConnection): ItemRepository {
  // The index list_items_order (list_id, position, id) hands the lines over in display order: no sort.
  const items = conn.statement<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM list_items WHERE list_id = ? ORDER BY position, id`);
  const line = conn.statement<ItemRow>(`SELECT ${ITEM_COLUMNS} FROM list_items WHERE id = ? AND list_id = ?`);
  // Positional parameters, and the position worked out in the insert: binding thirteen values by
  // name and a separate MAX(position) read cost more than the insert itself.
  const insert = conn.statement<{ id: number; position: number }>(
    `INSERT INTO list_items (list_id, product_id, name, quantity, unit, brand, note, checked, added_by, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM list_items WHERE list_id = ?), ?, ?)
     RETURNING id, position`,
  );
  // Undo puts back lines whose product or author may have been deleted since; those links go.
  // No table refers to list_items, so updating a line still there is the same as replacing it.
  const restoreRow = conn.statement(
    `INSERT INTO list_items (id, list_id, product_id, name, quantity, unit, brand, note, checked, added_by, position, created_at, updated_at)
     VALUES (?, ?, (SELECT id FROM products WHERE id = ?), ?, ?, ?, ?, ?, ?, (SELECT id FROM users WHERE id = ?), ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET list_id = excluded.list_id, product_id = excluded.product_id, name = excluded.name,
       quantity = excluded.quantity, unit = excluded.unit, brand = excluded.brand, note = excluded.note, checked = excluded.checked,
       added_by = excluded.added_by, position = excluded.position, created_at = excluded.created_at, updated_at = excluded.updated_at`,
  );
  const update = conn.statement(
    `UPDATE list_items SET product_id = ?, name = ?, quantity = ?, unit = ?, brand = ?, note = ?, checked = ?, updated_at = ?
     WHERE id = ?`,
  );
  const del = conn.statement('DELETE FROM list_items WHERE id = ?');
  const delOn = conn.statement('DELETE FROM list_items WHERE id = ? AND list_id = ?');
  const delAll = conn.statement('DELETE FROM list_items WHERE list_id = ?');
  const pushUndo = conn.statement('INSERT INTO list_undo (list_id, user_id, description, inverse, created_at) VALUES (?, ?, ?, ?, ?)');
  // Everything at or below the oldest entry kept: two index range reads, not a scan of the stack.
  const pruneUndo = conn.statement(
    `DELETE FROM list_undo WHERE list_id = ? AND id <=
       (SELECT id FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  );
  const lastUndo = conn.statement<{ id: number; description: string; snapshot: string | null; inverse: string | null }>(
    'SELECT id, description, snapshot, inverse FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1',
  );
  const delUndo = conn.statement('DELETE FROM list_undo WHERE id = ?');
  const undoAuthor = conn.statement<{ user_id: number | null; description: string }>(
    'SELECT user_id, description FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1',
  );
  // SQLite counts commits by other connections to the file; PostgreSQL has no such counter for a
  // session, so there nothing is kept (several instances write the same database).
  const dataVersion = conn.dialect === 'sqlite' ? conn.statement('PRAGMA data_version') : undefined;

  return {
    items: (listId) => items.all(listId).map(toItem),
    line: (listId, itemId) => {
      const row = line.get(itemId, listId);
      return row ? toItem(row) : undefined;
    },
    insert: (listId, item, now) => {
      const { id, position } = insert.get(listId, item.productId, item.name, item.quantity, item.unit, item.brand, item.note, item.addedBy, listId, now, now)!;
      return { ...item, listId, checked: false, position, createdAt: now, updatedAt: now, id };
    },
    update: (item, now) =>
      void update.run(item.productId, item.name, item.quantity, item.unit, item.brand, item.note, item.checked ? 1 : 0, now, item.id),
    delete: (itemId) => void del.run(itemId),
    deleteAll: (listId) => void delAll.run(listId),
    restore: (listId, rows) => {
      delAll.run(listId);
      for (const row of rows) restoreRow.run(...restoreParams(row, listId));
    },
    applyInverse: (listId, inverse) => {
      for (const id of inverse.added) delOn.run(id, listId);
      for (const row of inverse.rows) restoreRow.run(...restoreParams(row, listId));
    },
    pushUndo: (listId, userId, description, inverse, now, keep) => {
      pushUndo.run(listId, userId, description, JSON.stringify(inverse), now);
      pruneUndo.run(listId, listId, keep);
    },
    peekUndo: (listId) => {
      const row = undoAuthor.get(listId);
      return row ? { userId: row.user_id, description: row.description } : undefined;
    },
    popUndo: (listId) => {
      const row = lastUndo.get(listId);
      if (!row) return undefined;
      delUndo.run(row.id);
      if (row.inverse !== null) return { description: row.description, inverse: JSON.parse(row.inverse) as UndoInverse };
      return { description: row.description, snapshot: JSON.parse(row.snapshot!) as ListSnapshotRecord };
    },
    changeMark: () => dataVersion?.value<number>(),
  };
}
