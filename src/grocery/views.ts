/**
 * Channel-neutral views the domain hands up to the agent and the channels. They live here, below
 * the agent, so tools and the domain can build them without importing upwards.
 */

/** One thing the user can pick instead of typing. `value` is sent back as the user's next message. */
export interface Choice {
  label: string;
  value: string;
  /** When the pick is a product: what a page draws it with (channels that only show `label` ignore it). */
  product?: ProductCardView;
}

/** A product as a compact card: name, size, price, unit price and a deal badge. */
export interface ProductCardView {
  productId: number;
  name: string;
  sizeText: string | null;
  priceCents: number;
  unitPriceText: string | null;
  /** The price before a running rollback. */
  wasPriceCents: number | null;
  /** "Rollback", "25% off", "Lowest in 90 days"; absent without a deal. */
  badge?: string;
  inStock: boolean;
}

/** A line of a rendered list, for channels that draw lists themselves (the web demo page). */
export interface ListLineView {
  id: number;
  /** The product's name, or what the person wrote when no product matched. */
  name: string;
  /** The amount as the person said it ("2 gal", "12"). */
  quantityText: string;
  productId: number | null;
  /** What the line costs: the product's price times the packages to buy. */
  priceCents: number | null;
  checked: boolean;
  note: string | null;
  /** What the person called it ("eggs"). */
  itemName?: string;
  /** The product's package size ("12 ct"), its unit price ("21¢/ct") and its price before a rollback. */
  sizeText?: string | null;
  unitPriceText?: string | null;
  wasPriceCents?: number | null;
  /** Packages to buy (what a quantity button shows and changes). */
  packages?: number;
  /** "for 3 lb" when the packages hold more than was asked for; empty when they are exactly it. */
  amountText?: string;
}

/** A list grouped by aisle in store order, for channels that draw lists themselves. */
export interface ListSnapshot {
  id: number;
  name: string;
  /** Bumped by every change; a {@link ListDelta} applies to the snapshot of its `baseVersion`. */
  version?: number;
  groups: { aisle: string; lines: ListLineView[] }[];
  estimatedTotalCents: number;
  unmatchedCount: number;
  itemCount: number;
}


/**
 * One change to a list, for channels that keep the list drawn: each line the change added or
 * changed, with its aisle and the line it now follows there; the lines it took off; and the
 * list's new order of aisles and totals. It applies to the snapshot of `baseVersion` only; a
 * client holding another version asks for the whole list. A change to one line of a 200-line
 * list carries that one line.
 */
export interface ListDelta {
  id: number;
  name: string;
  baseVersion: number;
  version: number;
  /** Every aisle of the list after the change, in store order. */
  aisles: string[];
  /** Lines added or changed, in list order: each goes in `aisle` right after the line `after` (first when null). */
  lines: { aisle: string; after: number | null; line: ListLineView }[];
  /** Ids of the lines the change took off. */
  removed: number[];
  estimatedTotalCents: number;
  unmatchedCount: number;
  itemCount: number;
}
