/**
 * One row of the demo store's data tables: a category with the brands that sell it, their
 * product lines and the package sizes. Every line is sold in every size unless the line names
 * its own sizes after an "@" ("Chocolate Sandwich Cookies@13.29 oz/18.12 oz"). A line sold in
 * something the category's price can't speak for (a count of taco shells in a category priced by
 * the ounce of seasoning, 120 dog waste bags where the price is for one dog toy) names its own
 * shelf price for its first size after an "=" ("Crunchy Taco Shells@12 ct=2.48"); the generator
 * refuses a line that needs one and has none.
 */
export interface ProductTemplate {
  /** The word people say for it: "milk", "eggs", "laundry detergent". */
  category: string;
  /** Aisle code from the floor plan (departments.ts); the department follows from it. */
  aisle: string;
  /** Typical shelf price in dollars of the first size from a national brand. */
  price: number;
  /** Package sizes, smallest or most common first: "1 gal", "64 fl oz", "12 ct", "each". */
  sizes: string[];
  /** Brand -> product lines. The empty brand '' is for unbranded produce and meat. */
  lines: Record<string, string[]>;
  /** Space-separated diet flags every product in the category has. */
  diet?: string;
  /** Space-separated allergens every product in the category contains. */
  allergens?: string;
  /** Other words people use for the category ("oj", "tp"). */
  aliases?: string[];
  /** 1-100: how often people buy it; popular categories float to the top of searches. */
  popularity?: number;
  /** Fresh food changes price more often than shelf-stable goods. */
  volatile?: boolean;
  /** Ounces one piece weighs ("each"), so a piece and a bag by the pound are priced alike. */
  eachOz?: number;
}

/** Brands the demo store owns; they get the `is_store_brand` flag and lower prices. */
export const STORE_BRANDS: ReadonlySet<string> = new Set([
  'Great Value', 'Equate', 'Marketside', 'Freshness Guaranteed', "Sam's Choice", "Parent's Choice", 'Mainstays',
  'bettergoods', 'Special Kitty', "Ol' Roy", 'Pure Balance', 'Clear American', 'Spring Valley', 'Prima Della',
]);
