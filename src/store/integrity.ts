import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { inspectWal, type WalReport } from './wal-inspection.js';

/** What a look at the database found. */
export interface IntegrityReport {
  file: string;
  ok: boolean;
  /** `quick`: PRAGMA quick_check (O(n), no index cross-check); `full`: PRAGMA integrity_check. */
  check: 'quick' | 'full';
  /** SQLite's own findings ("ok" left out), or why the file could not be read at all. */
  problems: string[];
  /** The write-ahead log, when there was one; `lostFrames > 0` is damage too. */
  wal?: WalReport;
  ms: number;
}

/** Thrown instead of opening a damaged database; its message says what to do. */
export class DamagedDatabaseError extends Error {
  override name = 'DamagedDatabaseError';
}

/** Most problems a report lists; SQLite can find thousands in a badly damaged file. */
const MAX_PROBLEMS = 20;

/**
 * Checks a database file without changing it, as far as SQLite allows: first the write-ahead
 * log is read as it lies (acknowledged changes it no longer holds are damage SQLite would
 * silently skip), then SQLite's quick_check (`full`: integrity_check) runs on a read-only
 * connection. A missing file is fine (a new install); one SQLite cannot open is damage.
 *
 * @example
 * const report = checkDatabase('data/grocery.db', 'quick');
 * if (!report.ok) logger.fatal(report, 'the database is damaged');
 */
export function checkDatabase(file: string, check: 'quick' | 'full' = 'quick'): IntegrityReport {
  const started = performance.now();
  const done = (problems: string[], wal?: WalReport): IntegrityReport => ({
    file,
    ok: problems.length === 0,
    check,
    problems: problems.slice(0, MAX_PROBLEMS),
    ...(wal ? { wal } : {}),
    ms: Math.round(performance.now() - started),
  });
  if (!fs.existsSync(file)) return done([]);
  const wal = inspectWal(file);
  if (wal && wal.lostFrames > 0) {
    // SQLite is not let near it: its recovery would rewrite the index that shows the loss, and
    // the next start would find nothing wrong.
    return done([`the write-ahead log ${path.basename(file)}-wal is missing ${wal.lostFrames} of the ${wal.indexedFrames} committed page writes its index records: changes that were saved are gone`], wal);
  }
  // Read-only: a damaged file is not made worse, and the WAL is not checkpointed into it.
  const problems: string[] = [];
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(check === 'full' ? `integrity_check(${MAX_PROBLEMS})` : `quick_check(${MAX_PROBLEMS})`) as Record<string, string>[];
    for (const row of rows) {
      const text = Object.values(row)[0];
      if (text && text !== 'ok') problems.push(text);
    }
  } catch (err) {
    problems.push(`SQLite cannot read it: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    db?.close();
  }
  return done(problems, wal);
}

/** The newest backup `grocery-agent backup` left in the folder, for the recovery advice. */
export function latestBackup(dir: string): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => n.endsWith('.db'));
  } catch {
    return undefined;
  }
  const newest = names
    .map((n) => ({ n, at: fs.statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.at - a.at)[0];
  return newest ? path.join(dir, newest.n) : undefined;
}

/** What to do about a damaged database, as one paragraph for the log and the terminal. */
export function recoveryAdvice(file: string, backupsDir: string): string {
  const backup = latestBackup(backupsDir);
  const restore = backup
    ? `Restore the last backup: stop the server, then run \`grocery-agent restore ${backup}\` (the damaged files are kept next to it).`
    : `No backup was found in ${backupsDir}; if you keep backups elsewhere, stop the server and run \`grocery-agent restore FILE\`.`;
  return `${restore} To start anyway on what is readable, set DB_DAMAGE=start, then take a backup (\`grocery-agent backup\`). \`grocery-agent check --full\` lists every problem.`;
}
