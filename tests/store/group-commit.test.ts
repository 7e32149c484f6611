import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database.js';
import { createGroupCommit } from '../../src/store/group-commit.js';
import { sqliteConnection } from '../../src/store/sql.js';

describe('group commit', () => {
  let dir: string;
  let db: Db;
  let other: Database.Database;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-group-'));
    db = openDatabase({ dataDir: dir, migrations: [] });
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)');
    // Another process's view of the same file.
    other = new Database(path.join(dir, 'grocery.db'));
    other.pragma('busy_timeout = 50');
  });

  afterEach(() => {
    other.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const insert = (text: string) => () => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text).lastInsertRowid;
  const stored = () => (other.prepare('SELECT text FROM notes ORDER BY id').all() as { text: string }[]).map((r) => r.text);

  it('answers only once the work is on disk, where another connection can read it', async () => {
    const group = createGroupCommit(sqliteConnection(db));
    const pending = group.run(insert('milk'));
    expect(stored()).toEqual([]);
    await pending;
    expect(stored()).toEqual(['milk']);
  });

  it('commits everything asked for in one pass of the event loop together, in order, writing far fewer pages', async () => {
    db.pragma('wal_autocheckpoint = 0');
    const framesInWal = () => (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    const texts = Array.from({ length: 50 }, (_, i) => `item ${i}`);

    db.pragma('wal_checkpoint(TRUNCATE)');
    for (const t of texts) db.transaction(insert(`${t} alone`)).immediate();
    const oneByOne = framesInWal();

    db.pragma('wal_checkpoint(TRUNCATE)');
    const group = createGroupCommit(sqliteConnection(db));
    const ids = await Promise.all(texts.map((t) => group.run(insert(t))));
    const grouped = framesInWal();

    expect(stored().slice(50)).toEqual(texts);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    expect(oneByOne).toBeGreaterThanOrEqual(50);
    expect(grouped).toBeLessThan(oneByOne / 10);
  });

  it('undoes only the writes of the piece that failed; the others are kept and answered', async () => {
    const group = createGroupCommit(sqliteConnection(db));
    const results = await Promise.allSettled([
      group.run(insert('milk')),
      group.run(() => {
        insert('eggs')();
        insert('milk')(); // UNIQUE fails: eggs must go too
      }),
      group.run(insert('bread')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(stored()).toEqual(['milk', 'bread']);
  });

  it('fails every piece, applying none, while another process holds the write lock; later work goes through', async () => {
    db.pragma('busy_timeout = 50');
    const group = createGroupCommit(sqliteConnection(db));
    other.exec('BEGIN IMMEDIATE');
    const results = await Promise.allSettled([group.run(insert('milk')), group.run(insert('eggs'))]);
    other.exec('COMMIT');
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason.code).toMatch(/^SQLITE_BUSY/);
    expect(stored()).toEqual([]);

    await group.run(insert('bread'));
    expect(stored()).toEqual(['bread']);
  });

  it('splits a crowd into transactions of at most maxBatch, and still answers everyone', async () => {
    const group = createGroupCommit(sqliteConnection(db), { maxBatch: 8 });
    // What another connection can read while each piece runs: the rows of the transactions already committed.
    const committedBefore: number[] = [];
    const ids = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        group.run(() => {
          committedBefore.push(stored().length);
          return insert(`n${i}`)();
        }),
      ),
    );
    expect(ids).toHaveLength(20);
    expect(stored()).toHaveLength(20);
    expect(committedBefore).toEqual([...Array(8).fill(0), ...Array(8).fill(8), ...Array(4).fill(16)]);
  });

  it('commits a lone message on a quiet loop at once, and waits for the pass while messages keep coming', async () => {
    const group = createGroupCommit(sqliteConnection(db));
    const afterThisTask = () => new Promise<string[]>((resolve) => queueMicrotask(() => resolve(stored())));
    // Quiet: committed as soon as the task that asked is done, before the loop goes on.
    await new Promise((r) => setTimeout(r, 10));
    const lone = group.run(insert('milk'));
    expect(await afterThisTask()).toEqual(['milk']);
    await lone;

    // Busy (the last commit took several): the next waits for the rest of the pass to join it.
    await Promise.all([group.run(insert('eggs')), group.run(insert('bread'))]);
    const next = group.run(insert('butter'));
    expect(await afterThisTask()).not.toContain('butter');
    await next;
    expect(stored()).toContain('butter');
  });
});

