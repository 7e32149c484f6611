import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** Which engine a {@link SqlConnection} speaks to; repositories branch on it only where the SQL differs. */
export type SqlDialect = 'sqlite' | 'postgres';

/** What a write statement did. */
export interface RunResult {
  /** Rows inserted, changed or deleted. */
  changes: number;
}

/**
 * One SQL statement, prepared once and run many times. Parameters are positional `?` in both
 * dialects (the PostgreSQL connection numbers them). A new row's id comes from
 * `INSERT ... RETURNING id` and {@link get}, which both engines support.
 */
export interface SqlStatement<R = Record<string, unknown>> {
  /** The first row, or undefined. */
  get(...params: unknown[]): R | undefined;
  /** Every row. */
  all(...params: unknown[]): R[];
  /** Runs a write. */
  run(...params: unknown[]): RunResult;
  /** The first column of the first row, or undefined when there is no row. */
  value<V = unknown>(...params: unknown[]): V | undefined;
  /** The first column of every row. */
  values<V = unknown>(...params: unknown[]): V[];
}

/**
 * The one handle repositories in `src/store/` take. Nothing outside `src/store/` sees it: the
 * domain, tools, agent and channels take repositories. Both engines implement it synchronously
 * (SQLite directly; PostgreSQL over one connection a worker thread holds), so a turn's reads and
 * writes run in one transaction, which {@link transaction} opens, whichever engine is behind it.
 */
export interface SqlConnection {
  readonly dialect: SqlDialect;
  /** The statement for `sql`, prepared on first use and reused after (cached per connection). */
  statement<R = Record<string, unknown>>(sql: string): SqlStatement<R>;
  /** Runs one or more statements with no parameters and no result (schema changes). */
  exec(sql: string): void;
  /**
   * Runs `work` in a transaction: BEGIN (IMMEDIATE on SQLite) ... COMMIT, or ROLLBACK when it
   * throws. Called inside another transaction it is a savepoint: only its own writes are undone
   * when it throws.
   */
  transaction<T>(work: () => T): T;
  /** True while a transaction (or savepoint) is open on this connection. */
  readonly inTransaction: boolean;
  /**
   * Runs `work` with the connection's wait limits raised to `ms` (a statement's run time and a
   * lock wait; normally 5 s, after which the person is told to try again). For start-up work
   * that may rightly wait on another instance doing the same: migrating, loading the demo store.
   */
  patiently<T>(ms: number, work: () => T): T;
  close(): void;
}

/**
 * The SQLite connection over a better-sqlite3 handle. Statements are prepared once per SQL text
 * and kept (up to {@link MAX_STATEMENTS}, least recently used go first: IN lists vary in length).
 *
 * @example
 * const conn = sqliteConnection(openDatabase({ dataDir: './data' }));
 * const id = conn.statement<{ id: number }>('INSERT INTO lists (name) VALUES (?) RETURNING id').get('Weekly')!.id;
 */
export function sqliteConnection(db: Db): SqlConnection & { readonly db: Db } {
  // A connection passes through as it is: the test suite hands PostgreSQL ones where a SQLite handle was (STORE=postgres).
  if (isSqlConnection(db)) return db as unknown as SqlConnection & { readonly db: Db };
  const carried = (db as unknown as { [CARRIED_CONNECTION]?: SqlConnection })[CARRIED_CONNECTION];
  if (carried) return carried as SqlConnection & { readonly db: Db };
  const cached = sqliteConnections.get(db);
  if (cached) return cached;
  const statements = new Map<string, SqlStatement<never>>();
  const tx = db.transaction((work: () => unknown) => work());
  const conn: SqlConnection & { readonly db: Db } = {
    dialect: 'sqlite',
    db,
    statement<R>(sql: string): SqlStatement<R> {
      let s = statements.get(sql) as SqlStatement<R> | undefined;
      if (s) {
        statements.delete(sql);
      } else {
        s = wrapSqlite<R>(db.prepare(sql));
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, s as SqlStatement<never>);
      return s;
    },
    exec(sql) {
      db.exec(sql);
    },
    transaction<T>(work: () => T): T {
      return (db.inTransaction ? tx(work) : tx.immediate(work)) as T;
    },
    get inTransaction() {
      return db.inTransaction;
    },
    patiently<T>(ms: number, work: () => T): T {
      const before = db.pragma('busy_timeout', { simple: true }) as number;
      db.pragma(`busy_timeout = ${Math.max(before, Math.floor(ms))}`);
      try {
        return work();
      } finally {
        db.pragma(`busy_timeout = ${before}`);
      }
    },
    close() {
      if (db.open) db.close();
    },
  };
  sqliteConnections.set(db, conn);
  return conn;
}

/**
 * A handle shaped like better-sqlite3's that stands for a connection carries it under this key
 * (the test suite's PostgreSQL stand-in for `Db`, whose `transaction(fn)` returns a function as
 * better-sqlite3's does, so it cannot be the connection itself); {@link sqliteConnection} hands it out.
 */
export const CARRIED_CONNECTION = Symbol.for('grocery-agent.carried-connection');

/** Statements kept per connection. */
const MAX_STATEMENTS = 500;

const sqliteConnections = new WeakMap<Db, SqlConnection & { readonly db: Db }>();

function wrapSqlite<R>(stmt: Statement<unknown[]>): SqlStatement<R> {
  const returnsRows = stmt.reader;
  let plucked: Statement<unknown[]> | undefined;
  const pluck = () => (plucked ??= stmt.database.prepare(stmt.source).pluck());
  return {
    get: (...params) => stmt.get(...params) as R | undefined,
    all: (...params) => stmt.all(...params) as R[],
    run: (...params) => {
      if (returnsRows) {
        // INSERT ... RETURNING run for its effect: better-sqlite3 wants it read.
        return { changes: stmt.all(...params).length };
      }
      return { changes: stmt.run(...params).changes };
    },
    value: <V>(...params: unknown[]) => pluck().get(...params) as V | undefined,
    values: <V>(...params: unknown[]) => pluck().all(...params) as V[],
  };
}

/**
 * What the domain holds to make several repository calls all-or-nothing, without seeing the
 * connection: `atomically(work)` runs `work` in one transaction (a savepoint inside a turn's).
 */
export interface Transactor {
  atomically<T>(work: () => T): T;
}

/** The {@link Transactor} over a connection. */
export function transactor(conn: SqlConnection): Transactor {
  return { atomically: (work) => conn.transaction(work) };
}

/** Whether `handle` is already a {@link SqlConnection} (rather than a better-sqlite3 handle). */
export function isSqlConnection(handle: unknown): handle is SqlConnection {
  return typeof handle === 'object' && handle !== null && typeof (handle as SqlConnection).statement === 'function' && 'dialect' in handle;
}

/** The connection for a SQLite handle, or the connection itself (either engine). */
export function asConnection(handle: Db | SqlConnection): SqlConnection {
  return isSqlConnection(handle) ? handle : sqliteConnection(handle);
}
