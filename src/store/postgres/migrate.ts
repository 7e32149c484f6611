import type { SqlConnection } from '../sql.js';
import { PG_MIGRATIONS, type PostgresMigration } from './migrations/index.js';

/** Any constant both instances agree on: the advisory lock that makes migrating one instance's job at a time. */
const MIGRATION_LOCK = 7_105_170_017;

/** How long migrating, or waiting for another instance's migration, may take. */
const MIGRATION_WAIT_MS = 10 * 60_000;

/**
 * Applies every PostgreSQL migration not yet in `schema_migrations`, each in one transaction
 * with its row there; returns how many ran. Several instances starting at once take turns on an
 * advisory lock, and each re-reads what is applied once it holds it, so every migration runs once.
 *
 * @example
 * const conn = openPostgresConnection(process.env.DATABASE_URL!);
 * migratePostgres(conn);
 */
export function migratePostgres(conn: SqlConnection, migrations: readonly PostgresMigration[] = PG_MIGRATIONS): number {
  let applied = 0;
  // Waiting while another instance migrates is no failure: past the usual 5 s limits.
  conn.patiently(MIGRATION_WAIT_MS, () => {
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      conn.transaction(() => {
        conn.exec(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});
          CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer PRIMARY KEY,
            name       text NOT NULL,
            applied_at bigint NOT NULL
          )`);
        if (conn.statement('SELECT 1 FROM schema_migrations WHERE version = ?').value(m.version) !== undefined) return;
        conn.exec(m.up);
        conn.statement('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
        applied++;
      });
    }
  });
  return applied;
}

/** The highest PostgreSQL schema version applied, 0 for a database never migrated. */
export function postgresSchemaVersion(conn: SqlConnection): number {
  if (conn.statement("SELECT to_regclass('schema_migrations') IS NOT NULL AS present").value<boolean>() !== true) return 0;
  return conn.statement<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations').get()?.v ?? 0;
}
