import type { SqlConnection } from '../sql.js';
import { joinFlags } from './product-row.js';

/**
 * A product ready to be written: every column worked out (size parsed, unit price computed,
 * aliases lower-cased and complete) by the catalog, so the repository only stores it.
 */
export interface ProductRecord {
  /** The upsert key when present; without it, name + brand (any case) is the key. */
  sku: string | null;
  name: string;
  brand: string | null;
  isStoreBrand: boolean;
  category: string;
  /** Department slug or name; unknown ones are created. Empty means "Other". */
  department: string | null;
  /** Aisle code; unknown ones are created in the product's department. */
  aisle: string | null;
  sizeValue: number | null;
  sizeUnit: string | null;
  sizeText: string | null;
  packCount: number;
  priceCents: number;
  wasPriceCents: number | null;
  unitPriceMillicents: number | null;
  unitPriceUnit: string | null;
  inStock: boolean;
  rating: number | null;
  reviewCount: number;
  dietFlags: readonly string[];
  allergens: readonly string[];
  popularity: number;
  source: string;
  aliases: readonly string[];
}

/** Options for {@link ProductWriter.saveProducts}. */
export interface UpsertOptions {
  /** Time stamped on the rows and on new price-history points. */
  now: number;
  /** Called every few thousand rows with how many are written so far. */
  onProgress?: (done: number) => void;
}

/** What an upsert changed. */
export interface UpsertResult {
  inserted: number;
  updated: number;
  /** Products whose price changed (each got a price_history point). */
  priceChanges: number;
  /** Product ids in input order. */
  ids: number[];
}

/** Writes products, their aliases and their price history. */
export interface ProductWriter {
  /**
   * Inserts or updates products in one transaction; a new or changed price appends a
   * price-history point at `now`. Give it all rows at once rather than calling it in a loop
   * inside an outer transaction: inside a savepoint every statement makes SQLite's FTS5 sync its
   * index, which turns a large import quadratic.
   */
  saveProducts(records: readonly ProductRecord[], opts: UpsertOptions): UpsertResult;
}

interface Existing {
  id: number;
  price_cents: number;
}

const COLUMNS = `sku, name, brand, is_store_brand, category, department_id, aisle_id, size_value, size_unit, size_text,
  pack_count, price_cents, was_price_cents, unit_price_millicents, unit_price_unit, in_stock, rating, review_count,
  diet_flags, allergens, popularity, source, updated_at`;
const PLACEHOLDERS = COLUMNS.split(',').map(() => '?').join(', ');

/**
 * The {@link ProductWriter} over a connection. On SQLite the FTS index follows through the
 * triggers of migration 002 for product rows and through this code for aliases added to existing
 * products; new products take explicit ids so their aliases go in first and each FTS row is
 * written once, and new rows are indexed together at the end (much faster than per row). On
 * PostgreSQL the search document's triggers (PostgreSQL migration 002) keep it in step, and
 * ids come from the table's identity.
 */
export function createProductWriter(conn: SqlConnection): ProductWriter {
  const sqlite = conn.dialect === 'sqlite';
  const lookups = floorPlanLookups(conn);
  const bySku = conn.statement<Existing>('SELECT id, price_cents FROM products WHERE sku = ?');
  const byName = conn.statement<Existing>(
    sqlite
      ? "SELECT id, price_cents FROM products WHERE name = ? COLLATE NOCASE AND coalesce(brand, '') = ? COLLATE NOCASE AND sku IS NULL"
      : "SELECT id, price_cents FROM products WHERE lower(name) = lower(?) AND lower(coalesce(brand, '')) = lower(?) AND sku IS NULL",
  );
  const insertWithId = sqlite ? conn.statement(`INSERT INTO products (id, ${COLUMNS}) VALUES (?, ${PLACEHOLDERS})`) : undefined;
  const insertReturningId = sqlite ? undefined : conn.statement<{ id: number }>(`INSERT INTO products (${COLUMNS}) VALUES (${PLACEHOLDERS}) RETURNING id`);
  const update = conn.statement(`UPDATE products SET (${COLUMNS}) = (${PLACEHOLDERS}) WHERE id = ?`);
  const history = conn.statement(`INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES (?, ?, ?, ?)
      ON CONFLICT (product_id, observed_at) DO UPDATE SET price_cents = excluded.price_cents, source = excluded.source`);
  const alias = conn.statement('INSERT INTO product_aliases (product_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const fts = sqlite ? sqliteIndexing(conn) : undefined;

  return {
    saveProducts(records, opts) {
      const result: UpsertResult = { inserted: 0, updated: 0, priceChanges: 0, ids: [] };
      conn.transaction(() => {
        const departments = new Map<string, number>();
        const aisles = new Map<string, number>();
        let firstNewId = 0;
        let nextId = 0;
        if (fts) {
          conn.exec('PRAGMA defer_foreign_keys = ON');
          firstNewId = fts.nextId.value<number>()!;
          nextId = firstNewId;
          fts.deferIndex.run();
        }
        for (const row of records) {
          const existing = row.sku ? bySku.get(row.sku) : byName.get(row.name, row.brand ?? '');
          const departmentId = lookups.department(departments, row.department);
          const values = [
            row.sku, row.name, row.brand, row.isStoreBrand ? 1 : 0, row.category, departmentId, lookups.aisle(aisles, row.aisle, departmentId),
            row.sizeValue, row.sizeUnit, row.sizeText, row.packCount, row.priceCents, row.wasPriceCents, row.unitPriceMillicents,
            row.unitPriceUnit, row.inStock ? 1 : 0, row.rating, row.reviewCount, joinFlags(row.dietFlags), joinFlags(row.allergens),
            row.popularity, row.source, opts.now,
          ];
          let id: number;
          if (existing) {
            id = existing.id;
            update.run(...values, id);
            let added = 0;
            for (const a of row.aliases) added += alias.run(id, a).changes;
            if (added && fts) fts.reindexAliases.run(id, id);
            result.updated++;
          } else if (insertWithId) {
            id = nextId++;
            for (const a of row.aliases) alias.run(id, a);
            insertWithId.run(id, ...values);
            result.inserted++;
          } else {
            id = insertReturningId!.get(...values)!.id;
            for (const a of row.aliases) alias.run(id, a);
            result.inserted++;
          }
          if (!existing || existing.price_cents !== row.priceCents) {
            history.run(id, opts.now, row.priceCents, row.source);
            if (existing) result.priceChanges++;
          }
          result.ids.push(id);
          if (opts.onProgress && result.ids.length % 2000 === 0) opts.onProgress(result.ids.length);
        }
        if (fts) {
          fts.indexNew.run(firstNewId, nextId);
          fts.resumeIndex.run();
        }
      });
      return result;
    },
  };
}

/** SQLite's FTS5 bookkeeping around a bulk write (see migration 002). */
function sqliteIndexing(conn: SqlConnection) {
  return {
    nextId: conn.statement('SELECT coalesce(max(id), 0) + 1 AS id FROM products'),
    deferIndex: conn.statement("INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_deferred', '1')"),
    resumeIndex: conn.statement("DELETE FROM meta WHERE key = 'fts_deferred'"),
    indexNew: conn.statement(`INSERT INTO products_fts (rowid, name, brand, category, aliases)
      SELECT p.id, p.name, coalesce(p.brand, ''), p.category,
             coalesce((SELECT group_concat(a.alias, ' ; ') FROM product_aliases a WHERE a.product_id = p.id), '')
      FROM products p WHERE p.id >= ? AND p.id < ? ORDER BY p.id`),
    reindexAliases: conn.statement(`UPDATE products_fts
      SET aliases = coalesce((SELECT group_concat(alias, ' ; ') FROM product_aliases WHERE product_id = ?), '') WHERE rowid = ?`),
  };
}

/** Departments and aisles by name, created when unknown; the caller keeps the per-write caches. */
function floorPlanLookups(conn: SqlConnection) {
  const sqlite = conn.dialect === 'sqlite';
  const findDepartment = conn.statement<{ id: number }>(
    sqlite
      ? 'SELECT id FROM departments WHERE slug = ? COLLATE NOCASE OR name = ? COLLATE NOCASE'
      : 'SELECT id FROM departments WHERE lower(slug) = lower(?) OR lower(name) = lower(?)',
  );
  const insertDepartment = conn.statement<{ id: number }>(
    'INSERT INTO departments (slug, name, store_order) VALUES (?, ?, (SELECT coalesce(max(store_order), 0) + 10 FROM departments)) RETURNING id',
  );
  const findAisle = conn.statement<{ id: number }>(
    sqlite ? 'SELECT id FROM aisles WHERE code = ? COLLATE NOCASE' : 'SELECT id FROM aisles WHERE lower(code) = lower(?)',
  );
  const insertAisle = conn.statement<{ id: number }>(
    'INSERT INTO aisles (department_id, code, name, store_order) VALUES (?, ?, ?, (SELECT coalesce(max(store_order), 0) + 10 FROM aisles)) RETURNING id',
  );
  return {
    department(cache: Map<string, number>, name: string | null): number {
      const label = name?.trim() || 'Other';
      const cached = cache.get(label.toLowerCase());
      if (cached) return cached;
      const id = findDepartment.get(label, label)?.id ?? insertDepartment.get(slugify(label), titleCase(label))!.id;
      cache.set(label.toLowerCase(), id);
      return id;
    },
    aisle(cache: Map<string, number>, code: string | null, departmentId: number): number | null {
      const c = code?.trim();
      if (!c) return null;
      const cached = cache.get(c.toLowerCase());
      if (cached) return cached;
      const id = findAisle.get(c)?.id ?? insertAisle.get(departmentId, c, c)!.id;
      cache.set(c.toLowerCase(), id);
      return id;
    },
  };
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/&/g, ' ').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'other';
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
