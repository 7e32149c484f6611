import type { Product } from '../../grocery/types.js';
import type { SqlConnection } from '../sql.js';
import { PRODUCT_ROW_SELECT, productOf, type ProductRow } from './product-rows.js';

/** What a price refresh needs to know about a product before writing its new price. */
export interface StoredPrice {
  productId: number;
  priceCents: number;
  wasPriceCents: number | null;
  inStock: boolean;
  /** The package size the unit price is worked out from; null when the product has none. */
  size: { value: number; unit: string; text: string | null; packCount: number } | null;
}

/** A product's new shelf price, as a price refresh writes it. */
export interface PriceUpdate {
  priceCents: number;
  wasPriceCents: number | null;
  inStock: boolean;
  unitPrice: { millicents: number; unit: string } | null;
  updatedAt: number;
}

/** Products as prices, deals and substitutes read them, and the price columns a refresh writes. */
export interface PriceRepository {
  /** Products by id (duplicates read once); ids not in the catalog are left out. */
  products(ids: readonly number[]): Map<number, Product>;
  /** Every product of a category (as written), by id. */
  productsInCategory(category: string): Product[];
  /** The price columns of one product, or undefined when it no longer exists. */
  storedPrice(productId: number): StoredPrice | undefined;
  /** Writes a product's price, was-price, stock, unit price and update time. */
  updatePrice(productId: number, update: PriceUpdate): void;
}

/** Ids per `IN (...)`: SQLite caps bound parameters, and 500 stays well inside every build's limit. */
const IDS_PER_READ = 500;

interface StoredPriceRow {
  id: number;
  price_cents: number;
  was_price_cents: number | null;
  in_stock: number;
  size_value: number | null;
  size_unit: string | null;
  size_text: string | null;
  pack_count: number;
}

/**
 * The {@link PriceRepository} over a connection.
 *
 * @example
 * const prices = createPriceRepository(sqliteConnection(db));
 * prices.products([7, 9]).get(7)?.priceCents // 348
 */
export function createPriceRepository(conn: SqlConnection): PriceRepository {
  const inCategory = conn.statement<ProductRow>(`${PRODUCT_ROW_SELECT} WHERE p.category = ? ORDER BY p.id`);
  const stored = conn.statement<StoredPriceRow>(
    `SELECT id, price_cents, was_price_cents, in_stock, size_value, size_unit, size_text, pack_count
     FROM products WHERE id = ?`,
  );
  const update = conn.statement(
    `UPDATE products SET price_cents = ?, was_price_cents = ?, in_stock = ?, unit_price_millicents = ?,
       unit_price_unit = ?, updated_at = ? WHERE id = ?`,
  );
  return {
    products(ids) {
      const out = new Map<number, Product>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += IDS_PER_READ) {
        const chunk = unique.slice(i, i + IDS_PER_READ);
        const rows = conn.statement<ProductRow>(`${PRODUCT_ROW_SELECT} WHERE p.id IN (${chunk.map(() => '?').join(',')}) ORDER BY p.id`).all(...chunk);
        for (const r of rows) out.set(r.id, productOf(r));
      }
      return out;
    },
    productsInCategory: (category) => inCategory.all(category).map(productOf),
    storedPrice(productId) {
      const r = stored.get(productId);
      if (!r) return undefined;
      return {
        productId: r.id,
        priceCents: r.price_cents,
        wasPriceCents: r.was_price_cents,
        inStock: r.in_stock === 1,
        size: r.size_value !== null && r.size_unit !== null ? { value: r.size_value, unit: r.size_unit, text: r.size_text, packCount: r.pack_count } : null,
      };
    },
    updatePrice(productId, u) {
      update.run(u.priceCents, u.wasPriceCents, u.inStock ? 1 : 0, u.unitPrice?.millicents ?? null, u.unitPrice?.unit ?? null, u.updatedAt, productId);
    },
  };
}
