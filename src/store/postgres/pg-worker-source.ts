/**
 * The worker thread behind a PostgreSQL `SqlConnection` (../sql.ts), as CommonJS source so it needs no
 * file of its own next to the compiled code (and runs the same under vitest and from dist/).
 *
 * It owns one `pg.Client`. The main thread posts one request at a time on `port` and blocks in
 * `Atomics.wait` on `shared[0]`; the worker answers on the same port, then stores 1 there and
 * notifies, and the main thread takes the answer with `receiveMessageOnPort`.
 *
 * Requests: `{ op: 'connect' }`, `{ op: 'query', text, params, arrays, guard }` (`guard`: run the
 * statement inside its own savepoint, so a failed write undoes only itself and the surrounding
 * transaction goes on, as a failed statement does in SQLite), `{ op: 'exec', text }` (simple
 * protocol, several statements, no parameters) and `{ op: 'close' }`. Answers: `{ rows, rowCount,
 * binary }` or `{ error: { message, code, ... } }`.
 *
 * Values: int8 and numeric come back as JS numbers (ids, times and cents are integers well inside
 * 2^53; sums and averages are numeric); bytea as Buffer (the main thread restores the Buffer
 * type, which structured cloning turns into Uint8Array; `binary` says when to look).
 */
export const PG_WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, shared } = workerData;
const signal = new Int32Array(shared);
const answer = (message) => {
  port.postMessage(message);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
};
const failure = (err, fallbackCode) => ({
  error: {
    message: String((err && err.message) || err),
    code: (err && typeof err.code === 'string' && err.code) || fallbackCode,
    detail: err && err.detail,
    constraint: err && err.constraint,
    table: err && err.table,
    column: err && err.column,
    severity: err && err.severity,
  },
});

let client;
let lost;
let startError;
const named = new Map();
const MAX_NAMED = 500;
try {
  const pg = require(workerData.pg);
  const toNumber = (v) => (v === null ? null : Number(v));
  const numberArray = (oid) => {
    const parse = pg.types.getTypeParser(oid, 'text');
    return (v) => parse(v).map(toNumber);
  };
  const parsers = new Map([[20, toNumber], [1700, toNumber], [1016, numberArray(1016)], [1231, numberArray(1231)]]);
  client = new pg.Client({
    connectionString: workerData.url,
    application_name: workerData.applicationName,
    statement_timeout: workerData.statementTimeoutMs,
    lock_timeout: workerData.lockTimeoutMs,
    connectionTimeoutMillis: workerData.connectTimeoutMs,
    types: { getTypeParser: (oid, format) => (format === 'text' && parsers.get(oid)) || pg.types.getTypeParser(oid, format) },
  });
  client.on('error', (err) => { lost = err; });
} catch (err) {
  startError = err;
}

const toBuffers = (params) => params.map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));

// A statement prepared before a schema change that alters its result's columns fails once with
// "cached plan must not change result type"; from then on that SQL runs unprepared, and outside a
// transaction (nothing to have aborted) it is retried at once.
const replanned = (err) => err && err.code === '0A000' && /cached plan/.test(String(err.message));

async function query(m) {
  let name = named.get(m.text);
  if (name === undefined && named.size < MAX_NAMED) named.set(m.text, (name = 's' + (named.size + 1)));
  const config = { text: m.text, values: toBuffers(m.params), rowMode: m.arrays ? 'array' : undefined, name: name || undefined };
  if (!m.guard) {
    try {
      return await client.query(config);
    } catch (err) {
      if (!replanned(err) || !name) throw err;
      named.set(m.text, null);
      if (m.inTransaction) throw err;
      return client.query({ ...config, name: undefined });
    }
  }
  await client.query('SAVEPOINT ga_statement');
  try {
    const result = await client.query(config);
    await client.query('RELEASE SAVEPOINT ga_statement');
    return result;
  } catch (err) {
    try { await client.query('ROLLBACK TO SAVEPOINT ga_statement; RELEASE SAVEPOINT ga_statement'); } catch {}
    if (!replanned(err) || !name) throw err;
    named.set(m.text, null);
    return query(m);
  }
}

async function handle(m) {
  if (startError) return failure(startError, 'PG_WORKER');
  if (lost) return failure(lost, '08006');
  if (m.op === 'connect') {
    await client.connect();
    return { rows: [], rowCount: 0 };
  }
  if (m.op === 'close') {
    await client.end();
    return { rows: [], rowCount: 0 };
  }
  if (m.op === 'exec') {
    await client.query(m.text);
    return { rows: [], rowCount: 0 };
  }
  const result = await query(m);
  return {
    rows: result.rows,
    rowCount: result.rowCount ?? 0,
    binary: result.fields.some((f) => f.dataTypeID === 17),
  };
}

port.on('message', (m) => {
  handle(m).then(answer, (err) => answer(failure(err, lost ? '08006' : 'PG_ERROR')));
});
`;
