/**
 * Shapes shared across the grocery domain. Money is always integer cents; unit prices are
 * integer millicents (1/1000 of a cent) per unit so that "2.7¢/fl oz" survives rounding.
 */

/** A product as the rest of the system sees it. */
export interface Product {
  id: number;
  sku: string | null;
  name: string;
  brand: string | null;
  isStoreBrand: boolean;
  /** Fine-grained category, e.g. "milk", "eggs", "laundry detergent". Substitutes come from the same one. */
  category: string;
  department: { slug: string; name: string; storeOrder: number };
  aisle: { code: string; name: string; storeOrder: number } | null;
  /** Package size, e.g. { value: 1, unit: 'gal', text: '1 gal' }. */
  size: { value: number; unit: string; text: string } | null;
  packCount: number;
  priceCents: number;
  /** The price before a rollback, when one is running. */
  wasPriceCents: number | null;
  unitPrice: { millicents: number; unit: string } | null;
  inStock: boolean;
  rating: number | null;
  reviewCount: number;
  /** e.g. ['vegetarian', 'vegan', 'gluten_free', 'dairy_free', 'organic'] */
  dietFlags: string[];
  /** e.g. ['peanuts', 'tree_nuts', 'milk', 'egg', 'wheat', 'soy', 'fish', 'shellfish', 'sesame'] */
  allergens: string[];
  popularity: number;
  source: string;
}

/** A source of the current time, so rules about "the last 30 days" are testable. */
export type Clock = () => number;

/** The real clock. */
export const systemClock: Clock = () => Date.now();

export const DAY_MS = 24 * 60 * 60 * 1000;
