import type { SqlConnection } from '../sql.js';
import { joinFlags } from './product-row.js';

/** One product of a store load, with everything worked out; ids are the repository's. */
export interface SeedProduct {
  sku: string;
  name: string;
  brand: string | null;
  isStoreBrand: boolean;
  category: string;
  departmentSlug: string;
  aisleCode: string;
  size: { value: number; unit: string; text: string; packCount: number } | undefined;
  priceCents: number;
  wasPriceCents: number | null;
  unitPrice: { millicents: number; unit: string } | null;
  inStock: boolean;
  rating: number;
  reviewCount: number;
  dietFlags: readonly string[];
  allergens: readonly string[];
  popularity: number;
  /** Every alias, complete and lower-case. */
  aliases: readonly string[];
  /** Prices in cents at {@link DemoStoreLoad.historyTimes}, oldest first. */
  history: readonly number[];
}

/** A whole store to load into an empty catalog. */
export interface DemoStoreLoad {
  /** The floor plan in walking order (store order follows it). */
  departments: readonly { slug: string; name: string; aisles: readonly { code: string; name: string }[] }[];
  products: Iterable<SeedProduct>;
  /** When each point of a product's price history was observed (the same days for every product). */
  historyTimes: readonly number[];
  synonyms: Iterable<readonly [string, string]>;
  /** Stamped on every product as its update time. */
  now: number;
  /** The `meta` row that labels the store. */
  marker: { readonly key: string; readonly value: string };
}

/** The PostgreSQL advisory lock instances take to load the demo store once. */
const DEMO_STORE_LOCK = 4_206_017_001;
/** How long loading the demo store, or waiting for another instance's load, may take. */
const LOAD_WAIT_MS = 10 * 60_000;

/** Loading the demo store, and telling whether a database holds it. */
export interface DemoStoreRepository {
  /** True when the catalog has at least one product. */
  hasProducts(): boolean;
  /**
   * Writes departments, aisles, products, aliases, price history, synonyms and the marker in one
   * transaction, then hands the memory the load used back to the system. Instances starting
   * together load it once: the transaction holds the store's write lock (SQLite) or an advisory
   * lock (PostgreSQL) and looks again; undefined when another instance had loaded it meanwhile.
   */
  load(store: DemoStoreLoad): { products: number; priceHistoryRows: number } | undefined;
  /** The value of a `meta` row, or undefined. */
  marker(key: string): string | undefined;
}

/**
 * The {@link DemoStoreRepository} over a migrated database.
 *
 * @example
 * const store = createDemoStoreRepository(sqliteConnection(db));
 */
export function createDemoStoreRepository(conn: SqlConnection): DemoStoreRepository {
  const sqlite = conn.dialect === 'sqlite';
  const anyProduct = conn.statement('SELECT 1 FROM products LIMIT 1');
  const metaValue = conn.statement<{ value: string }>('SELECT value FROM meta WHERE key = ?');
  return {
    hasProducts: () => anyProduct.get() !== undefined,
    marker: (key) => metaValue.get(key)?.value,
    load(store) {
      let products = 0;
      let historyRows = 0;
      let loadedElsewhere = false;
      // The load takes seconds, and waiting for another instance's load as long: past the usual 5 s limits.
      conn.patiently(LOAD_WAIT_MS, () => conn.transaction(() => {
        if (!sqlite) conn.statement('SELECT pg_advisory_xact_lock(?)').get(DEMO_STORE_LOCK);
        if (anyProduct.get() !== undefined) {
          loadedElsewhere = true;
          return;
        }
        const floor = insertFloorPlan(conn, store.departments);
        const columns = `sku, name, brand, is_store_brand, category, department_id, aisle_id,
      size_value, size_unit, size_text, pack_count, price_cents, was_price_cents, unit_price_millicents, unit_price_unit,
      in_stock, rating, review_count, diet_flags, allergens, popularity, source, updated_at`;
        const values = `${Array(21).fill('?').join(', ')}, 'demo', ?`;
        // Aliases go in before their product, under deferred foreign keys, so each product's search
        // document (SQLite's FTS row, PostgreSQL's tsvector) is written once (see migration 002);
        // ids are given, from the largest plus one (PostgreSQL migration 003 moves the identity).
        conn.exec(sqlite ? 'PRAGMA defer_foreign_keys = ON' : 'SET CONSTRAINTS product_aliases_product_id_fkey DEFERRED');
        let nextId = conn.statement<{ id: number }>('SELECT coalesce(max(id), 0) + 1 AS id FROM products').value<number>()!;
        const rows = (p: SeedProduct, id: number) => ({
          product: [
            id, p.sku, p.name, p.brand, p.isStoreBrand ? 1 : 0, p.category, floor.departments.get(p.departmentSlug)!, floor.aisles.get(p.aisleCode)!,
            p.size?.value ?? null, p.size?.unit ?? null, p.size?.text ?? null, p.size?.packCount ?? 1,
            p.priceCents, p.wasPriceCents, p.unitPrice?.millicents ?? null, p.unitPrice?.unit ?? null,
            p.inStock ? 1 : 0, p.rating, p.reviewCount, joinFlags(p.dietFlags), joinFlags(p.allergens), p.popularity, store.now,
          ],
          aliases: p.aliases.map((alias) => [id, alias]),
          history: p.history.map((cents, i) => [id, store.historyTimes[i], cents]),
        });
        const tables = {
          product: { head: `INSERT INTO products (id, ${columns}) VALUES `, row: `(?, ${values})`, tail: '' },
          aliases: { head: 'INSERT INTO product_aliases (product_id, alias) VALUES ', row: '(?, ?)', tail: ' ON CONFLICT DO NOTHING' },
          history: { head: 'INSERT INTO price_history (product_id, observed_at, price_cents, source) VALUES ', row: "(?, ?, ?, 'demo')", tail: '' },
        };
        // SQLite: a statement per product (its history in one: row-at-a-time ~370k rows is the slow
        // part). PostgreSQL: every call is a round trip to the server, so products go in by the chunk.
        const perStatement = sqlite ? 1 : PG_PRODUCTS_PER_STATEMENT;
        for (const seeds of chunksOf(store.products, perStatement)) {
          const chunk = seeds.map((p) => rows(p, nextId++));
          products += chunk.length;
          historyRows += chunk.reduce((n, c) => n + c.history.length, 0);
          for (const part of sqlite ? (['aliases', 'product', 'history'] as const) : (['aliases', 'product'] as const)) {
            const values = part === 'product' ? chunk.map((c) => c.product) : chunk.flatMap((c) => c[part]);
            if (values.length === 0) continue;
            const t = tables[part];
            if (sqlite && part === 'aliases') {
              // One prepared statement for every alias, rather than one per count of them.
              const one = conn.statement(`${t.head}${t.row}${t.tail}`);
              for (const v of values) one.run(...v);
            } else conn.statement(`${t.head}${values.map(() => t.row).join(', ')}${t.tail}`).run(...values.flat());
          }
          if (!sqlite) {
            // PostgreSQL: the history as three arrays, not 27,000 parameters.
            const h = chunk.flatMap((c) => c.history);
            conn
              .statement("INSERT INTO price_history (product_id, observed_at, price_cents, source) SELECT unnest(?::bigint[]), unnest(?::bigint[]), unnest(?::bigint[]), 'demo'")
              .run(h.map((r) => r[0]), h.map((r) => r[1]), h.map((r) => r[2]));
          }
        }
        const insertSynonym = conn.statement('INSERT INTO synonyms (term, synonym) VALUES (?, ?) ON CONFLICT DO NOTHING');
        for (const [term, synonym] of store.synonyms) insertSynonym.run(term, synonym);
        conn.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(store.marker.key, store.marker.value);
      }));
      if (loadedElsewhere) return undefined;
      if (sqlite) {
        // The load filled the connection's page cache with pages nobody reads next: give them back,
        // and copy the load out of the WAL now, once, so the WAL starts small (a no-op in memory).
        conn.exec('PRAGMA shrink_memory');
        conn.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      }
      return { products, priceHistoryRows: historyRows };
    },
  };
}

/** Products per INSERT on PostgreSQL: their history rows (three parameters a day) stay under its 65,535 parameters. */
const PG_PRODUCTS_PER_STATEMENT = 100;

/** `items` in arrays of up to `size`, read as they come (the products are generated lazily). */
function* chunksOf<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

function insertFloorPlan(conn: SqlConnection, departments: DemoStoreLoad['departments']): { departments: Map<string, number>; aisles: Map<string, number> } {
  const departmentIds = new Map<string, number>();
  const aisleIds = new Map<string, number>();
  const insertDepartment = conn.statement<{ id: number }>(
    'INSERT INTO departments (slug, name, store_order) VALUES (?, ?, ?) ON CONFLICT(slug) DO UPDATE SET name = excluded.name RETURNING id',
  );
  const insertAisle = conn.statement<{ id: number }>(
    'INSERT INTO aisles (department_id, code, name, store_order) VALUES (?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET name = excluded.name RETURNING id',
  );
  let aisleOrder = 0;
  departments.forEach((d, i) => {
    const { id } = insertDepartment.get(d.slug, d.name, (i + 1) * 10)!;
    departmentIds.set(d.slug, id);
    for (const a of d.aisles) {
      aisleOrder += 10;
      aisleIds.set(a.code, insertAisle.get(id, a.code, a.name, aisleOrder)!.id);
    }
  });
  return { departments: departmentIds, aisles: aisleIds };
}
