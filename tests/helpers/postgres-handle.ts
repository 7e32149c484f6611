import type { Db } from '../../src/store/database.js';
import { CARRIED_CONNECTION, type SqlConnection } from '../../src/store/sql.js';

/**
 * A PostgreSQL connection dressed as the part of better-sqlite3's `Database` the tests call on
 * `db` directly, so the same test runs against either store (`STORE=postgres`). The code under
 * test never sees this shape: `sqliteConnection(db)` and `createCore({ db })` take the carried
 * connection itself. What only SQLite has (pragmas, the file's name, user functions, backups)
 * throws "SQLite only" instead of doing something else quietly.
 */
export function postgresHandle(conn: SqlConnection, onClose: () => void): Db {
  let open = true;
  const live = () => {
    if (!open) throw new TypeError('The database connection is not open');
    return conn;
  };
  const handle = {
    [CARRIED_CONNECTION]: conn,
    get open() {
      return open;
    },
    get inTransaction() {
      return conn.inTransaction;
    },
    get memory() {
      return false;
    },
    get readonly() {
      return false;
    },
    get name(): string {
      return sqliteOnly('db.name (the database file)');
    },
    prepare: (sql: string) => statementOver(live(), sql),
    exec(sql: string) {
      live().exec(sql);
      return handle;
    },
    transaction<A extends unknown[], R>(fn: (...args: A) => R) {
      const run = (...args: A): R => live().transaction(() => fn(...args));
      return Object.assign(run, { deferred: run, immediate: run, exclusive: run, default: run });
    },
    close() {
      if (!open) return handle;
      open = false;
      onClose();
      return handle;
    },
    pragma: (source: string) => sqliteOnly(`pragma ${source}`),
    function: () => sqliteOnly('user-defined SQL functions'),
    aggregate: () => sqliteOnly('user-defined aggregates'),
    table: () => sqliteOnly('virtual tables'),
    loadExtension: () => sqliteOnly('extensions'),
    backup: () => sqliteOnly('backup()'),
    serialize: () => sqliteOnly('serialize()'),
    checkpoint: () => sqliteOnly('checkpoint()'),
    unsafeMode: () => sqliteOnly('unsafeMode()'),
    defaultSafeIntegers: () => sqliteOnly('safe integers'),
  };
  return handle as unknown as Db;
}

/** Statements that write and do not already say what they return: run() asks for the row, for `lastInsertRowid`. */
const INSERT = /^\s*insert\b/i;

/** better-sqlite3's `Statement`, over the connection's statement for the same SQL. */
function statementOver(conn: SqlConnection, source: string) {
  // A statement prepared before close() keeps working here, where better-sqlite3's would throw.
  const sql = source.trim().replace(/;\s*$/, '');
  const returns = /\breturning\b/i.test(sql) || /^\s*(select|with|values|explain|show)\b/i.test(sql);
  let mode: 'rows' | 'pluck' | 'raw' = 'rows';
  const shape = (row: Record<string, unknown> | undefined): unknown => {
    if (row === undefined) return undefined;
    if (mode === 'pluck') return Object.values(row)[0];
    if (mode === 'raw') return Object.values(row);
    return row;
  };
  const rows = (params: unknown[]) => conn.statement<Record<string, unknown>>(sql).all(...bind(params));
  const stmt = {
    source,
    reader: returns,
    get: (...params: unknown[]) => shape(rows(params)[0]),
    all: (...params: unknown[]) => rows(params).map(shape),
    iterate: (...params: unknown[]) => rows(params).map(shape)[Symbol.iterator](),
    run: (...params: unknown[]) => {
      if (INSERT.test(sql) && !returns) {
        // RETURNING * gives the new rows' ids where better-sqlite3 gives the last rowid.
        const inserted = conn.statement<Record<string, unknown>>(`${sql} RETURNING *`).all(...bind(params));
        return { changes: inserted.length, lastInsertRowid: Number(inserted.at(-1)?.id ?? 0) };
      }
      if (returns) return { changes: rows(params).length, lastInsertRowid: 0 };
      return { changes: conn.statement(sql).run(...bind(params)).changes, lastInsertRowid: 0 };
    },
    pluck(on = true) {
      mode = on ? 'pluck' : 'rows';
      return stmt;
    },
    raw(on = true) {
      mode = on ? 'raw' : 'rows';
      return stmt;
    },
    expand: () => sqliteOnly('expand()'),
    safeIntegers: () => sqliteOnly('safeIntegers()'),
    bind: () => sqliteOnly('bind()'),
    columns: () => sqliteOnly('columns()'),
  };
  return stmt;
}

/** Positional parameters as better-sqlite3 takes them (an array spread, or one array); named ones are SQLite only here. */
function bind(params: unknown[]): unknown[] {
  const flat = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
  for (const p of flat) {
    if (p !== null && typeof p === 'object' && !Buffer.isBuffer(p) && !(p instanceof Uint8Array)) {
      sqliteOnly('named parameters ({ name: value })');
    }
  }
  return flat.map((p) => (typeof p === 'bigint' ? Number(p) : p));
}

function sqliteOnly(what: string): never {
  throw new Error(`SQLite only: ${what} has no PostgreSQL counterpart in the test handle (STORE=postgres)`);
}
