/**
 * Engine-neutral readings of database errors, so code above the repositories never reads an
 * engine's error codes. SQLite (better-sqlite3) sets `code` to `SQLITE_*`; PostgreSQL (pg) sets
 * the five-character SQLSTATE.
 */

/** True when a write broke a UNIQUE constraint (or primary key): the row is already there. */
export function isUniqueViolation(err: unknown): boolean {
  const code = codeOf(err);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * True for "another writer holds the lock" failures, which pass once the other writer is done:
 * SQLite's SQLITE_BUSY / SQLITE_LOCKED (and extended codes); PostgreSQL's lock timeout (55P03),
 * deadlock (40P01) and serialization failure (40001). Callers answer "try again".
 */
export function isStoreBusy(err: unknown): boolean {
  const code = codeOf(err);
  if (code === undefined) return false;
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03' || code === '40P01' || code === '40001';
}

function codeOf(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
