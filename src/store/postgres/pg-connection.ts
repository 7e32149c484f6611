import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { RunResult, SqlConnection, SqlStatement } from '../sql.js';
import { numberPlaceholders } from './placeholders.js';
import { PG_WORKER_SOURCE } from './pg-worker-source.js';

/** Options for {@link openPostgresConnection}. */
export interface PostgresConnectionOptions {
  /**
   * Session `statement_timeout` in ms: no statement runs longer, so the blocked main thread is
   * never held longer either. Default 5000.
   */
  statementTimeoutMs?: number;
  /** Session `lock_timeout` in ms: a write waiting for another's row lock gives up (55P03, "busy"). Default 5000. */
  lockTimeoutMs?: number;
  /** How long connecting may take, in ms. Default 5000. */
  connectTimeoutMs?: number;
  /** Shown in `pg_stat_activity.application_name`. Default 'grocery-agent'. */
  applicationName?: string;
}

/** A {@link SqlConnection} to PostgreSQL; `exited` settles once its worker thread has stopped after {@link close}. */
export interface PostgresConnection extends SqlConnection {
  readonly dialect: 'postgres';
  readonly exited: Promise<void>;
}

/** A PostgreSQL error as the main thread sees it: `code` is the SQLSTATE (src/store/errors.ts reads it). */
export class PostgresError extends Error {
  override name = 'PostgresError';
  constructor(
    message: string,
    readonly code: string,
    readonly detail?: string,
    readonly constraint?: string,
    readonly table?: string,
  ) {
    super(message);
  }
}

/** Extra time the main thread waits past the server's own timeouts before it gives the connection up. */
const WAIT_MARGIN_MS = 2000;

/** Statements that write: inside a transaction each runs in its own savepoint (see the worker). */
const WRITE = /^\s*(?:--[^\n]*\n\s*)*(insert|update|delete|merge)\b/i;

type Answer = { rows: unknown[]; rowCount: number; binary?: boolean } | { error: { message: string; code: string; detail?: string; constraint?: string; table?: string } };

/**
 * Opens one PostgreSQL connection behind the synchronous {@link SqlConnection}: a worker thread
 * holds the `pg.Client`, and each call blocks the calling thread until the worker has the
 * answer (the turn stays synchronous, as it is on SQLite). Parameters are positional `?`;
 * int8/numeric come back as numbers, bytea as Buffer. A transaction is BEGIN ... COMMIT, nested
 * ones savepoints. Throws a {@link PostgresError} naming the URL's host when nothing answers.
 *
 * @example
 * const conn = openPostgresConnection('postgres://postgres@127.0.0.1:5432/grocery');
 * migratePostgres(conn);
 * const id = conn.statement('INSERT INTO users (created_at) VALUES (?) RETURNING id').value<number>(Date.now());
 */
export function openPostgresConnection(url: string, opts: PostgresConnectionOptions = {}): PostgresConnection {
  const statementTimeoutMs = opts.statementTimeoutMs ?? 5000;
  const lockTimeoutMs = opts.lockTimeoutMs ?? 5000;
  const connectTimeoutMs = opts.connectTimeoutMs ?? 5000;
  const waitMs = Math.max(statementTimeoutMs, lockTimeoutMs) + WAIT_MARGIN_MS;
  const shared = new SharedArrayBuffer(4);
  const signal = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(PG_WORKER_SOURCE, {
    eval: true,
    workerData: {
      pg: createRequire(import.meta.url).resolve('pg'),
      port: port2,
      shared,
      url,
      statementTimeoutMs,
      lockTimeoutMs,
      connectTimeoutMs,
      applicationName: opts.applicationName ?? 'grocery-agent',
    },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  let broken: PostgresError | undefined;
  let closed = false;
  let depth = 0;

  /** The main thread's wait while {@link SqlConnection.patiently} has raised the server's limits. */
  let patientWaitMs: number | undefined;
  const request = (message: object, timeoutMs = patientWaitMs ?? waitMs): { rows: unknown[]; rowCount: number } => {
    if (closed) throw new PostgresError('the PostgreSQL connection is closed', 'PG_CLOSED');
    if (broken) throw broken;
    Atomics.store(signal, 0, 0);
    port1.postMessage(message);
    if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') {
      broken = new PostgresError(`PostgreSQL did not answer within ${timeoutMs} ms; the connection was given up`, 'PG_TIMEOUT');
      void worker.terminate();
      throw broken;
    }
    let answer = receiveMessageOnPort(port1)?.message as Answer | undefined;
    // The signal can be seen a moment before the port shows the message the worker posted first:
    // look again for a little while before calling it lost.
    for (let tries = 0; !answer && tries < 200; tries++) {
      Atomics.wait(signal, 0, 1, 1);
      answer = receiveMessageOnPort(port1)?.message as Answer | undefined;
    }
    if (!answer) throw new PostgresError('the PostgreSQL worker signalled without an answer', 'PG_WORKER');
    if ('error' in answer) {
      const e = answer.error;
      throw new PostgresError(e.message, e.code, e.detail, e.constraint, e.table);
    }
    if (answer.binary) restoreBuffers(answer.rows);
    return answer;
  };

  try {
    request({ op: 'connect' }, connectTimeoutMs + WAIT_MARGIN_MS);
  } catch (err) {
    closed = true;
    void worker.terminate();
    const e = err as PostgresError;
    throw new PostgresError(`PostgreSQL did not answer at ${describeUrl(url)}: ${e.message}`, e.code ?? 'PG_CONNECT');
  }

  const statements = new Map<string, SqlStatement<never>>();
  const prepare = <R>(sql: string): SqlStatement<R> => {
    const { text } = numberPlaceholders(sql);
    const writes = WRITE.test(sql);
    const run = (params: unknown[], arrays: boolean) =>
      request({ op: 'query', text, params: params.map(toParam), arrays, guard: writes && depth > 0, inTransaction: depth > 0 });
    return {
      get: (...params) => run(params, false).rows[0] as R | undefined,
      all: (...params) => run(params, false).rows as R[],
      run: (...params): RunResult => ({ changes: run(params, false).rowCount }),
      value: <V>(...params: unknown[]) => (run(params, true).rows[0] as V[] | undefined)?.[0],
      values: <V>(...params: unknown[]) => (run(params, true).rows as V[][]).map((r) => r[0]!),
    };
  };

  const finish = (sql: string) => request({ op: 'exec', text: sql });

  const conn: PostgresConnection = {
    dialect: 'postgres',
    exited,
    statement<R>(sql: string): SqlStatement<R> {
      let s = statements.get(sql) as SqlStatement<R> | undefined;
      if (s) statements.delete(sql);
      else {
        s = prepare<R>(sql);
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, s as SqlStatement<never>);
      return s;
    },
    exec(sql) {
      request({ op: 'exec', text: sql });
    },
    patiently<T>(ms: number, work: () => T): T {
      const limit = Math.max(statementTimeoutMs, lockTimeoutMs, Math.floor(ms));
      const before = patientWaitMs;
      finish(`SET statement_timeout = ${limit}; SET lock_timeout = ${limit}`);
      patientWaitMs = limit + WAIT_MARGIN_MS;
      try {
        return work();
      } finally {
        patientWaitMs = before;
        // Inside a transaction that is rolling back, the SET goes with it; otherwise put the limits back.
        if (before === undefined) {
          try {
            finish(`SET statement_timeout = ${statementTimeoutMs}; SET lock_timeout = ${lockTimeoutMs}`);
          } catch {
            // the transaction this ran in is aborted: its ROLLBACK restores the session's limits
          }
        }
      }
    },
    transaction<T>(work: () => T): T {
      const savepoint = `ga_tx_${depth}`;
      finish(depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`);
      depth++;
      let result: T;
      try {
        result = work();
        if (isThenable(result)) throw new TypeError('Transaction function cannot return a promise');
      } catch (err) {
        depth--;
        undo(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`);
        throw err;
      }
      depth--;
      try {
        finish(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      } catch (err) {
        // A failed COMMIT has already ended the transaction; a failed RELEASE leaves the savepoint to undo.
        if (depth > 0) undo(`ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`);
        throw err;
      }
      return result;
    },
    get inTransaction() {
      return depth > 0;
    },
    close() {
      if (closed) return;
      try {
        if (!broken) request({ op: 'close' });
      } catch {
        // The worker goes either way.
      } finally {
        closed = true;
        depth = 0;
        void worker.terminate();
      }
    },
  };

  /** Undoing after a failure; its own failure (connection gone) must not hide the first error. */
  function undo(sql: string): void {
    try {
      finish(sql);
    } catch {
      // The first error is the one worth reporting.
    }
  }

  return conn;
}

/** Statements kept per connection (the worker also prepares at most this many server-side). */
const MAX_STATEMENTS = 500;

/** Booleans become 0/1, the integer flags both schemas use (PostgreSQL would refuse `true` for an integer column). */
function toParam(value: unknown): unknown {
  if (value === true) return 1;
  if (value === false) return 0;
  return value;
}

function restoreBuffers(rows: unknown[]): void {
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (const key of Object.keys(r)) {
      const v = r[key];
      if (v instanceof Uint8Array && !Buffer.isBuffer(v)) r[key] = Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    }
  }
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** The URL without its password, for messages. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'the configured DATABASE_URL';
  }
}
