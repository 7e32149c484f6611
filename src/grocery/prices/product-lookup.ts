import type { Db } from '../../store/database.js';
import { prepared } from '../../store/prepared.js';
import { PRODUCT_SELECT, rowToProduct, type ProductRow } from '../catalog/index.js';
import type { Product } from '../types.js';

/**
 * Reads products by id through the catalog's one row-to-Product mapping. Kept in one place so
 * prices, deals, substitutes and alerts all see products exactly as the catalog does.
 */
export function loadProducts(db: Db, ids: readonly number[]): Map<number, Product> {
  const out = new Map<number, Product>();
  const unique = [...new Set(ids)];
  // SQLite caps bound parameters; 500 per statement stays well inside every build's limit.
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = prepared(db, `${PRODUCT_SELECT} WHERE p.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ProductRow[];
    for (const r of rows) out.set(r.id, rowToProduct(r));
  }
  return out;
}

/** Every product in a category, through the catalog mapping. */
export function loadCategory(db: Db, category: string): Product[] {
  const rows = prepared(db, `${PRODUCT_SELECT} WHERE p.category = ? ORDER BY p.id`).all(category) as ProductRow[];
  return rows.map(rowToProduct);
}
