import path from 'node:path';
import type { Logger } from '../logger.js';
import { backupsDir, DB_FILE } from './backup.js';
import { openDatabase, type Db } from './database.js';
import { checkDatabase, DamagedDatabaseError, recoveryAdvice } from './integrity.js';

/**
 * Opens (and migrates) `DATA_DIR/grocery.db` once it has been checked ({@link checkDatabase}: the
 * write-ahead log against its index, then PRAGMA quick_check). Damage is logged at `fatal` with
 * what was found and the way to recover (the newest backup), and throws DamagedDatabaseError
 * without SQLite having touched the files, unless `onDamage` is `start`.
 *
 * @example
 * const db = openCheckedDatabase({ dataDir: './data', onDamage: 'refuse', logger });
 */
export function openCheckedDatabase(opts: { dataDir: string; onDamage: 'refuse' | 'start'; logger: Logger }): Db {
  const file = path.join(opts.dataDir, DB_FILE);
  const report = checkDatabase(file, 'quick');
  if (report.ok) {
    opts.logger.debug({ ms: report.ms }, 'database checked (quick_check)');
  } else {
    const message = `The database ${file} is damaged: ${report.problems[0]}. ${recoveryAdvice(file, backupsDir(opts.dataDir))}`;
    opts.logger.fatal({ integrity: report }, message);
    if (opts.onDamage !== 'start') throw new DamagedDatabaseError(message);
    opts.logger.error('starting on a damaged database because DB_DAMAGE=start');
  }
  return openDatabase({ dataDir: opts.dataDir, fileName: DB_FILE });
}
