/**
 * Channel-neutral views the domain hands up to the agent and the channels. They live here, below
 * the agent, so tools and the domain can build them without importing upwards.
 */

/** One thing the user can pick instead of typing. `value` is sent back as the user's next message. */
export interface Choice {
  label: string;
  value: string;
}

/** A line of a rendered list, for channels that draw lists themselves (the web demo page). */
export interface ListLineView {
  id: number;
  name: string;
  quantityText: string;
  productId: number | null;
  priceCents: number | null;
  checked: boolean;
  note: string | null;
}

/** A list grouped by aisle in store order, for channels that draw lists themselves. */
export interface ListSnapshot {
  id: number;
  name: string;
  groups: { aisle: string; lines: ListLineView[] }[];
  estimatedTotalCents: number;
  unmatchedCount: number;
  itemCount: number;
}

