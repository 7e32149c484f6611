import type { Db } from '../../store/database.js';
import { joinFlags } from '../catalog/product-row.js';
import { ampersandAliases } from '../catalog/text.js';
import { DAY_MS } from '../types.js';
import { DEPARTMENTS } from './departments.js';
import { eachDemoProduct, HISTORY_DAYS } from './generate-demo-store.js';
import { synonymPairs } from './synonyms.js';

/** Options for {@link seedDemoStore}. */
export interface SeedDemoStoreOptions {
  /** "Now" in epoch ms: price history ends here. */
  now: number;
  /** Same seed, same store. */
  seed?: number;
}

/** What {@link seedDemoStore} did. */
export interface SeedDemoStoreResult {
  seeded: boolean;
  products: number;
  priceHistoryRows: number;
}

/** The `meta` row that tells the UI to label prices as illustrative. */
export const DEMO_STORE_META = { key: 'store', value: 'demo' } as const;

/**
 * Loads the demo store (departments, aisles, products, aliases, daily price history, synonyms)
 * in one transaction when the catalog is empty; does nothing when products already exist, so it
 * is safe to call at every start.
 *
 * @example
 * seedDemoStore(db, { now: Date.now() }); // { seeded: true, products: 3070, ... }
 */
export function seedDemoStore(db: Db, opts: SeedDemoStoreOptions): SeedDemoStoreResult {
  const existing = (db.prepare('SELECT count(*) AS n FROM products').get() as { n: number }).n;
  if (existing > 0) return { seeded: false, products: 0, priceHistoryRows: 0 };
  let products = 0;
  let historyRows = 0;
  db.transaction(() => {
    const departmentIds = insertFloorPlan(db);
    // Aliases go in before their product, under deferred foreign keys, so each FTS row is
    // written once (see migration 002).
    db.pragma('defer_foreign_keys = ON');
    let nextId = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS id FROM products').get() as { id: number }).id;
    const insertProduct = db.prepare(`INSERT INTO products (id, sku, name, brand, is_store_brand, category, department_id, aisle_id,
      size_value, size_unit, size_text, pack_count, price_cents, was_price_cents, unit_price_millicents, unit_price_unit,
      in_stock, rating, review_count, diet_flags, allergens, popularity, source, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?)`);
    const insertAlias = db.prepare('INSERT OR IGNORE INTO product_aliases (product_id, alias) VALUES (?, ?)');
    // One statement per product's whole history: a row-at-a-time insert of ~370k rows is the slow part.
    const insertHistory = db.prepare(
      `INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES ${Array(HISTORY_DAYS).fill("(?, ?, ?, 'demo')").join(', ')}`,
    );
    for (const p of eachDemoProduct(opts.seed ?? 1)) {
      products += 1;
      const aisle = departmentIds.aisles.get(p.aisleCode)!;
      const id = nextId++;
      for (const alias of [...p.aliases, ...ampersandAliases(p.name, p.brand)]) insertAlias.run(id, alias);
      insertProduct.run(
        id, p.sku, p.name, p.brand, p.isStoreBrand ? 1 : 0, p.category, departmentIds.departments.get(p.departmentSlug)!, aisle,
        p.size?.value ?? null, p.size?.unit ?? null, p.size?.text ?? null, p.size?.packCount ?? 1,
        p.priceCents, p.wasPriceCents, p.unitPrice?.millicents ?? null, p.unitPrice?.unit ?? null,
        p.inStock ? 1 : 0, p.rating, p.reviewCount, joinFlags(p.dietFlags), joinFlags(p.allergens), p.popularity, opts.now,
      );
      insertHistory.run(p.history.flatMap((cents, i) => [id, opts.now - (HISTORY_DAYS - 1 - i) * DAY_MS, cents]));
      historyRows += p.history.length;
    }
    const insertSynonym = db.prepare('INSERT OR IGNORE INTO synonyms (term, synonym) VALUES (?, ?)');
    for (const [term, synonym] of synonymPairs()) insertSynonym.run(term, synonym);
    db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(DEMO_STORE_META.key, DEMO_STORE_META.value);
  }).immediate();
  // The load filled the connection's page cache with pages nobody reads next: give them back.
  db.pragma('shrink_memory');
  // ...and copy the load out of the WAL now, once, so the WAL starts small (a file-backed store only).
  if (!db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
  return { seeded: true, products, priceHistoryRows: historyRows };
}

/** True when the database holds the demo store (so prices should be labelled illustrative). */
export function isDemoStore(db: Db): boolean {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(DEMO_STORE_META.key) as { value: string } | undefined;
  return row?.value === DEMO_STORE_META.value;
}

function insertFloorPlan(db: Db): { departments: Map<string, number>; aisles: Map<string, number> } {
  const departments = new Map<string, number>();
  const aisles = new Map<string, number>();
  const insertDepartment = db.prepare(
    'INSERT INTO departments (slug, name, store_order) VALUES (?, ?, ?) ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id',
  );
  const insertAisle = db.prepare(
    'INSERT INTO aisles (department_id, code, name, store_order) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name RETURNING id',
  );
  let aisleOrder = 0;
  DEPARTMENTS.forEach((d, i) => {
    const { id } = insertDepartment.get(d.slug, d.name, (i + 1) * 10) as { id: number };
    departments.set(d.slug, id);
    for (const a of d.aisles) {
      aisleOrder += 10;
      aisles.set(a.code, (insertAisle.get(id, a.code, a.name, aisleOrder) as { id: number }).id);
    }
  });
  return { departments, aisles };
}
