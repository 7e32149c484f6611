/**
 * The PostgreSQL store: a synchronous `SqlConnection` (../sql.ts) over a worker thread's
 * `pg.Client`, and its schema migrations. Repositories take the connection; only the
 * composition root opens one.
 */
export { openPostgresConnection, PostgresError, type PostgresConnection, type PostgresConnectionOptions } from './pg-connection.js';
export { migratePostgres, postgresSchemaVersion } from './migrate.js';
export { PG_MIGRATIONS, type PostgresMigration } from './migrations/index.js';
