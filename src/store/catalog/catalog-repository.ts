import type { Product } from '../../grocery/types.js';
import type { SqlConnection } from '../sql.js';
import { PRODUCT_SELECT, rowToProduct, type ProductRow } from './product-row.js';
import { createProductSearch, type ProductSearchReads } from './product-search.js';
import { createProductWriter, type ProductWriter } from './product-writer.js';

/** What a product is called, as the word lists for typo tolerance and free-text reading need it. */
export interface ProductText {
  name: string;
  brand: string | null;
  category: string;
}

/** The catalog's words: the raw material of the lexicon and the vocabulary. */
export interface CatalogWords {
  /** Name, brand and category of every product. */
  productTexts(): ProductText[];
  /** Every category once, in binary (code point) order. */
  categories(): string[];
  /** Every brand once, in binary order. */
  brands(): string[];
  /** Every product alias once. */
  aliases(): string[];
  /** Synonym pairs as stored: [term, synonym]. */
  synonyms(): [string, string][];
}

/**
 * The product catalog's storage: products by id, the reads search is made of, the words the
 * lexicon is built from, and product writes.
 */
export interface CatalogRepository extends ProductSearchReads, CatalogWords, ProductWriter {
  product(id: number): Product | undefined;
  /**
   * The products with these ids (unknown ids are left out). `padTo` pads the id list with an
   * impossible id to that many, so the statements for a few fixed sizes are all that get prepared.
   */
  products(ids: readonly number[], padTo?: number): Map<number, Product>;
}

/** Ids per statement when reading many products: under SQLite's parameter limit, and few enough to cache. */
const CHUNK = 100;

/**
 * The {@link CatalogRepository} over a migrated database (SQLite: migrations 001-006; PostgreSQL:
 * migrations 001-002, whose `products.search` document search reads).
 *
 * @example
 * const catalog = createCatalog(createCatalogRepository(sqliteConnection(db)));
 */
export function createCatalogRepository(conn: SqlConnection): CatalogRepository {
  const byId = conn.statement<ProductRow>(`${PRODUCT_SELECT} WHERE p.id = ?`);
  // Binary order on both engines (PostgreSQL would otherwise sort by the database's locale).
  const binary = conn.dialect === 'sqlite' ? (col: string) => col : (col: string) => `${col} COLLATE "C" AS ${col}`;
  const productTexts = conn.statement<ProductText>('SELECT name, brand, category FROM products');
  const categories = conn.statement(`SELECT DISTINCT ${binary('category')} FROM products ORDER BY category`);
  const brands = conn.statement(`SELECT DISTINCT ${binary('brand')} FROM products WHERE brand IS NOT NULL ORDER BY brand`);
  const aliases = conn.statement('SELECT DISTINCT alias FROM product_aliases');
  const synonyms = conn.statement<{ term: string; synonym: string }>('SELECT term, synonym FROM synonyms');
  const writer = createProductWriter(conn);
  return {
    ...createProductSearch(conn),
    product(id) {
      const row = byId.get(id);
      return row ? rowToProduct(row) : undefined;
    },
    products(ids, padTo = 0) {
      const out = new Map<number, Product>();
      for (let i = 0; i < ids.length; i += CHUNK) {
        const chunk = ids.slice(i, i + CHUNK);
        while (chunk.length < padTo && chunk.length < CHUNK) chunk.push(-1);
        const rows = conn.statement<ProductRow>(`${PRODUCT_SELECT} WHERE p.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk);
        for (const r of rows) out.set(r.id, rowToProduct(r));
      }
      return out;
    },
    productTexts: () => productTexts.all(),
    categories: () => categories.values<string>(),
    brands: () => brands.values<string>(),
    aliases: () => aliases.values<string>(),
    synonyms: () => synonyms.all().map((r) => [r.term, r.synonym]),
    saveProducts: (records, opts) => writer.saveProducts(records, opts),
  };
}
