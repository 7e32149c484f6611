import type { Statement } from 'better-sqlite3';
import type { Db } from './database.js';

/** Statements kept per connection; beyond this the least recently used go (IN lists vary in length). */
const MAX_STATEMENTS = 500;

const byDb = new WeakMap<Db, Map<string, Statement<unknown[]>>>();

/**
 * The connection's prepared statement for `sql`, prepared on first use and reused after, for
 * code that builds its SQL per call (a variable IN list, an optional filter). Preparing costs
 * more than running a small query, and these run on every chat turn. The statement is shared by
 * every caller with the same SQL, so none may switch its mode (`raw()`, `pluck()`, `expand()`).
 *
 * @example
 * const rows = prepared(db, 'SELECT * FROM preferences WHERE user_id = ?').all(userId);
 */
export function prepared<P extends unknown[] = unknown[], R = unknown>(db: Db, sql: string): Statement<P, R> {
  let cache = byDb.get(db);
  if (!cache) byDb.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (stmt) {
    cache.delete(sql);
  } else {
    stmt = db.prepare(sql);
    if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value!);
  }
  cache.set(sql, stmt);
  return stmt as unknown as Statement<P, R>;
}
