import type { Db } from '../../store/database.js';
import type { UndoInverse } from './item-journal.js';
import type { ListItem } from './types.js';

/** The fields a new line needs; the store assigns id and position. */
export type NewListItem = Omit<ListItem, 'id' | 'position' | 'createdAt' | 'updatedAt' | 'checked' | 'listId'>;

/** What undo stored before migration 011: the list's name and every line, exactly as they were. */
export interface ListSnapshotRecord {
  name: string;
  items: ListItem[];
}

/** SQL over `list_items` and `list_undo`. */
export interface ItemStore {
  items(listId: number): ListItem[];
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
}

/** The columns a line is read from, in the order {@link toItem} takes them. */
const ITEM_COLUMNS = ['id', 'list_id', 'product_id', 'name', 'quantity', 'unit', 'brand', 'note', 'checked', 'added_by', 'position', 'created_at', 'updated_at'] as const;

/** A `list_items` row read as an array of {@link ITEM_COLUMNS}. */
function toItem(v: unknown[]): ListItem {
  return {
    id: v[0] as number,
    listId: v[1] as number,
    productId: v[2] as number | null,
    name: v[3] as string,
    quantity: v[4] as number,
    unit: v[5] as string | null,
    brand: v[6] as string | null,
    note: v[7] as string | null,
    checked: v[8] === 1,
    addedBy: v[9] as number | null,
    position: v[10] as number,
    createdAt: v[11] as number,
    updatedAt: v[12] as number,
  };
}

function toParams(i: Omit<ListItem, 'id'> & { id: number | null }) {
  return {
    id: i.id,
    list_id: i.listId,
    product_id: i.productId,
    name: i.name,
    quantity: i.quantity,
    unit: i.unit,
    brand: i.brand,
    note: i.note,
    checked: i.checked ? 1 : 0,
    added_by: i.addedBy,
    position: i.position,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

/** The SQLite item store. */
export function createItemStore(db: Db): ItemStore {
  // Read as arrays: a row object per line costs a third more, and every tool call reads the lines.
  // The index list_items_order (list_id, position, id) hands the lines over in display order: no sort.
  const items = db
    .prepare<[number], unknown[]>(`SELECT ${ITEM_COLUMNS.join(', ')} FROM list_items WHERE list_id = ? ORDER BY position, id`)
    .raw(true);
  // Positional parameters, and the position worked out in the insert: binding thirteen values by
  // name and a separate MAX(position) read cost more than the insert itself.
  const insert = db.prepare<
    [number, number | null, string, number, string | null, string | null, string | null, number | null, number, number, number],
    { id: number; position: number }
  >(
    `INSERT INTO list_items (list_id, product_id, name, quantity, unit, brand, note, checked, added_by, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM list_items WHERE list_id = ?), ?, ?)
     RETURNING id, position`,
  );
  // Undo puts back lines whose product or author may have been deleted since; those links go.
  const restoreRow = db.prepare<ReturnType<typeof toParams>>(
    `INSERT OR REPLACE INTO list_items (id, list_id, product_id, name, quantity, unit, brand, note, checked, added_by, position, created_at, updated_at)
     VALUES (@id, @list_id, (SELECT id FROM products WHERE id = @product_id), @name, @quantity, @unit, @brand, @note, @checked,
             (SELECT id FROM users WHERE id = @added_by), @position, @created_at, @updated_at)`,
  );
  const update = db.prepare<[number | null, string, number, string | null, string | null, string | null, number, number, number]>(
    `UPDATE list_items SET product_id = ?, name = ?, quantity = ?, unit = ?, brand = ?, note = ?, checked = ?, updated_at = ?
     WHERE id = ?`,
  );
  const del = db.prepare<[number]>('DELETE FROM list_items WHERE id = ?');
  const delOn = db.prepare<[number, number]>('DELETE FROM list_items WHERE id = ? AND list_id = ?');
  const delAll = db.prepare<[number]>('DELETE FROM list_items WHERE list_id = ?');
  const pushUndo = db.prepare<[number, number, string, string, number]>(
    'INSERT INTO list_undo (list_id, user_id, description, inverse, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  // Everything at or below the oldest entry kept: two index range reads, not a scan of the stack.
  const pruneUndo = db.prepare<[number, number, number]>(
    `DELETE FROM list_undo WHERE list_id = ? AND id <=
       (SELECT id FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
  );
  const lastUndo = db.prepare<[number], { id: number; description: string; snapshot: string | null; inverse: string | null }>(
    'SELECT id, description, snapshot, inverse FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1',
  );
  const delUndo = db.prepare<[number]>('DELETE FROM list_undo WHERE id = ?');
  const undoAuthor = db.prepare<[number], { user_id: number | null; description: string }>(
    'SELECT user_id, description FROM list_undo WHERE list_id = ? ORDER BY id DESC LIMIT 1',
  );

  return {
    items: (listId) => items.all(listId).map(toItem),
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
      for (const row of rows) restoreRow.run(toParams({ ...row, listId }));
    },
    applyInverse: (listId, inverse) => {
      for (const id of inverse.added) delOn.run(id, listId);
      for (const row of inverse.rows) restoreRow.run(toParams({ ...row, listId }));
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
  };
}
