import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './database.js';
import { checkDatabase, type IntegrityReport } from './integrity.js';

/** The database's file name inside DATA_DIR. */
export const DB_FILE = 'grocery.db';

/** Where `grocery-agent backup` puts its copies unless told otherwise. */
export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** A backup file name for a moment: `grocery-20261101-120000.db` (UTC). */
export function backupName(at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `grocery-${stamp}.db`;
}

/** How far a backup or restore has come. */
export interface CopyProgress {
  totalPages: number;
  remainingPages: number;
}

/**
 * Copies the open database to `dest` with SQLite's online backup API: the server keeps serving
 * while it runs (each step copies a few hundred pages, then writers get their turn), and the copy
 * is one consistent moment of the database, WAL included. The copy is checked (quick_check)
 * before this resolves; a copy that fails the check is removed and the promise rejects.
 *
 * @example
 * const { file, report } = await backupDatabase(db, 'data/backups/grocery-20261101-120000.db');
 */
export async function backupDatabase(db: Db, dest: string, onProgress?: (p: CopyProgress) => void): Promise<{ file: string; bytes: number; report: IntegrityReport }> {
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  if (fs.existsSync(dest)) throw new Error(`${dest} already exists; choose another file name`);
  const partial = `${dest}.partial`;
  fs.rmSync(partial, { force: true });
  await db.backup(partial, {
    progress: (p) => {
      onProgress?.(p);
      return 256;
    },
  });
  // One self-contained file: the copy leaves WAL mode (the server sets it again when it opens a restored copy).
  const copy = new Database(partial);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  const report = checkDatabase(partial, 'quick');
  if (!report.ok) {
    fs.rmSync(partial, { force: true });
    throw new Error(`the copy failed its check: ${report.problems[0]}`);
  }
  fs.renameSync(partial, dest);
  return { file: dest, bytes: fs.statSync(dest).size, report: { ...report, file: dest } };
}

/**
 * {@link backupDatabase} of the database file `file`, opened read-only for the copy (the server
 * may keep running) and closed after.
 *
 * @example
 * await backupDatabaseFile('data/grocery.db', 'data/backups/grocery-20261101-120000.db');
 */
export async function backupDatabaseFile(file: string, dest: string, onProgress?: (p: CopyProgress) => void): Promise<{ file: string; bytes: number; report: IntegrityReport }> {
  const db = new Database(file, { fileMustExist: true, readonly: true });
  try {
    return await backupDatabase(db, dest, onProgress);
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database in `dataDir`. Refuses while anything has the database
 * open (the server must be stopped first), and refuses a backup that fails integrity_check.
 * Nothing is deleted: the database as it was (with its -wal and -shm) moves to a
 * `before-restore-<time>` folder next to it.
 *
 * @example
 * const { keptIn } = restoreDatabase('./data', './data/backups/grocery-20261101-120000.db');
 */
export function restoreDatabase(dataDir: string, backup: string, now: Date = new Date()): { keptIn?: string } {
  if (!fs.existsSync(backup)) throw new Error(`${backup} does not exist`);
  const report = checkDatabase(backup, 'full');
  if (!report.ok) throw new Error(`${backup} is damaged too: ${report.problems[0]}`);
  const file = path.join(dataDir, DB_FILE);
  const present = [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f));
  let keptIn: string | undefined;
  if (present.length > 0) {
    keptIn = path.join(dataDir, `before-restore-${backupName(now).slice('grocery-'.length, -'.db'.length)}`);
    fs.mkdirSync(keptIn, { recursive: true });
    // Copies first, exactly as they lie: the check below opens the database, which may tidy its WAL.
    for (const f of present) fs.copyFileSync(f, path.join(keptIn, path.basename(f)));
    if (fs.existsSync(file) && inUse(file)) {
      fs.rmSync(keptIn, { recursive: true, force: true });
      throw new Error(`${file} is in use: stop the server (and any other grocery-agent command) first`);
    }
    for (const f of [`${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const incoming = `${file}.restoring`;
  fs.copyFileSync(backup, incoming);
  fs.renameSync(incoming, file);
  return keptIn ? { keptIn } : {};
}

/** Whether another connection (another process) has the database open: it then holds a lock an exclusive one cannot pass. */
function inUse(file: string): boolean {
  const db = new Database(file, { timeout: 0, fileMustExist: true });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; COMMIT');
    return false;
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) return true;
    // A file SQLite cannot read at all is not one a server is serving from.
    if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT')) return false;
    throw err;
  } finally {
    db.close();
  }
}
