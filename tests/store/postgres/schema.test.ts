import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.js';
import { migratePostgres, postgresSchemaVersion } from '../../../src/store/postgres/migrate.js';
import { PG_MIGRATIONS } from '../../../src/store/postgres/migrations/index.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../../../src/store/postgres/test-database.js';
import type { SqlConnection } from '../../../src/store/sql.js';

/** What each engine has that the other does not, on purpose (see src/store/postgres/migrations/). */
const SQLITE_ONLY_TABLE = /^products_fts/;
const PG_ONLY_TABLES = new Set(['schema_migrations']);
const PG_ONLY_COLUMNS = new Set(['products.search']);
const PG_ONLY_INDEXES = new Set(['products_search_idx', 'products_name_trgm_idx']);

interface Shape {
  columns: string[]; // table.column:type:notnull
  primaryKeys: string[]; // table(cols)
  foreignKeys: string[]; // table(col)->table(col) on delete X
  uniques: string[]; // table(cols)
  indexes: string[]; // named indexes
}

function sqliteShape(): Shape {
  const db = openDatabase({ dataDir: ':memory:' });
  const shape: Shape = { columns: [], primaryKeys: [], foreignKeys: [], uniques: [], indexes: [] };
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]).filter(
    (t) => !SQLITE_ONLY_TABLE.test(t),
  );
  for (const t of tables) {
    const cols = db.prepare(`PRAGMA table_info(${t})`).all() as { name: string; type: string; notnull: number; pk: number }[];
    for (const c of cols) shape.columns.push(`${t}.${c.name}:${typeClass(c.type)}:${c.notnull || c.pk ? 'not null' : 'null'}`);
    shape.primaryKeys.push(`${t}(${cols.filter((c) => c.pk).sort((a, b) => a.pk - b.pk).map((c) => c.name).join(',')})`);
    for (const fk of db.prepare(`PRAGMA foreign_key_list(${t})`).all() as { table: string; from: string; to: string; on_delete: string }[]) {
      shape.foreignKeys.push(`${t}(${fk.from})->${fk.table}(${fk.to}) on delete ${fk.on_delete.toLowerCase()}`);
    }
    for (const ix of db.prepare(`PRAGMA index_list(${t})`).all() as { name: string; unique: number; origin: string }[]) {
      if (ix.origin !== 'u') continue;
      const cols = (db.prepare(`PRAGMA index_info(${ix.name})`).all() as { name: string }[]).map((c) => c.name);
      shape.uniques.push(`${t}(${cols.join(',')})`);
    }
  }
  shape.indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all() as string[];
  db.close();
  return normalise(shape);
}

function postgresShape(conn: SqlConnection): Shape {
  const shape: Shape = { columns: [], primaryKeys: [], foreignKeys: [], uniques: [], indexes: [] };
  const cols = conn
    .statement<{ t: string; c: string; type: string; nullable: string }>(
      `SELECT table_name AS t, column_name AS c, data_type AS type, is_nullable AS nullable
       FROM information_schema.columns WHERE table_schema = 'public'`,
    )
    .all();
  for (const c of cols) {
    if (PG_ONLY_TABLES.has(c.t) || PG_ONLY_COLUMNS.has(`${c.t}.${c.c}`)) continue;
    shape.columns.push(`${c.t}.${c.c}:${typeClass(c.type)}:${c.nullable === 'NO' ? 'not null' : 'null'}`);
  }
  const constraints = conn
    .statement<{ kind: string; t: string; cols: string; ft: string | null; fcols: string | null; del: string }>(
      `SELECT k.contype AS kind, k.conrelid::regclass::text AS t, k.confrelid::regclass::text AS ft, k.confdeltype AS del,
         (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.conkey) WITH ORDINALITY u(n, i)
            JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n) AS cols,
         (SELECT string_agg(a.attname, ',' ORDER BY u.i) FROM unnest(k.confkey) WITH ORDINALITY u(n, i)
            JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n) AS fcols
       FROM pg_constraint k WHERE k.connamespace = 'public'::regnamespace AND k.contype IN ('p', 'f', 'u')`,
    )
    .all();
  const onDelete: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };
  for (const k of constraints) {
    if (PG_ONLY_TABLES.has(k.t)) continue;
    if (k.kind === 'p') shape.primaryKeys.push(`${k.t}(${k.cols})`);
    if (k.kind === 'u') shape.uniques.push(`${k.t}(${k.cols})`);
    if (k.kind === 'f') shape.foreignKeys.push(`${k.t}(${k.cols})->${k.ft}(${k.fcols}) on delete ${onDelete[k.del]}`);
  }
  shape.indexes = conn
    .statement(
      `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       WHERE c.relnamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
    )
    .values<string>()
    .filter((name) => !PG_ONLY_INDEXES.has(name));
  return normalise(shape);
}

/** Both engines' types, in the classes that matter to the code reading them. */
function typeClass(type: string): string {
  const t = type.toLowerCase();
  if (t === 'integer' || t === 'bigint') return 'integer';
  if (t === 'real' || t === 'double precision') return 'real';
  if (t === 'text') return 'text';
  if (t === 'blob' || t === 'array') return 'vector';
  return t;
}

function normalise(shape: Shape): Shape {
  return {
    columns: [...shape.columns].sort(),
    primaryKeys: [...shape.primaryKeys].sort(),
    foreignKeys: [...shape.foreignKeys].sort(),
    uniques: [...shape.uniques].sort(),
    indexes: [...shape.indexes].sort(),
  };
}

let pg: PostgresTestDatabase;
beforeAll(() => (pg = createPostgresTestDatabase()));
afterAll(() => pg?.cleanup());

describe('the PostgreSQL schema', () => {
  it('has every table, column, key, foreign key (with its ON DELETE) and index the SQLite schema has', () => {
    const sqlite = sqliteShape();
    const postgres = postgresShape(pg.conn);
    expect(sqlite.columns.length).toBeGreaterThan(200);
    expect(postgres.columns).toEqual(sqlite.columns);
    expect(postgres.primaryKeys).toEqual(sqlite.primaryKeys);
    expect(postgres.foreignKeys).toEqual(sqlite.foreignKeys);
    expect(postgres.uniques).toEqual(sqlite.uniques);
    expect(postgres.indexes).toEqual(sqlite.indexes);
  });

  it('records each migration once; running them again does nothing', () => {
    expect(postgresSchemaVersion(pg.conn)).toBe(PG_MIGRATIONS.at(-1)!.version);
    expect(migratePostgres(pg.conn)).toBe(0);
    expect(pg.conn.statement('SELECT version FROM schema_migrations ORDER BY version').values()).toEqual(PG_MIGRATIONS.map((m) => m.version));
  });
});

describe('catalog search columns', () => {
  const search = (words: string) =>
    pg.conn.statement("SELECT name FROM products WHERE search @@ plainto_tsquery('english', ?) ORDER BY id").values<string>(words);

  it('finds products by stemmed name, alias, category and brand, kept in step as they change', () => {
    const c = pg.conn;
    c.statement("INSERT INTO departments (id, slug, name, store_order) VALUES (1, 'produce', 'Produce', 1)").run();
    c.transaction(() => {
      // Aliases before their product, as bulk writers do with deferred foreign keys.
      c.exec('SET CONSTRAINTS ALL DEFERRED');
      c.statement('INSERT INTO product_aliases (product_id, alias) VALUES (?, ?)').run(7, 'plantain');
      c.statement('INSERT INTO products (id, name, brand, category, department_id, price_cents, updated_at) VALUES (?, ?, ?, ?, 1, 59, 0)').run(
        7, 'Banana', 'Chiquita', 'fruit',
      );
    });
    expect(search('bananas')).toEqual(['Banana']);
    expect(search('plantains')).toEqual(['Banana']);
    expect(search('fruit')).toEqual(['Banana']);
    expect(search('chiquita')).toEqual(['Banana']);

    c.statement('INSERT INTO product_aliases (product_id, alias) VALUES (?, ?)').run(7, 'cavendish');
    expect(search('cavendish')).toEqual(['Banana']);
    c.statement('DELETE FROM product_aliases WHERE alias = ?').run('plantain');
    expect(search('plantain')).toEqual([]);
    c.statement('UPDATE products SET name = ? WHERE id = ?').run('Organic Banana', 7);
    expect(search('organic')).toEqual(['Organic Banana']);
    expect(search('cavendish')).toEqual(['Organic Banana']);

    // Typos: pg_trgm similarity on the name.
    expect(c.statement('SELECT name FROM products WHERE similarity(name, ?) > 0.3').values('organic bananna')).toEqual(['Organic Banana']);
  });

  it('moves an identity past explicitly given ids, as SQLite does with rowids', () => {
    const c = pg.conn;
    c.statement('INSERT INTO users (id, created_at) VALUES (?, 0)').run(41);
    expect(c.statement('INSERT INTO users (created_at) VALUES (0) RETURNING id').value()).toBe(42);
  });
});

describe('test databases', () => {
  it('hands out a database given back empty, with ids starting over', () => {
    const first = createPostgresTestDatabase();
    first.conn.statement('INSERT INTO users (created_at) VALUES (0)').run();
    first.conn.statement('INSERT INTO users (created_at) VALUES (0)').run();
    first.cleanup();
    const second = createPostgresTestDatabase();
    try {
      expect(second.name).toBe(first.name);
      expect(second.conn.statement('SELECT count(*) FROM users').value()).toBe(0);
      expect(second.conn.statement('INSERT INTO users (created_at) VALUES (0) RETURNING id').value()).toBe(1);
      expect(postgresSchemaVersion(second.conn)).toBe(PG_MIGRATIONS.at(-1)!.version);
    } finally {
      second.cleanup();
    }
  });
});
