import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/store/database.js';
import { startWalCheckpointer } from '../../src/store/wal-checkpointer.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function open(): { db: Db; dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-wal-'));
  dirs.push(dir);
  const db = openDatabase({ dataDir: dir });
  db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return { db, dir };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const walBytes = (db: Db) => fs.statSync(`${db.name}-wal`).size;

/** Commits `rounds` x 100 transactions of ~8 KB each, pausing briefly between rounds as a busy server does. */
async function writeSteadily(db: Db, rounds: number): Promise<number> {
  const insert = db.prepare('INSERT INTO bulk (v) VALUES (?)');
  const commit = db.transaction(() => {
    insert.run('x'.repeat(4000));
    insert.run('y'.repeat(4000));
  });
  let largest = 0;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < 100; i++) commit();
    largest = Math.max(largest, walBytes(db));
    await sleep(10);
  }
  return largest;
}

describe('background WAL checkpoints', () => {
  it('keep the WAL small under a steady stream of commits, with the connection no longer checkpointing inline', async () => {
    const { db } = open();
    const checkpointer = startWalCheckpointer(db, { file: db.name, intervalMs: 20, restartBytes: 4 * 1024 * 1024 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    const written = 60 * 100 * 8000; // about 48 MB of rows
    const largest = await writeSteadily(db, 60);
    // It started over while the stream went on (without checkpoints the WAL holds every row)...
    expect(largest).toBeLessThan(written);
    // ...and once the stream pauses it is back under the limit, not left at its largest.
    await sleep(300);
    await writeSteadily(db, 1);
    await sleep(100);
    await writeSteadily(db, 1);
    expect(walBytes(db)).toBeLessThan(8 * 1024 * 1024);

    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });

  it('loses nothing: every committed row is there after the server closes and opens again', async () => {
    const { db, dir } = open();
    const checkpointer = startWalCheckpointer(db, { file: db.name, intervalMs: 20, restartBytes: 1024 * 1024 });
    await writeSteadily(db, 10);
    await checkpointer.close();
    db.close();

    const again = openDatabase({ dataDir: dir });
    expect(again.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(2000);
    again.close();
  });

  it('starts no worker thread until the WAL grows, then starts one and keeps it small', async () => {
    const { db } = open();
    const checkpointer = startWalCheckpointer(db, { file: db.name, intervalMs: 20, startBytes: 1024 * 1024, restartBytes: 2 * 1024 * 1024 });
    // A few small commits, as an idle server makes: no thread for them.
    db.prepare('INSERT INTO bulk (v) VALUES (?)').run('a few bytes');
    await sleep(200);
    expect(checkpointer.started()).toBe(false);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    await writeSteadily(db, 5); // about 4 MB
    for (let i = 0; i < 50 && !checkpointer.started(); i++) await sleep(20);
    expect(checkpointer.started()).toBe(true);
    await writeSteadily(db, 30); // about 24 MB more, copied as it comes
    await sleep(300);
    await writeSteadily(db, 1);
    expect(walBytes(db)).toBeLessThan(6 * 1024 * 1024);
    await checkpointer.close();
    expect(db.prepare('SELECT count(*) FROM bulk').pluck().get()).toBe(1 + 36 * 200);
    db.close();
  });

  it('hands checkpoints back to the connection when the worker cannot run', async () => {
    const { db } = open();
    const checkpointer = startWalCheckpointer(db, { file: path.join(path.dirname(db.name), 'missing.db'), intervalMs: 20, startBytes: 0 });
    for (let i = 0; i < 100 && checkpointer.running(); i++) await sleep(20);
    expect(checkpointer.running()).toBe(false);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.close();
    db.close();
  });
});
