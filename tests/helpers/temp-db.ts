import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoStore } from '../../src/grocery/demo-store/index.js';
import { createDemoStoreRepository } from '../../src/store/catalog/index.js';
import { openDatabase, type Db } from '../../src/store/database.js';
import { openPostgresConnection } from '../../src/store/postgres/pg-connection.js';
import { createPostgresTestDatabase, type PostgresTestDatabaseOptions } from '../../src/store/postgres/test-database.js';
import { seedDemoStoreInto } from './catalog.js';
import { postgresHandle } from './postgres-handle.js';

/** A test database, the temp folder it (or the test's files) lives in, and a function that closes and removes both. */
export interface TempDb {
  db: Db;
  dir: string;
  /** Another connection to the same database (as a second process would have), closed by `cleanup()` if still open. */
  connect: () => Db;
  cleanup: () => void;
}

/** True when the suite runs against PostgreSQL (`STORE=postgres npm test`). */
export const onPostgres = process.env.STORE === 'postgres';

/**
 * A fresh, migrated, empty database: a SQLite file in its own temp folder, or under
 * `STORE=postgres` a PostgreSQL test database behind the better-sqlite3 calls tests make.
 */
export function createTempDb(): TempDb {
  if (onPostgres) return postgresTempDb();
  return sqliteTempDb(tempDir());
}

/** A fresh SQLite file whichever store the suite runs on: for tests whose subject is a SQLite file (copying one into PostgreSQL). */
export function createSqliteTempDb(): TempDb {
  return sqliteTempDb(tempDir());
}

let seededTemplate: { now: number; file: string } | undefined;

/**
 * A temp database holding the demo store. The store is generated once into a template (a file per
 * test process on SQLite; a template database kept across runs on PostgreSQL) and copied for
 * each caller, so every test still gets its own database.
 */
export function createSeededTempDb(now = Date.UTC(2026, 10, 1, 12)): TempDb {
  if (onPostgres) {
    return postgresTempDb({
      seed: { key: `demo-store:${now}:${demoStoreSourceHash()}`, fill: (conn) => void seedDemoStore(createDemoStoreRepository(conn), { now }) },
    });
  }
  if (seededTemplate?.now !== now) {
    const template = createTempDb();
    seedDemoStoreInto(template.db, { now });
    template.db.pragma('wal_checkpoint(TRUNCATE)');
    template.db.close();
    seededTemplate = { now, file: path.join(template.dir, 'grocery.db') };
    process.once('exit', () => fs.rmSync(template.dir, { recursive: true, force: true }));
  }
  const dir = tempDir();
  fs.copyFileSync(seededTemplate.file, path.join(dir, 'grocery.db'));
  return sqliteTempDb(dir);
}

function sqliteTempDb(dir: string): TempDb {
  const db = openDatabase({ dataDir: dir });
  const others: Db[] = [];
  return {
    db,
    dir,
    connect: () => {
      const other = openDatabase({ dataDir: dir });
      others.push(other);
      return other;
    },
    cleanup: () => {
      for (const h of [...others, db]) if (h.open) h.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresTempDb(opts?: PostgresTestDatabaseOptions): TempDb {
  const dir = tempDir();
  const pg = createPostgresTestDatabase(opts);
  const others: Db[] = [];
  // Closing db only ends the handle: the connection is what gives the database back (emptied) in cleanup().
  const db = postgresHandle(pg.conn, () => {});
  return {
    db,
    dir,
    connect: () => {
      const conn = openPostgresConnection(pg.url, { applicationName: 'grocery-agent-test', statementTimeoutMs: 60_000 });
      const other = postgresHandle(conn, () => conn.close());
      others.push(other);
      return other;
    },
    cleanup: () => {
      for (const h of [...others, db]) h.close();
      pg.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ga-test-'));
}

let sourceHash: string | undefined;

/** A digest of the code that writes the demo store: a change to it makes a new seeded template. */
function demoStoreSourceHash(): string {
  if (sourceHash) return sourceHash;
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = ['grocery/demo-store', 'store/catalog']
    .flatMap((d) => fs.readdirSync(path.join(root, d), { recursive: true, encoding: 'utf8' }).map((f) => path.join(d, f)))
    .sort();
  const hash = createHash('sha256');
  for (const f of files) {
    const full = path.join(root, f);
    if (fs.statSync(full).isFile()) hash.update(f).update(fs.readFileSync(full));
  }
  sourceHash = hash.digest('hex').slice(0, 16);
  return sourceHash;
}

/** The tables a test database holds (its own, not the engine's), in either store. */
export function tableNames(db: Db): string[] {
  const sql = onPostgres
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";
  return db.prepare(sql).pluck().all() as string[];
}

/** The columns of `table`, in either store. */
export function columnNames(db: Db, table: string): string[] {
  if (onPostgres) {
    return db.prepare("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ? ORDER BY ordinal_position").pluck().all(table) as string[];
  }
  return (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
}
