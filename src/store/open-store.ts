import { mkdirSync } from 'node:fs';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Db } from './database.js';
import { openCheckedDatabase } from './open-checked-database.js';
import { migratePostgres, openPostgresConnection } from './postgres/index.js';
import { sqliteConnection, type SqlConnection } from './sql.js';

/** The opened store: its connection, and the SQLite handle when the store is SQLite. */
export interface OpenedStore {
  conn: SqlConnection;
  /** The SQLite handle (WAL checkpoints, backups); undefined on PostgreSQL. */
  sqlite?: Db;
}

/**
 * Opens the configured store: PostgreSQL at `DATABASE_URL` (migrated under an advisory lock, so
 * instances starting together migrate once), else the SQLite file under the data folder, checked
 * first (see {@link openCheckedDatabase}).
 */
export function openStore(config: Pick<Config, 'dataDir' | 'dbDamage' | 'databaseUrl'>, logger: Logger): OpenedStore {
  if (config.databaseUrl) {
    const conn = openPostgresConnection(config.databaseUrl, { applicationName: 'grocery-agent' });
    const applied = migratePostgres(conn);
    logger.info({ engine: 'postgres', migrations: applied }, 'store opened');
    return { conn };
  }
  mkdirSync(config.dataDir, { recursive: true });
  const sqlite = openCheckedDatabase({ dataDir: config.dataDir, onDamage: config.dbDamage, logger });
  return { conn: sqliteConnection(sqlite), sqlite };
}
