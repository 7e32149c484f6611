import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** The SQLite handle every repository takes. */
export type Db = Database.Database;

/** Options for {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** Folder for `grocery.db`; `':memory:'` for a throwaway in-memory database (tests of pure SQL only). */
  dataDir: string;
  /** File name inside dataDir. */
  fileName?: string;
  /** Migrations to apply; defaults to all of them. */
  migrations?: readonly Migration[];
  /** Milliseconds a writer waits for a lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/**
 * Opens (creating if needed) the SQLite database with WAL, foreign keys and a busy timeout,
 * and applies pending migrations in one transaction each.
 *
 * @example
 * const db = openDatabase({ dataDir: './data' });
 */
export function openDatabase(opts: OpenDatabaseOptions): Db {
  const file =
    opts.dataDir === ':memory:' ? ':memory:' : path.join(ensureDir(opts.dataDir), opts.fileName ?? 'grocery.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 5000}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  migrate(db, opts.migrations ?? MIGRATIONS);
  return db;
}

/** Applies every migration newer than the database's `user_version`; returns how many ran. */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.up);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
    applied++;
  }
  return applied;
}

export { isStoreBusy } from './errors.js';

function ensureDir(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
