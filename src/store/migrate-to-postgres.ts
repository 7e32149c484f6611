import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { checkDatabase } from './integrity.js';
import { MIGRATIONS } from './migrations/index.js';

/** How far the copy is, for progress lines. */
export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

/** Options for {@link copySqliteToPostgres}. */
export interface CopyOptions {
  /** The SQLite file to read (opened read-only; never changed). */
  sqliteFile: string;
  /** `postgres://...`: a database whose schema is migrated and whose tables are empty. */
  databaseUrl: string;
  /** Rows per INSERT (default 2000); fewer when a table is wide (PostgreSQL takes at most 65,535 parameters). */
  batchRows?: number;
  onProgress?: (p: CopyProgress) => void;
}

/** What was copied. */
export interface CopyReport {
  tables: { name: string; rows: number }[];
  rows: number;
  ms: number;
}

/** Why a copy was refused: no file, a damaged one, schemas that do not match, or a target that already has rows. */
export type CopyRefusal = 'missing' | 'damaged' | 'schema' | 'not-empty';

/** Why a copy was refused before anything was written; `reason` lets a caller say what to do. */
export class CopyRefused extends Error {
  override name = 'CopyRefused';
  constructor(
    message: string,
    readonly reason: CopyRefusal,
  ) {
    super(message);
  }
}

/** Tables that exist only because of an engine's way of doing a thing, not data a person stored. */
const ENGINE_ONLY = /^(sqlite_|products_fts)/;

/** Columns PostgreSQL's triggers fill as the rows they count arrive (a copied value would be counted twice). */
const KEPT_BY_TRIGGERS = new Set(['lists.item_count']);

/**
 * Copies every row of a SQLite database into an empty, migrated PostgreSQL database, in one
 * PostgreSQL transaction: either everything arrives or nothing does. Tables are copied parents
 * first (by their foreign keys), ids are kept, identity sequences are moved past the largest id,
 * and every table's row count is compared afterwards. SQLite's engine-only tables (the FTS5
 * index) are left behind: PostgreSQL's search index is kept by triggers on `products` and
 * `product_aliases`, so it is built as their rows arrive. Float32 blobs go into `real[]` columns
 * as the numbers they hold; the 0/1 flags stay integers on both engines.
 *
 * Refuses ({@link CopyRefused}), changing nothing, when the file is missing, fails its checks
 * (the write-ahead log, then quick_check) or has another schema version than this code, when a
 * table or column holding data has no place in PostgreSQL, or when a target table already has rows.
 *
 * @example
 * await copySqliteToPostgres({ sqliteFile: './data/grocery.db', databaseUrl: process.env.DATABASE_URL! });
 */
export async function copySqliteToPostgres(opts: CopyOptions): Promise<CopyReport> {
  const started = Date.now();
  const src = openSource(opts.sqliteFile);
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  try {
    await client.connect();
    await client.query('BEGIN');
    try {
      // Inside the transaction: the emptiness seen by the plan is the one the rows go into, and a
      // second copy started at the same moment waits here instead of interleaving.
      await client.query(`SELECT pg_advisory_xact_lock(${COPY_LOCK})`);
      const plan = await planCopy(src, client);
      // Parents come first anyway; deferring (every foreign key is DEFERRABLE) keeps a cycle or a
      // self-reference a later schema adds from failing half way.
      await client.query('SET CONSTRAINTS ALL DEFERRED');
      const tables: CopyReport['tables'] = [];
      for (const t of plan) tables.push({ name: t.name, rows: await copyTable(src, client, t, opts) });
      for (const t of plan) await settleTable(src, client, t);
      await client.query('COMMIT');
      // Fresh planner statistics: an empty table's would make the first queries scan.
      await client.query('ANALYZE');
      return { tables, rows: tables.reduce((n, t) => n + t.rows, 0), ms: Date.now() - started };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    src.close();
    await client.end().catch(() => undefined);
  }
}

/** Any constant: one copy into a database at a time. */
const COPY_LOCK = 7_105_170_019;

/** The SQLite file, read-only, once it has passed its checks; refuses a missing, damaged or differently versioned one. */
function openSource(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new CopyRefused(`There is no SQLite database at ${file}.`, 'missing');
  const report = checkDatabase(file, 'quick');
  if (!report.ok) {
    throw new CopyRefused(`${file} is damaged (${report.problems[0] ?? 'quick check failed'}); nothing was copied. Restore a backup first.`, 'damaged');
  }
  const src = new Database(file, { readonly: true, fileMustExist: true });
  const version = src.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)!.version;
  if (version !== latest) {
    src.close();
    throw new CopyRefused(
      version < latest
        ? `${file} is at schema version ${version}, older than this version's ${latest}: start grocery-agent on it once (it upgrades the file), then copy it.`
        : `${file} is at schema version ${version}, newer than this version's ${latest}: copy it with the grocery-agent that wrote it.`,
      'schema',
    );
  }
  return src;
}

/** After the rows: identities past the largest id, and the row count compared with the source. */
async function settleTable(src: Database.Database, client: pg.Client, t: TablePlan): Promise<void> {
  for (const col of t.identity) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(col)}) FROM ${quote(t.name)}), 0) + 1, false)`,
      [t.name, col],
    );
  }
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(t.name)}`);
  const want = src.prepare(`SELECT count(*) FROM ${quote(t.name)}`).pluck().get() as number;
  if (Number(rows[0]!.n) !== want) throw new Error(`${t.name}: ${rows[0]!.n} rows arrived of ${want}; nothing was kept`);
}

interface TablePlan {
  name: string;
  columns: string[];
  /** Columns PostgreSQL fills from an identity sequence. */
  identity: string[];
  /** Columns PostgreSQL keeps as real[] that SQLite keeps as float32 blobs. */
  floatArrays: Set<string>;
}

async function planCopy(src: Database.Database, client: pg.Client): Promise<TablePlan[]> {
  const names = (
    src.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as { name: string; sql: string | null }[]
  )
    .filter((t) => !ENGINE_ONLY.test(t.name) && !/^CREATE VIRTUAL/i.test(t.sql ?? ''))
    .map((t) => t.name);
  const { rows: pgCols } = await client.query<{ table_name: string; column_name: string; is_identity: string; is_generated: string; udt_name: string }>(
    `SELECT table_name, column_name, is_identity, is_generated, udt_name
       FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  const byTable = new Map<string, typeof pgCols>();
  for (const c of pgCols) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c]);

  const problems: string[] = [];
  const occupied: string[] = [];
  const plans = new Map<string, TablePlan>();
  for (const name of names) {
    const target = byTable.get(name);
    const rows = src.prepare(`SELECT count(*) FROM ${quote(name)}`).pluck().get() as number;
    if (!target) {
      if (rows > 0) problems.push(`table ${name} (${rows} rows) has no PostgreSQL table`);
      continue;
    }
    const srcCols = (src.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[]);
    const targetCols = new Map(target.map((c) => [c.column_name, c]));
    const missing = srcCols.filter((c) => !targetCols.has(c));
    if (missing.length > 0 && rows > 0) problems.push(`${name}: no PostgreSQL column for ${missing.join(', ')}`);
    const columns = srcCols.filter((c) => targetCols.has(c) && targetCols.get(c)!.is_generated !== 'ALWAYS' && !KEPT_BY_TRIGGERS.has(`${name}.${c}`));
    const { rows: existing } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(name)}`);
    if (Number(existing[0]!.n) > 0) occupied.push(`${name} already has ${existing[0]!.n} ${existing[0]!.n === '1' ? 'row' : 'rows'} in PostgreSQL`);
    plans.set(name, {
      name,
      columns,
      identity: target.filter((c) => c.is_identity === 'YES').map((c) => c.column_name),
      floatArrays: new Set(target.filter((c) => c.udt_name === '_float4').map((c) => c.column_name)),
    });
  }
  if (problems.length > 0) {
    throw new CopyRefused(`Nothing was copied: the schemas do not match.\n${problems.map((p) => `  - ${p}`).join('\n')}`, 'schema');
  }
  if (occupied.length > 0) {
    throw new CopyRefused(`Nothing was copied: the target database is not empty.\n${occupied.map((p) => `  - ${p}`).join('\n')}`, 'not-empty');
  }
  return parentsFirst(src, [...plans.values()]);
}

/** Orders tables so every table comes after the tables its foreign keys point at. */
function parentsFirst(src: Database.Database, plans: TablePlan[]): TablePlan[] {
  const names = new Set(plans.map((p) => p.name));
  const parents = new Map(
    plans.map((p) => [
      p.name,
      new Set(
        (src.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(p.name) as string[]).filter(
          (t) => t !== p.name && names.has(t),
        ),
      ),
    ]),
  );
  const done = new Set<string>();
  const out: TablePlan[] = [];
  while (out.length < plans.length) {
    const ready = plans.filter((p) => !done.has(p.name) && [...parents.get(p.name)!].every((t) => done.has(t)));
    // A cycle of foreign keys (none in this schema): take the rest in name order.
    const next = ready.length > 0 ? ready : plans.filter((p) => !done.has(p.name));
    for (const p of next) {
      done.add(p.name);
      out.push(p);
    }
  }
  return out;
}

async function copyTable(src: Database.Database, client: pg.Client, t: TablePlan, opts: CopyOptions): Promise<number> {
  const total = src.prepare(`SELECT count(*) FROM ${quote(t.name)}`).pluck().get() as number;
  const perInsert = Math.max(1, Math.min(opts.batchRows ?? 2000, Math.floor(60_000 / Math.max(1, t.columns.length))));
  const cols = t.columns.map(quote).join(', ');
  const overriding = t.identity.some((c) => t.columns.includes(c)) ? ' OVERRIDING SYSTEM VALUE' : '';
  let batch: unknown[][] = [];
  let copied = 0;
  // Tenths reported so far: a line per tenth, and the last line at 100% for any table with rows.
  let reported = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const params: unknown[] = [];
    const tuples = batch.map((row) => `(${row.map((v) => (params.push(v), `$${params.length}`)).join(', ')})`);
    try {
      await client.query(`INSERT INTO ${quote(t.name)} (${cols})${overriding} VALUES ${tuples.join(', ')}`, params);
    } catch (err) {
      // Which table and which rows, so a value PostgreSQL will not take (SQLite takes anything) can be found.
      throw new Error(`${t.name}, rows ${copied + 1}-${copied + batch.length}: ${(err as Error).message}; nothing was kept`, { cause: err });
    }
    copied += batch.length;
    batch = [];
    const pct = total ? Math.floor((copied / total) * 10) : 10;
    if (pct > reported) {
      reported = pct;
      opts.onProgress?.({ table: t.name, copied, total });
    }
  };
  if (total === 0) opts.onProgress?.({ table: t.name, copied: 0, total: 0 });
  const select = src.prepare(`SELECT ${cols} FROM ${quote(t.name)}`).raw();
  for (const row of select.iterate() as IterableIterator<unknown[]>) {
    batch.push(row.map((v, i) => (t.floatArrays.has(t.columns[i]!) && Buffer.isBuffer(v) ? floatsOf(v) : v)));
    if (batch.length >= perInsert) await flush();
  }
  await flush();
  return copied;
}

function floatsOf(buf: Buffer): number[] {
  const out: number[] = [];
  for (let i = 0; i + 4 <= buf.length; i += 4) out.push(buf.readFloatLE(i));
  return out;
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
