import { spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToPostgresCommand } from '../../src/cli/migrate-command.js';
import { openPostgresConnection, type PostgresConnection } from '../../src/store/postgres/index.js';
import { createPostgresTestDatabase, databaseUrl, TEST_SERVER_URL } from '../../src/store/postgres/test-database.js';
import { buildLivedInSqlite, damagedCopy, type LivedInSqlite } from '../store/migrate-fixture.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/grocery-agent.js');

/** Runs the command in this process with its own stdout, stderr and environment. */
async function run(args: string[], env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const code = await migrateToPostgresCommand(args, { out: (t) => (stdout += t), err: (t) => (stderr += t), env: { LOG_LEVEL: 'silent', ...env } });
  return { code, stdout, stderr };
}

describe('grocery-agent migrate-to-postgres', () => {
  let lived: LivedInSqlite;
  let admin: PostgresConnection;
  // A database of its own, never migrated: the command has to build the schema first.
  const name = `ga_migcli_${process.pid}_${Date.now() % 1e6}`;
  let url: string;

  beforeAll(async () => {
    lived = await buildLivedInSqlite();
    admin = openPostgresConnection(TEST_SERVER_URL, { statementTimeoutMs: 60_000 });
    admin.exec(`CREATE DATABASE ${name}`);
    url = databaseUrl(name);
  }, 120_000);
  afterAll(() => {
    admin?.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    admin?.close();
    lived?.cleanup();
  });

  it('migrates the schema of a new database, copies DATA_DIR/grocery.db into DATABASE_URL, with progress and a summary', async () => {
    const res = await run([], { DATA_DIR: lived.dir, DATABASE_URL: url });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(new RegExp(`^Copied \\d+ tables, [\\d,]+ rows from ${lived.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} into 127\\.0\\.0\\.1:5432/${name} in \\d+\\.\\d s\\.\\n`));
    // A big table shows its tenths, a small one a single line.
    const history = res.stderr.split('\n').filter((l) => l.trim().startsWith('price_history:'));
    expect(history.length).toBeGreaterThanOrEqual(10);
    expect(history.slice(0, -1).every((l) => /\(\d+%\)$/.test(l))).toBe(true);
    expect(history.at(-1)).toMatch(/^ {2}price_history: [\d,]+ rows$/);
    expect(res.stderr.split('\n').filter((l) => l.trim().startsWith('budgets:'))).toEqual(['  budgets: 2 rows']);

    const pg = openPostgresConnection(url);
    const src = new Database(lived.file, { readonly: true });
    try {
      for (const t of ['users', 'list_items', 'price_history', 'turns']) {
        expect(pg.statement<{ n: number }>(`SELECT count(*) AS n FROM ${t}`).get()!.n, t).toBe(src.prepare(`SELECT count(*) FROM ${t}`).pluck().get());
      }
      expect(pg.statement<{ n: number }>('SELECT count(*) AS n FROM schema_migrations').get()!.n).toBeGreaterThan(0);
    } finally {
      src.close();
      pg.close();
    }
  });

  it('a second run is refused in one answer that says what to do, and writes nothing', async () => {
    const count = () => {
      const pg = openPostgresConnection(url);
      try {
        return pg.statement<{ n: number }>('SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM list_items) AS n').get()!.n;
      } finally {
        pg.close();
      }
    };
    const before = count();
    const res = await run(['--from', lived.file, '--to', url], {});
    expect(count()).toBe(before);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/already holds data, so nothing was copied .*Create a new, empty database \(createdb NAME\) and pass it with --to.*\n {2}- meta already has \d+ rows? in PostgreSQL\n/);
  });

  it('a damaged file is refused before anything is written', async () => {
    const target = createPostgresTestDatabase();
    try {
      const bad = damagedCopy(lived.file, path.join(lived.dir, 'damaged-cli.db'));
      const res = await run(['--from', bad, '--to', target.url], {});
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/Refused, nothing was copied: .*damaged-cli\.db is damaged/);
      expect(target.conn.statement<{ n: number }>('SELECT count(*) AS n FROM products').get()!.n).toBe(0);
    } finally {
      target.cleanup();
    }
  });

  it('a missing file, a missing or malformed URL, an unknown argument: one line each, exit 1 or 2', async () => {
    const missing = await run(['--from', path.join(lived.dir, 'nope.db'), '--to', url], {});
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No SQLite database at .*nope\.db: pass --from FILE or set DATA_DIR/);

    const noUrl = await run([], { DATA_DIR: lived.dir, DATABASE_URL: '' });
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toMatch(/^No PostgreSQL database to copy into: pass --to postgres:\/\/USER@HOST\/DB or set DATABASE_URL\./);

    const notPg = await run(['--to', 'mysql://localhost/x'], { DATA_DIR: lived.dir });
    expect(notPg.code).toBe(2);
    expect(notPg.stderr).toMatch(/--to must be a postgres:\/\//);

    const unknown = await run(['--form', lived.file], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown argument "--form"/);
  });

  it('a server that does not answer, and a database that does not exist: said plainly', async () => {
    const down = await run(['--from', lived.file, '--to', 'postgres://postgres@127.0.0.1:1/grocery'], {});
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/grocery \(.*ECONNREFUSED.*\): is the server running/);
    expect(down.stderr.trim().split('\n')).toHaveLength(1);

    const absent = await run(['--from', lived.file, '--to', databaseUrl(`${name}_absent`)], {});
    expect(absent.code).toBe(1);
    expect(absent.stderr).toMatch(new RegExp(`has no database "${name}_absent": create it first \\(createdb ${name}_absent\\)`));
  });

  it('is a grocery-agent command listed in its usage, answering with exit codes', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(help.stdout).toMatch(/migrate-to-postgres \[--from FILE\] \[--to URL\]/);
    const down = spawnSync(process.execPath, [BIN, 'migrate-to-postgres', '--from', lived.file, '--to', 'postgres://postgres@127.0.0.1:1/grocery'], {
      encoding: 'utf8', timeout: 60_000, env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(down.status).toBe(1);
    expect(down.stderr).toMatch(/^Cannot reach PostgreSQL at 127\.0\.0\.1:1\/grocery/);
  });
});
