import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/store/database.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the file with WAL, foreign keys and the latest schema version', () => {
    const dir = tempDir();
    const db = openDatabase({ dataDir: dir });
    expect(fs.existsSync(path.join(dir, 'grocery.db'))).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  });

  it('runs migrations once: reopening applies nothing and keeps data', () => {
    const dir = tempDir();
    const db = openDatabase({ dataDir: dir });
    db.prepare('INSERT INTO users (display_name, created_at) VALUES (?, ?)').run('Ana', 1);
    db.close();
    const again = openDatabase({ dataDir: dir });
    expect(migrate(again, MIGRATIONS)).toBe(0);
    expect(again.prepare('SELECT display_name FROM users').pluck().get()).toBe('Ana');
    again.close();
  });

  it('rolls back a failing migration entirely', () => {
    const db = openDatabase({ dataDir: tempDir(), migrations: [] });
    const bad = [{ version: 1, name: 'bad', up: 'CREATE TABLE a (x INTEGER); CREATE TABLE a (y INTEGER);' }];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'a'").pluck().get()).toBe(0);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    db.close();
  });

  it('refuses a list item that points at a list that does not exist', () => {
    const db = openDatabase({ dataDir: tempDir() });
    expect(() =>
      db
        .prepare('INSERT INTO list_items (list_id, name, position, created_at, updated_at) VALUES (999, ?, 0, 0, 0)')
        .run('milk'),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
