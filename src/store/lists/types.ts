/**
 * What the list repositories store and hand back, in domain terms. The lists domain
 * (src/grocery/lists) re-exports these as its own types: they are defined here so the store
 * never imports from the domain above it.
 */

/** How a member relates to a list: the owner may rename and delete it; editors change items. */
export type ListRole = 'owner' | 'editor';

/** A list as one member sees it. */
export interface ListSummary {
  id: number;
  name: string;
  ownerId: number;
  role: ListRole;
  isDefault: boolean;
  /** Bumped by every change, so callers can tell viewers a list changed. */
  version: number;
  itemCount: number;
  shareCode: string | null;
  updatedAt: number;
}

/** One line on a list, as stored. `quantity`/`unit` are the amount in a canonical unit (none for a count). */
export interface ListItem {
  id: number;
  listId: number;
  productId: number | null;
  name: string;
  quantity: number;
  unit: string | null;
  brand: string | null;
  note: string | null;
  checked: boolean;
  addedBy: number | null;
  position: number;
  createdAt: number;
  updatedAt: number;
}

/** The fields a new line needs; the repository assigns id and position. */
export type NewListItem = Omit<ListItem, 'id' | 'position' | 'createdAt' | 'updatedAt' | 'checked' | 'listId'>;

/** One person on a list, as stored. */
export interface ListMemberRecord {
  userId: number;
  role: ListRole;
  displayName: string | null;
  joinedAt: number;
}

/**
 * What undo needs to take one change back, and nothing more: the lines the change updated or
 * deleted as they were before it, the ids of the lines it inserted, and the list's name when the
 * change renamed it. An add to a 200-line list stores one id, not 200 lines.
 */
export interface UndoInverse {
  /** Lines to put back exactly as they were (same ids, positions and times). */
  rows: ListItem[];
  /** Lines the change inserted, to take off again. */
  added: number[];
  /** The list's name before a rename. */
  name?: string;
}

/** What undo stored before migration 011: the list's name and every line, exactly as they were. */
export interface ListSnapshotRecord {
  name: string;
  items: ListItem[];
}
