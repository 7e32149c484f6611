import crypto from 'node:crypto';
import type { Db } from './database.js';

/** Reads a value from the `meta` table. */
export function getMeta(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(key)?.value;
}

/** Writes a value to the `meta` table. */
export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * A secret kept in the database, made on first use: web sessions stay valid across restarts
 * without anyone having to configure SESSION_SECRET.
 */
export function persistentSecret(db: Db, key: string): string {
  const existing = getMeta(db, key);
  if (existing) return existing;
  const secret = crypto.randomBytes(32).toString('base64url');
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, secret);
  return getMeta(db, key)!;
}
