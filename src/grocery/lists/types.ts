/**
 * Shapes of the lists domain: lists, their lines, what callers pass in and what a change reports.
 */
import type { Product } from '../types.js';
import type { ListLineView, ListSnapshot } from '../views.js';
import type { ListItem } from '../../store/lists/index.js';

// Lists, their lines and their roles are what the list repositories store; they are the domain's words too.
export type { ListItem, ListRole, ListSummary } from '../../store/lists/index.js';

/**
 * What the lists need from the catalog: the best product for a name, and products by id.
 * The catalog (`createCatalog(db)`) satisfies it.
 */
export interface ProductLookup {
  bestMatch(name: string, opts?: { brand?: string }): Product | undefined;
  getMany(ids: readonly number[]): Map<number, Product>;
  /**
   * The same object for as long as no product has changed, a new one after: what was worked out
   * from products (a priced list line) holds while it is the same. Left out, nothing is kept.
   */
  epoch?(): object;
}

/** One item to add, as the `add_to_list` tool passes it. Without a quantity it means one. */
export interface AddItemInput {
  name: string;
  quantity?: number;
  unit?: string;
  /** The product the line stands for; `null` keeps it a plain line ("milk" while "Which milk?" is asked). */
  productId?: number | null;
  brand?: string;
  note?: string;
}

/** One item to take off: all of it, or `quantity` (in `unit`, or the line's own unit) of it. */
export interface RemoveItemInput {
  name: string;
  quantity?: number;
  unit?: string;
}

/** Changes to one line; fields left out stay as they are, `null` clears note/brand/product. */
export interface UpdateItemInput {
  quantity?: number;
  unit?: string | null;
  productId?: number | null;
  note?: string | null;
  brand?: string | null;
}

/** What happened to one requested item. */
export interface ItemOutcome {
  name: string;
  action: 'added' | 'merged' | 'separate' | 'removed' | 'reduced' | 'updated' | 'replaced' | 'checked' | 'unchecked' | 'not_on_list';
  itemId: number | null;
  productId: number | null;
  /** The line's quantity after the change, as text ("3 lb"); absent when the line is gone. */
  quantityText?: string;
  quantity?: number;
  unit?: string | null;
}

/** The result of every write: what changed, the new version and a description for undo and replies. */
export interface ListChange {
  listId: number;
  listName: string;
  version: number;
  /** e.g. "added milk and eggs". */
  description: string;
  items: ItemOutcome[];
  /** Things worth telling the user ("2 gal and 3 lb of milk can't be added up, so they're on separate lines"). */
  notes: string[];
  /** Lists this change touched, for "list changed" events. */
  changedListIds: number[];
  /** The lines the change added or changed (`changed`) and took off (`removed`); absent when it redid the whole list. */
  lines?: { changed: number[]; removed: number[] };
}

/** A line of the view, with what the snapshot shows plus the stored details. */
export interface ListViewLine extends ListLineView {
  itemName: string;
  quantity: number;
  unit: string | null;
  brand: string | null;
  product: Product | null;
  /** How many packages the price estimate counts. */
  packages: number;
}

/** A list grouped by aisle in store order; a {@link ListSnapshot} with richer lines. */
export interface ListView extends ListSnapshot {
  version: number;
  groups: { aisle: string; lines: ListViewLine[] }[];
}
