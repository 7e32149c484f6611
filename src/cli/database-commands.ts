import path from 'node:path';
import { loadConfig } from '../config.js';
import { backupDatabaseFile, backupName, backupsDir, DB_FILE, restoreDatabase } from '../store/backup.js';
import { checkDatabase, recoveryAdvice } from '../store/integrity.js';

type Out = (text: string) => void;
const stdout: Out = (t) => void process.stdout.write(t);
const stderr: Out = (t) => void process.stderr.write(t);

/** The database file under DATA_DIR. */
function databaseFile(): { dataDir: string; file: string } {
  const { dataDir } = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  return { dataDir, file: path.join(dataDir, DB_FILE) };
}

/**
 * `grocery-agent check [--full]`: PRAGMA quick_check (with --full, integrity_check) and a look at
 * the write-ahead log, without changing anything; safe while the server runs. Exits 1 on damage.
 */
export async function checkCommand(args: string[], out: Out = stdout): Promise<number> {
  const { dataDir, file } = databaseFile();
  const report = checkDatabase(file, args.includes('--full') ? 'full' : 'quick');
  if (args.includes('--json')) out(`${JSON.stringify(report, null, 2)}\n`);
  else if (report.ok) out(`${file}: ok (${report.check} check, ${report.ms} ms)\n`);
  else out(`${file}: DAMAGED (${report.check} check)\n${report.problems.map((p) => `  - ${p}\n`).join('')}${recoveryAdvice(file, backupsDir(dataDir))}\n`);
  return report.ok ? 0 : 1;
}

/**
 * `grocery-agent backup [FILE]`: a consistent copy of the database made with SQLite's online
 * backup API while the server keeps running, checked before it is kept. FILE defaults to
 * DATA_DIR/backups/grocery-<UTC time>.db.
 */
export async function backupCommand(args: string[], out: Out = stdout, err: Out = stderr): Promise<number> {
  const { dataDir, file } = databaseFile();
  const dest = args.find((a) => !a.startsWith('--')) ?? path.join(backupsDir(dataDir), backupName(new Date()));
  let shown = -1;
  try {
    const started = Date.now();
    const done = await backupDatabaseFile(file, dest, ({ totalPages, remainingPages }) => {
      const pct = totalPages ? Math.floor(((totalPages - remainingPages) / totalPages) * 100) : 100;
      if (pct >= shown + 10 || remainingPages === 0) {
        shown = pct;
        err(`Backing up: ${pct}% (${(totalPages - remainingPages).toLocaleString('en-US')} of ${totalPages.toLocaleString('en-US')} pages)\n`);
      }
    });
    out(`Backed up ${file} to ${done.file} (${(done.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s, checked).\nTo restore it: stop the server, then run \`grocery-agent restore ${done.file}\`.\n`);
    return 0;
  } catch (e) {
    err(`Backup failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

/**
 * `grocery-agent restore FILE`: puts a backup in place of the database. The server must be
 * stopped; the database as it was is kept in DATA_DIR/before-restore-<time>/.
 */
export async function restoreCommand(args: string[], out: Out = stdout, err: Out = stderr): Promise<number> {
  const backup = args.find((a) => !a.startsWith('--'));
  if (!backup) {
    err('Usage: grocery-agent restore FILE   (stop the server first)\n');
    return 2;
  }
  const { dataDir, file } = databaseFile();
  try {
    const { keptIn } = restoreDatabase(dataDir, backup);
    out(`Restored ${file} from ${backup}.${keptIn ? ` The database it replaced is kept in ${keptIn}.` : ''} Start the server again.\n`);
    return 0;
  } catch (e) {
    err(`Restore failed, nothing was changed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}
