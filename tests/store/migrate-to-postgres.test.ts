import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { openDatabase } from '../../src/store/database.js';
import { persistentSecret } from '../../src/store/meta.js';
import { copySqliteToPostgres, CopyRefused, type CopyProgress, type CopyReport } from '../../src/store/migrate-to-postgres.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../../src/store/postgres/test-database.js';
import { buildLivedInSqlite, damagedCopy, NOW, type LivedInSqlite } from './migrate-fixture.js';

type Row = Record<string, unknown>;

interface TableShape {
  name: string;
  columns: string[];
  /** ORDER BY for SQLite and for PostgreSQL: the key, text compared byte by byte on both. */
  sqliteOrder: string;
  pgOrder: string;
}

/** Every data table of the SQLite file, with its key (a rowid table's is its id). */
function sqliteTables(db: Database.Database): TableShape[] {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'products_fts%' ORDER BY name")
    .pluck()
    .all() as string[];
  return names.map((name) => {
    const cols = db.prepare('SELECT name, type, pk FROM pragma_table_info(?)').all(name) as { name: string; type: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const key = pk.length > 0 ? pk : cols;
    return {
      name,
      columns: cols.map((c) => c.name),
      sqliteOrder: key.map((c) => `"${c.name}"`).join(', '),
      pgOrder: key.map((c) => (/INT/i.test(c.type) ? `"${c.name}"` : `"${c.name}" COLLATE "C"`)).join(', '),
    };
  });
}

/** Rows as plain values: float32 blobs as the numbers they hold, PostgreSQL's real[] rounded to float32. */
function normalised(rows: Row[]): Row[] {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => {
        if (Buffer.isBuffer(v)) return [k, Array.from(new Float32Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)))];
        if (Array.isArray(v)) return [k, v.map((x) => Math.fround(Number(x)))];
        return [k, v];
      }),
    ),
  );
}

const logger = createLogger({ level: 'silent' });

describe('copying a lived-in SQLite file into PostgreSQL', () => {
  let lived: LivedInSqlite;
  let pg: PostgresTestDatabase;
  let report: CopyReport;
  const progress: CopyProgress[] = [];

  beforeAll(async () => {
    lived = await buildLivedInSqlite();
    pg = createPostgresTestDatabase();
    report = await copySqliteToPostgres({ sqliteFile: lived.file, databaseUrl: pg.url, batchRows: 50, onProgress: (p) => progress.push(p) });
  }, 120_000);
  afterAll(() => {
    pg?.cleanup();
    lived?.cleanup();
  });

  it('every table arrives with the same rows, value for value', () => {
    const src = new Database(lived.file, { readonly: true });
    try {
      const tables = sqliteTables(src);
      let total = 0;
      for (const t of tables) {
        const want = normalised(src.prepare(`SELECT * FROM "${t.name}" ORDER BY ${t.sqliteOrder}`).all() as Row[]);
        const got = normalised(pg.conn.statement<Row>(`SELECT ${t.columns.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY ${t.pgOrder}`).all());
        expect({ table: t.name, rows: got }).toEqual({ table: t.name, rows: want });
        total += want.length;
      }
      expect(report.rows).toBe(total);
      // The people, their lists, vectors and conversations are there, not only the catalog.
      for (const t of ['users', 'lists', 'list_members', 'list_items', 'budgets', 'price_alerts', 'preferences', 'memory_vectors', 'conversations', 'turns', 'meta']) {
        expect(report.tables.find((r) => r.name === t)?.rows, t).toBeGreaterThan(0);
      }
    } finally {
      src.close();
    }
  }, 180_000);

  it('reports progress per table, with big tables in steps of a tenth', () => {
    const history = progress.filter((p) => p.table === 'price_history');
    expect(history.at(-1)).toMatchObject({ copied: history.at(-1)!.total });
    expect(history.length).toBeGreaterThanOrEqual(10);
    expect(history.length).toBeLessThanOrEqual(12);
    expect(new Set(progress.map((p) => p.table))).toEqual(new Set(report.tables.map((t) => t.name)));
  });

  describe('the app on the migrated database', () => {
    let sqliteCore: Core;
    let pgCore: Core;
    let sqliteDb: ReturnType<typeof openDatabase>;

    beforeAll(() => {
      sqliteDb = openDatabase({ dataDir: lived.dir });
      sqliteCore = createCore({ db: sqliteDb, logger, now: () => NOW, demoStore: true });
      pgCore = createCore({ db: pg.conn, logger, now: () => NOW, demoStore: true });
    }, 60_000);
    afterAll(() => sqliteDb?.close());

    it("builds PostgreSQL's search index over the copied products and their aliases: a search finds them", () => {
      // What the triggers left equals the document built afresh from each product and its aliases.
      const stale = pg.conn
        .statement<{ n: number }>(
          `SELECT count(*) AS n FROM products p WHERE p.search IS DISTINCT FROM products_search_document(p.name, p.brand, p.category,
             (SELECT string_agg(a.alias, ' ; ' ORDER BY a.alias) FROM product_aliases a WHERE a.product_id = p.id))`,
        )
        .get()!.n;
      expect(stale).toBe(0);
      const search = (q: string) =>
        pg.conn.statement<{ id: number; name: string }>("SELECT id, name FROM products WHERE search @@ websearch_to_tsquery('english', ?) ORDER BY ts_rank(search, websearch_to_tsquery('english', ?)) DESC, id").all(q, q);
      expect(search('bananas').map((p) => p.name).join(' | ')).toMatch(/banana/i);
      const tide = sqliteCore.catalog.search({ query: 'tide', limit: 1 })[0]!.product;
      expect(search('tide').map((p) => p.id)).toContain(tide.id);
      // An alias is only in the index if the alias rows were indexed after their products went in.
      const alias = pg.conn.statement<{ product_id: number; alias: string }>(
        "SELECT product_id, alias FROM product_aliases WHERE alias ~ '^[a-z]+$' AND alias NOT IN (SELECT lower(w) FROM products, regexp_split_to_table(name || ' ' || coalesce(brand, '') || ' ' || category, '\\W+') w) ORDER BY product_id, alias LIMIT 1",
      ).get()!;
      expect(search(alias.alias).map((p) => p.id)).toContain(alias.product_id);
    });

    it('keeps the web session secret, so sessions made on SQLite resume', () => {
      const secret = sqliteDb.prepare("SELECT value FROM meta WHERE key = 'web_session_secret'").pluck().get();
      expect(secret).toBeTruthy();
      expect(persistentSecret(pg.conn, 'web_session_secret')).toBe(secret);
    });

    it('shows the same person the same lists, shared list and items', () => {
      expect(pgCore.users.resolve('terminal', 'ann').id).toBe(lived.annId);
      expect(pgCore.lists.lists(lived.annId)).toEqual(sqliteCore.lists.lists(lived.annId));
      expect(pgCore.lists.lists(lived.bobId)).toEqual(sqliteCore.lists.lists(lived.bobId));
      for (const id of [lived.sharedListId, lived.partyListId]) {
        const view = pgCore.lists.view(lived.annId, id);
        expect(view).toEqual(sqliteCore.lists.view(lived.annId, id));
        expect(view.groups.flatMap((g) => g.lines).length).toBeGreaterThan(0);
      }
      expect(pgCore.lists.view(lived.bobId, lived.sharedListId)).toEqual(sqliteCore.lists.view(lived.bobId, lived.sharedListId));
    });

    it('answers a returning person as SQLite would, conversation included, and a new person gets a new id', async () => {
      const turn = (core: Core, text: string, id: string) => core.agent.handle({ channel: 'terminal', externalUserId: 'ann', conversationKey: 'ann', text, messageId: id });
      // The conversation went on to the party list; both engines remember that.
      const onPg = await turn(pgCore, "what's on my list?", 'ann-after-1');
      expect(onPg.text).toBe((await turn(sqliteCore, "what's on my list?", 'ann-after-1')).text);
      expect(onPg.text).toMatch(/party/i);
      await turn(pgCore, 'add apples', 'ann-after-2');
      await turn(sqliteCore, 'add apples', 'ann-after-2');
      expect(pgCore.lists.view(lived.annId, lived.partyListId)).toEqual(sqliteCore.lists.view(lived.annId, lived.partyListId));
      const carl = pgCore.users.resolve('terminal', 'carl');
      expect(carl.id).toBeGreaterThan(Math.max(lived.annId, lived.bobId));
    });
  });

  it('refuses a second run, saying the target is not empty, and changes nothing', async () => {
    const before = pg.conn.statement<{ n: number }>('SELECT count(*) AS n FROM list_items').get()!.n;
    const users = pg.conn.statement<{ n: number }>('SELECT count(*) AS n FROM users').get()!.n;
    const err = await copySqliteToPostgres({ sqliteFile: lived.file, databaseUrl: pg.url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyRefused);
    expect((err as Error).message).toMatch(/the target database is not empty[^]*users already has \d+ rows? in PostgreSQL/);
    expect(pg.conn.statement<{ n: number }>('SELECT count(*) AS n FROM list_items').get()!.n).toBe(before);
    expect(pg.conn.statement<{ n: number }>('SELECT count(*) AS n FROM users').get()!.n).toBe(users);
  });
});

describe('files the copy refuses', () => {
  let lived: LivedInSqlite;
  let pg: PostgresTestDatabase;
  beforeAll(async () => {
    lived = await buildLivedInSqlite();
    pg = createPostgresTestDatabase();
  }, 120_000);
  afterAll(() => {
    pg?.cleanup();
    lived?.cleanup();
  });
  const empty = () => pg.conn.statement<{ n: number }>('SELECT (SELECT count(*) FROM products) + (SELECT count(*) FROM users) AS n').get()!.n;

  it('a damaged file: refused with the check that failed, nothing written', async () => {
    const bad = damagedCopy(lived.file, path.join(lived.dir, 'damaged.db'));
    const err = await copySqliteToPostgres({ sqliteFile: bad, databaseUrl: pg.url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyRefused);
    expect((err as Error).message).toMatch(/damaged/i);
    expect(empty()).toBe(0);
  });

  it('a file that is not a database at all: refused', async () => {
    const junk = path.join(lived.dir, 'junk.db');
    (await import('node:fs')).writeFileSync(junk, 'not a database, just some text '.repeat(200));
    const err = await copySqliteToPostgres({ sqliteFile: junk, databaseUrl: pg.url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyRefused);
    expect(empty()).toBe(0);
  });

  it('a missing file: refused, naming it', async () => {
    const err = await copySqliteToPostgres({ sqliteFile: path.join(lived.dir, 'nope.db'), databaseUrl: pg.url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyRefused);
    expect((err as Error).message).toContain('nope.db');
  });

  it('a table with rows PostgreSQL has no place for (a newer SQLite schema): refused before anything is written', async () => {
    const newer = path.join(lived.dir, 'newer.db');
    (await import('node:fs')).copyFileSync(lived.file, newer);
    const db = new Database(newer);
    db.exec("CREATE TABLE shopping_trips (id INTEGER PRIMARY KEY, note TEXT); INSERT INTO shopping_trips (note) VALUES ('saturday')");
    db.exec("ALTER TABLE lists ADD COLUMN colour TEXT; UPDATE lists SET colour = 'green'");
    db.close();
    const err = await copySqliteToPostgres({ sqliteFile: newer, databaseUrl: pg.url }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CopyRefused);
    expect((err as Error).message).toMatch(/shopping_trips/);
    expect((err as Error).message).toMatch(/lists: no PostgreSQL column for colour/);
    expect(empty()).toBe(0);
  });
});
