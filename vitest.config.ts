import { defineConfig } from 'vitest/config';

/**
 * Under `STORE=postgres` (tests/helpers/temp-db.ts hands out PostgreSQL test databases) these files
 * do not run: they test the SQLite engine itself, not behaviour, and have no PostgreSQL meaning.
 * PostgreSQL's own engine tests are tests/store/postgres/, which run under both settings. Tests
 * that build the whole app with createApp over a DATA_DIR (tests/faults, tests/jobs' end-to-end
 * runs, tests/hostile/hostile-input, the cache and fan-out fleets, ...) keep running, on SQLite:
 * the app picks its store from DATABASE_URL, which they do not set.
 */
export const SQLITE_ENGINE_TESTS: Record<string, string> = {
  'tests/store/database.test.ts': 'openDatabase: the SQLite file, WAL mode, PRAGMA user_version and the SQLite migration runner',
  'tests/store/wal-checkpointer.test.ts': "the WAL checkpointer (SQLite's write-ahead log)",
  'tests/store/group-commit.test.ts': 'counts WAL frames and holds the SQLite write lock from another process (SQLITE_BUSY)',
  'tests/store/dedupe-upgrade.test.ts': 'SQLite migration 007 over a database from before it (PRAGMA user_version)',
  'tests/grocery/catalog/search-upgrade.test.ts': 'SQLite migration 006 (catalog search) over a SQLite file from before it (PRAGMA user_version)',
  'tests/grocery/demo-store/demo-store-wal.test.ts': "the demo store load leaves SQLite's write-ahead log empty",
  'tests/store/memory/sqlite-vector-memory.test.ts': 'the sqlite-vec extension',
  'tests/hostile/damaged-database.test.ts': 'a damaged SQLite file: integrity check, backup and restore of the file',
  'tests/faults/sqlite-busy.test.ts': 'SQLITE_BUSY: another process holds the SQLite write lock',
  'tests/channels/teams/store-busy.test.ts': 'SQLITE_BUSY: another process holds the write lock on the SQLite file (db.name)',
  'tests/channels/telegram/store-busy.test.ts': 'SQLITE_BUSY: another process holds the write lock on the SQLite file (db.name)',
};

const onPostgres = process.env.STORE === 'postgres';
if (onPostgres) {
  // Said out loud, so nothing is left out silently.
  console.log(`STORE=postgres: not run (SQLite engine tests):\n${Object.entries(SQLITE_ENGINE_TESTS).map(([f, why]) => `  ${f}: ${why}`).join('\n')}`);
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(onPostgres ? Object.keys(SQLITE_ENGINE_TESTS) : [])],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
