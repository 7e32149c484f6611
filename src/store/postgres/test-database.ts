import { createHash } from 'node:crypto';
import { migratePostgres } from './migrate.js';
import { PG_MIGRATIONS } from './migrations/index.js';
import { openPostgresConnection, PostgresError, type PostgresConnection } from './pg-connection.js';

/** The server tests use: `TEST_DATABASE_URL`, else the local one CI starts (.ci/run). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A migrated, empty database of its own, and `cleanup()`, which closes the connection and gives the database up. */
export interface PostgresTestDatabase {
  conn: PostgresConnection;
  /** The database's own URL, for a second connection to it. */
  url: string;
  name: string;
  cleanup: () => void;
}

// Long enough to wait out another process building a seeded template (the advisory lock is a lock wait).
const SLOW = { statementTimeoutMs: 180_000, lockTimeoutMs: 180_000, applicationName: 'grocery-agent-test' };
/** Serialises building the template across test processes. */
const TEMPLATE_LOCK = 7_105_170_018;

let admin: PostgresConnection | undefined;
let template: { name: string; fingerprint: string } | undefined;
const idle: string[] = [];
let made = 0;

/**
 * A PostgreSQL database holding the migrated schema and no rows, named after this process
 * (`ga_test_<pid>_<n>`). Fast, because creating and dropping databases is not: the migrated
 * schema is built once into a template database named after the migrations' text (kept across
 * runs; a changed migration makes a new one and the old ones go), and a database given up by
 * `cleanup()` is emptied (rows deleted, identities reset) and handed to this process's next
 * caller, unless the test changed its schema, in which case it is dropped. Vitest ends its worker processes without
 * running exit handlers, so the databases of processes that no longer run are taken over (renamed
 * and emptied) before a new one is copied from the template. With `seed`, the database is a copy
 * of a seeded template (the migrated one filled once by `seed.fill`, kept across runs under
 * `seed.key`); given up, it is emptied and handed on like any other. Throws a message that says
 * what to start when no server answers: tests fail then, they are not skipped.
 *
 * @example
 * let pg: PostgresTestDatabase;
 * beforeEach(() => (pg = createPostgresTestDatabase()));
 * afterEach(() => pg.cleanup());
 */
export function createPostgresTestDatabase(opts: PostgresTestDatabaseOptions = {}): PostgresTestDatabase {
  const server = adminConnection();
  template ??= ensureTemplate(server);
  const name = opts.seed ? seededCopy(server, opts.seed) : (idle.pop() ?? adoptLeftover(server) ?? copyTemplate(server));
  const url = databaseUrl(name);
  // A busy shared test machine must not turn a slow query into a failure: what is timed is asked for explicitly.
  const conn = openPostgresConnection(url, { applicationName: 'grocery-agent-test', statementTimeoutMs: 60_000 });
  let given = false;
  return {
    conn,
    url,
    name,
    cleanup: () => {
      if (given) return;
      given = true;
      const clean = emptied(conn);
      conn.close();
      if (clean) idle.push(name);
      else server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** Rows every copy starts with, built once into a template of their own. */
export interface PostgresTestSeed {
  /**
   * Names what `fill` writes: the seeded template is kept across runs under this key (and the
   * migrations'), so the key must change whenever what `fill` writes does.
   */
  key: string;
  /** Writes the rows into the template, once. */
  fill: (conn: PostgresConnection) => void;
}

/** Options for {@link createPostgresTestDatabase}. */
export interface PostgresTestDatabaseOptions {
  /** A database holding these rows instead of an empty one (copied from a seeded template, so fast as well). */
  seed?: PostgresTestSeed;
}

/** Seeded templates kept on the server besides the one being built. */
const SEEDED_TEMPLATES_KEPT = 3;

/** Seeded templates found or built by this process, by key. */
const seededTemplates = new Map<string, string>();

function seededCopy(server: PostgresConnection, seed: PostgresTestSeed): string {
  let from = seededTemplates.get(seed.key);
  if (!from) {
    from = ensureSeededTemplate(server, seed).name;
    seededTemplates.set(seed.key, from);
  }
  return copyTemplate(server, from);
}

/** Drops every test database and template on the server (for a developer tidying up). */
export function dropPostgresTestDatabases(): number {
  const server = adminConnection();
  const names = server.statement("SELECT datname FROM pg_database WHERE datname LIKE 'ga\\_test\\_%' OR datname LIKE 'ga\\_tpl\\_%'").values<string>();
  for (const name of names) server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  idle.length = 0;
  template = undefined;
  seededTemplates.clear();
  return names.length;
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
    admin = openPostgresConnection(TEST_SERVER_URL, SLOW);
  } catch (err) {
    throw new PostgresError(
      `PostgreSQL tests need a server and none answered at ${TEST_SERVER_URL.replace(/:[^:@/]*@/, '@')} ` +
        `(${(err as Error).message}). Start one (.ci/run installs and starts Debian's postgresql) or set TEST_DATABASE_URL.`,
      (err as PostgresError).code ?? 'PG_CONNECT',
    );
  }
  return admin;
}

/** The template for the current migrations: found, or built under a lock (stale ones go first). */
function ensureTemplate(server: PostgresConnection): { name: string; fingerprint: string } {
  const hash = createHash('sha256').update(JSON.stringify(PG_MIGRATIONS)).digest('hex').slice(0, 12);
  const name = `ga_tpl_${hash}`;
  return ensureBuilt(server, name, () => {
    // Templates of earlier migrations (seeded ones too, and a build that died half way) go.
    const stale = server.statement("SELECT datname FROM pg_database WHERE datname LIKE 'ga\\_tpl\\_%'").values<string>();
    for (const old of stale) server.exec(`DROP DATABASE IF EXISTS ${old} WITH (FORCE)`);
    server.exec(`CREATE DATABASE ${name}_part`);
    return (conn) => migratePostgres(conn);
  });
}

/** The seeded template for `seed` over the current migrations' one: found, or copied from it and filled under the lock. */
function ensureSeededTemplate(server: PostgresConnection, seed: PostgresTestSeed): { name: string; fingerprint: string } {
  const name = `${template!.name}_s${createHash('sha256').update(seed.key).digest('hex').slice(0, 12)}`;
  return ensureBuilt(server, name, () => {
    // Seeds of earlier code pile up otherwise: the newest few stay (a run may use several keys).
    const older = server
      .statement("SELECT datname FROM pg_database WHERE datname LIKE ? ORDER BY oid DESC OFFSET ?")
      .values<string>(`${template!.name.replaceAll('_', '\\_')}\\_s%`, SEEDED_TEMPLATES_KEPT);
    for (const old of [...older, `${name}_part`]) server.exec(`DROP DATABASE IF EXISTS ${old} WITH (FORCE)`);
    server.exec(`CREATE DATABASE ${name}_part TEMPLATE ${template!.name}`);
    return seed.fill;
  });
}

/**
 * Template `name`, found, or built under a lock: `prepare` makes `<name>_part` and says what to
 * run in it; once that has run, it is renamed to `name` and commented with its schema's
 * fingerprint, which marks it finished (a template without one is rebuilt).
 */
function ensureBuilt(
  server: PostgresConnection,
  name: string,
  prepare: () => (conn: PostgresConnection) => void,
): { name: string; fingerprint: string } {
  const find = () =>
    server.statement<{ fingerprint: string | null }>("SELECT shobj_description(oid, 'pg_database') AS fingerprint FROM pg_database WHERE datname = ?").get(name);
  let found = find();
  if (!found?.fingerprint) {
    server.exec(`SELECT pg_advisory_lock(${TEMPLATE_LOCK})`);
    try {
      found = find();
      if (!found?.fingerprint) {
        server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        const build = prepare();
        const conn = openPostgresConnection(databaseUrl(`${name}_part`), SLOW);
        let fingerprint: string;
        try {
          build(conn);
          fingerprint = schemaFingerprint(conn);
        } finally {
          conn.close();
        }
        server.exec(`ALTER DATABASE ${name}_part RENAME TO ${name}`);
        server.exec(`COMMENT ON DATABASE ${name} IS '${fingerprint}'`);
        found = { fingerprint };
      }
    } finally {
      server.exec(`SELECT pg_advisory_unlock(${TEMPLATE_LOCK})`);
    }
  }
  return { name, fingerprint: found.fingerprint! };
}

function copyTemplate(server: PostgresConnection, from = template!.name): string {
  const name = nextName();
  server.exec(`CREATE DATABASE ${name} TEMPLATE ${from}`);
  return name;
}

/** A database left by a test process that has ended, renamed to this process and emptied; undefined when there is none. */
function adoptLeftover(server: PostgresConnection): string | undefined {
  const names = server.statement("SELECT datname FROM pg_database WHERE datname LIKE 'ga\\_test\\_%'").values<string>();
  for (const old of names) {
    const pid = Number(/^ga_test_(\d+)_\d+$/.exec(old)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
    const name = nextName();
    try {
      server.exec(`ALTER DATABASE ${old} RENAME TO ${name}`);
    } catch {
      continue; // another process took it first
    }
    const conn = openPostgresConnection(databaseUrl(name), SLOW);
    const clean = emptied(conn);
    conn.close();
    if (clean) return name;
    server.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  return undefined;
}

/** Empties a test database whose schema is still the template's; false when it is not (or the connection is unusable). */
function emptied(conn: PostgresConnection): boolean {
  try {
    if (conn.inTransaction || schemaFingerprint(conn) !== template!.fingerprint) return false;
    const tables = conn
      .statement("SELECT quote_ident(relname) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'schema_migrations'")
      .values<string>();
    // Rows per table, counted up to a cap. TRUNCATE makes new files for every table and index it
    // touches (about a second for the whole schema here), so the few rows a test leaves are deleted.
    const counts = conn
      .statement<{ t: string; n: number }>(tables.map((t) => `SELECT '${t}' AS t, (SELECT count(*) FROM (SELECT 1 FROM ${t} LIMIT ${DELETE_UP_TO}) s) AS n`).join(' UNION ALL '))
      .all()
      .filter((r) => r.n > 0);
    const rows = counts.reduce((sum, r) => sum + r.n, 0);
    conn.transaction(() => {
      if (rows > DELETE_UP_TO) conn.exec(`TRUNCATE ${tables.join(', ')}`);
      else if (counts.length > 0) {
        conn.exec('SET CONSTRAINTS ALL DEFERRED');
        for (const { t } of counts) conn.exec(`DELETE FROM ${t}`);
      }
      conn.exec(
        `SELECT setval(s.oid, 1, false) FROM pg_class s WHERE s.relkind = 'S' AND s.relnamespace = 'public'::regnamespace`,
      );
    });
    return true;
  } catch {
    return false;
  }
}

/** Rows past which giving a test database back truncates its tables instead of deleting the rows. */
const DELETE_UP_TO = 20_000;

/** A digest of everything a test could have added or changed in the schema. */
function schemaFingerprint(conn: PostgresConnection): string {
  return conn
    .statement<{ f: string }>(
      `SELECT md5(string_agg(x, ',' ORDER BY x)) AS f FROM (
         SELECT 'c:' || relname || ':' || relkind::text FROM pg_class WHERE relnamespace = 'public'::regnamespace
         UNION ALL SELECT 'a:' || c.relname || '.' || a.attname || ':' || a.atttypid::text || ':' || a.attnotnull::text
           FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
           WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
         UNION ALL SELECT 'k:' || conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace
         UNION ALL SELECT 'p:' || proname || ':' || md5(prosrc) FROM pg_proc WHERE pronamespace = 'public'::regnamespace
         UNION ALL SELECT 't:' || tgname || ':' || tgenabled::text FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE c.relnamespace = 'public'::regnamespace
         UNION ALL SELECT 'n:' || nspname FROM pg_namespace
         UNION ALL SELECT 'e:' || extname FROM pg_extension
       ) s(x)`,
    )
    .get()!.f;
}

function nextName(): string {
  return `ga_test_${process.pid}_${++made}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
