import crypto from 'node:crypto';
import type { SqlConnection } from './sql.js';

/** Reads a value from the `meta` table. */
export function getMeta(conn: SqlConnection, key: string): string | undefined {
  return conn.statement('SELECT value FROM meta WHERE key = ?').value<string>(key);
}

/** Writes a value to the `meta` table. */
export function setMeta(conn: SqlConnection, key: string, value: string): void {
  conn.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * A secret kept in the database, made on first use: web sessions stay valid across restarts
 * without anyone having to configure SESSION_SECRET.
 */
export function persistentSecret(conn: SqlConnection, key: string): string {
  const existing = getMeta(conn, key);
  if (existing) return existing;
  const secret = crypto.randomBytes(32).toString('base64url');
  conn.statement('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT DO NOTHING').run(key, secret);
  return getMeta(conn, key)!;
}
