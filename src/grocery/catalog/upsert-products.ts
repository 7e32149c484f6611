import type { Db } from '../../store/database.js';
import { parseSize, unitPriceOf } from './package-size.js';
import { joinFlags } from './product-row.js';
import { ampersandAliases } from './text.js';

/** A product as an import or a price feed supplies it. Only name, category and price are required. */
export interface ProductInput {
  /** Stable id from the source; the upsert key when present. Without it, name + brand is the key. */
  sku?: string | null;
  name: string;
  brand?: string | null;
  isStoreBrand?: boolean;
  category: string;
  /** Department slug or name; unknown ones are created. Defaults to "other". */
  department?: string | null;
  /** Aisle code; unknown ones are created in the product's department. */
  aisle?: string | null;
  /** Size as printed: "64 fl oz", "12 ct", "6 pk, 16.9 fl oz". */
  size?: string | null;
  priceCents: number;
  wasPriceCents?: number | null;
  inStock?: boolean;
  rating?: number | null;
  reviewCount?: number;
  dietFlags?: string[];
  allergens?: string[];
  popularity?: number;
  aliases?: string[];
  source?: string;
}

/** Options for {@link upsertProducts}. */
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

/**
 * Writes products (insert or update) and keeps the rest consistent: the FTS index follows
 * (triggers for product rows, this code for aliases added to existing products), a new price or a changed price appends a price_history point at `now`, and
 * unit prices are recomputed. Runs in one transaction. Give it all rows at once rather than
 * calling it in a loop inside an outer transaction: inside a savepoint every statement makes
 * FTS5 sync its index, which turns a large import quadratic.
 *
 * @example
 * upsertProducts(db, [{ sku: 'A1', name: 'Great Value Whole Milk, 1 gal', category: 'milk', priceCents: 348 }], { now });
 */
export function upsertProducts(db: Db, rows: readonly ProductInput[], opts: UpsertOptions): UpsertResult {
  const w = writer(db);
  const result: UpsertResult = { inserted: 0, updated: 0, priceChanges: 0, ids: [] };
  db.transaction(() => {
    // New products take explicit ids so their aliases can go in first (see migration 002):
    // the FTS row is then written once, complete, instead of written and rewritten.
    db.pragma('defer_foreign_keys = ON');
    const firstNewId = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM products').get() as { id: number }).id;
    let nextId = firstNewId;
    // New rows are indexed together at the end (see migration 002): much faster than per row.
    w.deferIndex.run();
    for (const row of rows) {
      const existing = row.sku
        ? (w.bySku.get(row.sku) as Existing | undefined)
        : (w.byName.get(row.name.trim(), row.brand?.trim() ?? '') as Existing | undefined);
      const size = row.size ? parseSize(row.size) : undefined;
      const unit = unitPriceOf(row.priceCents, size);
      const departmentId = w.department(row.department);
      const values = [
        row.sku ?? null, row.name.trim(), row.brand?.trim() || null, row.isStoreBrand ? 1 : 0, row.category.trim().toLowerCase(),
        departmentId, w.aisle(row.aisle, departmentId), size?.value ?? null, size?.unit ?? null, size?.text ?? row.size ?? null,
        size?.packCount ?? 1, row.priceCents, row.wasPriceCents ?? null, unit?.millicents ?? null, unit?.unit ?? null,
        row.inStock === false ? 0 : 1, row.rating ?? null, row.reviewCount ?? 0, joinFlags(row.dietFlags), joinFlags(row.allergens),
        row.popularity ?? 0, row.source ?? 'import', opts.now,
      ];
      const aliases = [...new Set([...(row.aliases ?? []).map((a) => a.trim().toLowerCase()).filter(Boolean), ...ampersandAliases(row.name, row.brand)])];
      let id: number;
      if (existing) {
        id = existing.id;
        w.update.run(...values, id);
        let added = 0;
        for (const alias of aliases) added += w.alias.run(id, alias).changes;
        if (added) w.reindexAliases.run(id, id);
        result.updated++;
      } else {
        id = nextId++;
        for (const alias of aliases) w.alias.run(id, alias);
        w.insert.run(id, ...values);
        result.inserted++;
      }
      if (!existing || existing.price_cents !== row.priceCents) {
        w.history.run(id, opts.now, row.priceCents, row.source ?? 'import');
        if (existing) result.priceChanges++;
      }
      result.ids.push(id);
      if (opts.onProgress && result.ids.length % 2000 === 0) opts.onProgress(result.ids.length);
    }
    w.indexNew.run(firstNewId, nextId);
    w.resumeIndex.run();
  }).immediate();
  return result;
}

interface Existing {
  id: number;
  price_cents: number;
}

const COLUMNS = `sku, name, brand, is_store_brand, category, department_id, aisle_id, size_value, size_unit, size_text,
  pack_count, price_cents, was_price_cents, unit_price_millicents, unit_price_unit, in_stock, rating, review_count,
  diet_flags, allergens, popularity, source, updated_at`;

function writer(db: Db) {
  const departments = new Map<string, number>();
  const aisles = new Map<string, number>();
  const findDepartment = db.prepare('SELECT id FROM departments WHERE slug = ? COLLATE NOCASE OR name = ? COLLATE NOCASE');
  const insertDepartment = db.prepare(
    'INSERT INTO departments (slug, name, store_order) VALUES (?, ?, (SELECT coalesce(max(store_order), 0) + 10 FROM departments)) RETURNING id',
  );
  const findAisle = db.prepare('SELECT id FROM aisles WHERE code = ? COLLATE NOCASE');
  const insertAisle = db.prepare(
    'INSERT INTO aisles (department_id, code, name, store_order) VALUES (?, ?, ?, (SELECT coalesce(max(store_order), 0) + 10 FROM aisles)) RETURNING id',
  );
  return {
    bySku: db.prepare('SELECT id, price_cents FROM products WHERE sku = ?'),
    byName: db.prepare(
      "SELECT id, price_cents FROM products WHERE name = ? COLLATE NOCASE AND coalesce(brand, '') = ? COLLATE NOCASE AND sku IS NULL",
    ),
    insert: db.prepare(`INSERT INTO products (id, ${COLUMNS}) VALUES (?, ${COLUMNS.split(',').map(() => '?').join(', ')})`),
    update: db.prepare(`UPDATE products SET (${COLUMNS}) = (${COLUMNS.split(',').map(() => '?').join(', ')}) WHERE id = ?`),
    history: db.prepare(`INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES (?, ?, ?, ?)
      ON CONFLICT (product_id, observed_at) DO UPDATE SET price_cents = excluded.price_cents, source = excluded.source`),
    alias: db.prepare('INSERT OR IGNORE INTO product_aliases (product_id, alias) VALUES (?, ?)'),
    deferIndex: db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('fts_deferred', '1')"),
    resumeIndex: db.prepare("DELETE FROM meta WHERE key = 'fts_deferred'"),
    indexNew: db.prepare(`INSERT INTO products_fts (rowid, name, brand, category, aliases)
      SELECT p.id, p.name, coalesce(p.brand, ''), p.category,
             coalesce((SELECT group_concat(a.alias, ' ; ') FROM product_aliases a WHERE a.product_id = p.id), '')
      FROM products p WHERE p.id >= ? AND p.id < ? ORDER BY p.id`),
    reindexAliases: db.prepare(`UPDATE products_fts
      SET aliases = coalesce((SELECT group_concat(alias, ' ; ') FROM product_aliases WHERE product_id = ?), '') WHERE rowid = ?`),
    department(name: string | null | undefined): number {
      const label = name?.trim() || 'Other';
      const cached = departments.get(label.toLowerCase());
      if (cached) return cached;
      const found = findDepartment.get(label, label) as { id: number } | undefined;
      const id = found?.id ?? (insertDepartment.get(slugify(label), titleCase(label)) as { id: number }).id;
      departments.set(label.toLowerCase(), id);
      return id;
    },
    aisle(code: string | null | undefined, departmentId: number): number | null {
      const c = code?.trim();
      if (!c) return null;
      const cached = aisles.get(c.toLowerCase());
      if (cached) return cached;
      const found = findAisle.get(c) as { id: number } | undefined;
      const id = found?.id ?? (insertAisle.get(departmentId, c, c) as { id: number }).id;
      aisles.set(c.toLowerCase(), id);
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
