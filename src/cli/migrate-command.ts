import path from 'node:path';
import { loadConfig } from '../config.js';
import { DB_FILE } from '../store/backup.js';
import { copySqliteToPostgres, CopyRefused, type CopyProgress } from '../store/migrate-to-postgres.js';
import { migratePostgres, openPostgresConnection, PostgresError, type PostgresConnection } from '../store/postgres/index.js';

type Out = (text: string) => void;

/** Where the command writes and what it reads; tests pass their own. */
export interface MigrateCommandIo {
  out: Out;
  err: Out;
  env: NodeJS.ProcessEnv;
}

const USAGE = 'Usage: grocery-agent migrate-to-postgres [--from FILE] [--to postgres://...]\n';

/**
 * `grocery-agent migrate-to-postgres [--from FILE] [--to URL]`: moves an existing SQLite file
 * (default DATA_DIR/grocery.db) into PostgreSQL (default DATABASE_URL). Migrates the PostgreSQL
 * schema first, then copies every row in one transaction (src/store/migrate-to-postgres.ts),
 * with progress per table on stderr and a summary on stdout. Exits 0 when copied, 1 when the copy
 * was refused or failed (nothing is written then), 2 on a usage mistake.
 *
 * @example
 * grocery-agent migrate-to-postgres --to postgres://grocery@db.internal/grocery
 */
export async function migrateToPostgresCommand(
  args: string[],
  io: MigrateCommandIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t), env: process.env },
): Promise<number> {
  const { out, err } = io;
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    out(USAGE);
    return 0;
  }
  if ('mistake' in parsed) {
    err(`${parsed.mistake}\n${USAGE}`);
    return 2;
  }
  // DATABASE_URL is read here rather than by the config, so a malformed one gets this command's answer.
  const { dataDir } = loadConfig({ LOG_LEVEL: 'warn', ...io.env, DATABASE_URL: undefined });
  const file = path.resolve(parsed.from ?? path.join(dataDir, DB_FILE));
  const url = parsed.to ?? (io.env.DATABASE_URL || undefined);
  if (!url) {
    err(`No PostgreSQL database to copy into: pass --to postgres://USER@HOST/DB or set DATABASE_URL.\n${USAGE}`);
    return 2;
  }
  if (!/^postgres(ql)?:\/\//.test(url)) {
    err(`${parsed.to ? '--to' : 'DATABASE_URL'} must be a postgres:// (or postgresql://) URL.\n`);
    return 2;
  }
  const where = describeUrl(url);

  // The schema first: the copy needs the target's tables, and reads their columns.
  let conn: PostgresConnection;
  try {
    conn = openPostgresConnection(url, { applicationName: 'grocery-agent migrate-to-postgres', statementTimeoutMs: 120_000 });
  } catch (e) {
    err(`${unreachable(e, where)}\n`);
    return 1;
  }
  try {
    migratePostgres(conn);
  } catch (e) {
    err(`Could not migrate the PostgreSQL schema on ${where}, nothing was copied: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  } finally {
    conn.close();
  }

  err(`Copying ${file} into ${where}\n`);
  try {
    const report = await copySqliteToPostgres({ sqliteFile: file, databaseUrl: url, onProgress: (p) => err(progressLine(p)) });
    out(
      `Copied ${report.tables.length} tables, ${report.rows.toLocaleString('en-US')} rows from ${file} into ${where} in ${(report.ms / 1000).toFixed(1)} s.\n` +
        `Start grocery-agent with DATABASE_URL set to it; the SQLite file was not changed.\n`,
    );
    return 0;
  } catch (e) {
    err(`${refusal(e, file, where)}\n`);
    return 1;
  }
}

type Parsed = { from?: string; to?: string } | { help: true } | { mistake: string };

function parseArgs(args: string[]): Parsed {
  const got: { from?: string; to?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return { help: true };
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag !== '--from' && flag !== '--to') return { mistake: `Unknown argument "${a}".` };
    const value = inline ?? args[++i];
    if (!value || value.startsWith('--')) return { mistake: `${flag} needs a value.` };
    got[flag === '--from' ? 'from' : 'to'] = value;
  }
  return got;
}

/** `products: 1,200 of 2,400 rows (50%)`; one line for a table copied at once. */
function progressLine(p: CopyProgress): string {
  const n = (x: number) => x.toLocaleString('en-US');
  if (p.copied === p.total) return `  ${p.table}: ${n(p.total)} ${p.total === 1 ? 'row' : 'rows'}\n`;
  return `  ${p.table}: ${n(p.copied)} of ${n(p.total)} rows (${Math.floor((p.copied / p.total) * 100)}%)\n`;
}

/** One line for a server that could not be reached. */
function unreachable(e: unknown, where: string): string {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof PostgresError && e.code === '3D000') {
    const db = where.slice(where.lastIndexOf('/') + 1);
    return `PostgreSQL at ${where} has no database "${db}": create it first (createdb ${db}), then run this again.`;
  }
  if (e instanceof PostgresError && (e.code === '28P01' || e.code === '28000')) return `PostgreSQL at ${where} refused the login: ${message}`;
  return `Cannot reach PostgreSQL at ${where} (${message}): is the server running, and are the host and port right?`;
}

/** One answer for a refused or failed copy, with what to do. */
function refusal(e: unknown, file: string, where: string): string {
  if (!(e instanceof CopyRefused)) return `The copy failed and was rolled back, nothing was written to ${where}: ${e instanceof Error ? e.message : String(e)}`;
  switch (e.reason) {
    case 'missing':
      return `No SQLite database at ${file}: pass --from FILE or set DATA_DIR to the folder that holds grocery.db.`;
    case 'not-empty':
      return `${where} already holds data, so nothing was copied (a copy never merges). Create a new, empty database (createdb NAME) and pass it with --to, or drop and recreate this one if its data can go.\n${details(e.message)}`;
    default:
      return `Refused, nothing was copied: ${e.message}`;
  }
}

/** The lines under a refusal's first, at most five of them. */
function details(message: string): string {
  const lines = message.split('\n').slice(1);
  return [...lines.slice(0, 5), ...(lines.length > 5 ? [`  ... and ${lines.length - 5} more tables`] : [])].join('\n');
}

/** host:port/database, without the password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the given URL';
  }
}
