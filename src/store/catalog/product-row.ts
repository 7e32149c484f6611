import type { Product } from '../../grocery/types.js';

/** A `products` row joined with its department and aisle, as {@link PRODUCT_SELECT} returns it. */
export interface ProductRow {
  id: number;
  sku: string | null;
  name: string;
  brand: string | null;
  is_store_brand: number;
  category: string;
  size_value: number | null;
  size_unit: string | null;
  size_text: string | null;
  pack_count: number;
  price_cents: number;
  was_price_cents: number | null;
  unit_price_millicents: number | null;
  unit_price_unit: string | null;
  in_stock: number;
  rating: number | null;
  review_count: number;
  diet_flags: string;
  allergens: string;
  popularity: number;
  source: string;
  dept_slug: string;
  dept_name: string;
  dept_order: number;
  aisle_code: string | null;
  aisle_name: string | null;
  aisle_order: number | null;
}

/** The SELECT ... FROM ... JOIN every product read uses, so the row shape lives in one place. */
export const PRODUCT_SELECT = `
SELECT p.id, p.sku, p.name, p.brand, p.is_store_brand, p.category, p.size_value, p.size_unit, p.size_text,
       p.pack_count, p.price_cents, p.was_price_cents, p.unit_price_millicents, p.unit_price_unit, p.in_stock,
       p.rating, p.review_count, p.diet_flags, p.allergens, p.popularity, p.source,
       d.slug AS dept_slug, d.name AS dept_name, d.store_order AS dept_order,
       a.code AS aisle_code, a.name AS aisle_name, a.store_order AS aisle_order
FROM products p
JOIN departments d ON d.id = p.department_id
LEFT JOIN aisles a ON a.id = p.aisle_id`;

/** Splits the space-separated flag columns (`diet_flags`, `allergens`). */
export function splitFlags(text: string): string[] {
  return text ? text.split(' ').filter(Boolean) : [];
}

/** Joins flags for storage: lower-case, de-duplicated, space-separated. */
export function joinFlags(flags: readonly string[] | undefined): string {
  if (!flags) return '';
  return [...new Set(flags.map((f) => f.trim().toLowerCase().replace(/[\s-]+/g, '_')).filter(Boolean))].join(' ');
}

/** The one mapping from a database row to the {@link Product} the rest of the system sees. */
export function rowToProduct(r: ProductRow): Product {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    brand: r.brand,
    isStoreBrand: r.is_store_brand === 1,
    category: r.category,
    department: { slug: r.dept_slug, name: r.dept_name, storeOrder: r.dept_order },
    aisle: r.aisle_code !== null ? { code: r.aisle_code, name: r.aisle_name ?? '', storeOrder: r.aisle_order ?? 0 } : null,
    size:
      r.size_value !== null && r.size_unit !== null
        ? { value: r.size_value, unit: r.size_unit, text: r.size_text ?? `${r.size_value} ${r.size_unit}` }
        : null,
    packCount: r.pack_count,
    priceCents: r.price_cents,
    wasPriceCents: r.was_price_cents,
    unitPrice:
      r.unit_price_millicents !== null && r.unit_price_unit !== null
        ? { millicents: r.unit_price_millicents, unit: r.unit_price_unit }
        : null,
    inStock: r.in_stock === 1,
    rating: r.rating,
    reviewCount: r.review_count,
    dietFlags: splitFlags(r.diet_flags),
    allergens: splitFlags(r.allergens),
    popularity: r.popularity,
    source: r.source,
  };
}
