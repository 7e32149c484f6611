import { migratePostgres } from './migrate.js';
import { openPostgresConnection, PostgresError, type PostgresConnection } from './pg-connection.js';

/** The server tests use: `TEST_DATABASE_URL`, else the local one CI starts (.ci/run). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database of its own, and `cleanup()`, which closes the connection and drops it. */
export interface PostgresTestDatabase {
  conn: PostgresConnection;
  /** The database's own URL, for a second connection to it. */
  url: string;
  name: string;
  cleanup: () => void;
}

let admin: PostgresConnection | undefined;
let template: string | undefined;
let made = 0;

/**
 * A new PostgreSQL database holding the migrated schema, named after this process
 * (`ga_test_<pid>_<n>`), copied from a template database migrated once per process, so each
 * test gets its own database in a few tens of milliseconds. Databases left by processes that no
 * longer run (a killed test run) are dropped when a process makes its template. Throws a message
 * that says what to start when no server answers; tests fail then, they are not skipped.
 *
 * @example
 * const { conn, cleanup } = createPostgresTestDatabase();
 * afterEach(cleanup);
 */
export function createPostgresTestDatabase(): PostgresTestDatabase {
  const server = adminConnection();
  template ??= makeTemplate(server);
  const name = `ga_test_${process.pid}_${++made}`;
  server.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = databaseUrl(name);
  const conn = openPostgresConnection(url, { applicationName: 'grocery-agent-test' });
  let dropped = false;
  return {
    conn,
    url,
    name,
    cleanup: () => {
      if (dropped) return;
      dropped = true;
      conn.close();
      server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** `TEST_SERVER_URL` pointing at database `name`. */
export function databaseUrl(name: string): string {
  const u = new URL(TEST_SERVER_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

function adminConnection(): PostgresConnection {
  if (admin) return admin;
  try {
    // Creating a database from a template can wait on a checkpoint on a busy machine.
    admin = openPostgresConnection(TEST_SERVER_URL, { statementTimeoutMs: 60_000, applicationName: 'grocery-agent-test' });
  } catch (err) {
    throw new PostgresError(
      `PostgreSQL tests need a server and none answered at ${TEST_SERVER_URL.replace(/:[^:@/]*@/, '@')} ` +
        `(${(err as Error).message}). Start one (.ci/run installs and starts Debian's postgresql) or set TEST_DATABASE_URL.`,
      (err as PostgresError).code ?? 'PG_CONNECT',
    );
  }
  process.once('exit', dropTemplate);
  return admin;
}

function makeTemplate(server: PostgresConnection): string {
  dropLeftovers(server);
  const name = `ga_tpl_${process.pid}_${Date.now().toString(36)}`;
  server.exec(`CREATE DATABASE ${name}`);
  const conn = openPostgresConnection(databaseUrl(name), { statementTimeoutMs: 60_000, applicationName: 'grocery-agent-test' });
  try {
    migratePostgres(conn);
  } finally {
    conn.close();
  }
  return name;
}

/** Test databases whose process is gone (only this machine's processes can be asked). */
function dropLeftovers(server: PostgresConnection): void {
  const names = server
    .statement("SELECT datname FROM pg_database WHERE datname LIKE 'ga\\_test\\_%' OR datname LIKE 'ga\\_tpl\\_%'")
    .values<string>();
  for (const name of names) {
    const pid = Number(/^ga_(?:test|tpl)_(\d+)_/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** At exit: the template, and any test database a test forgot to clean up. */
function dropTemplate(): void {
  if (!admin) return;
  try {
    const mine = admin.statement('SELECT datname FROM pg_database WHERE datname LIKE ? OR datname LIKE ?')
      .values<string>(`ga\\_test\\_${process.pid}\\_%`, `ga\\_tpl\\_${process.pid}\\_%`);
    for (const name of mine) admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch {
    // Left for the next run's sweep.
  } finally {
    admin.close();
    admin = undefined;
    template = undefined;
  }
}
