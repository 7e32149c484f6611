import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp, openStore } from '../../src/main.js';
import { backupDatabase, restoreDatabase } from '../../src/store/backup.js';
import { openDatabase } from '../../src/store/database.js';
import { checkDatabase, DamagedDatabaseError } from '../../src/store/integrity.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

/**
 * Fault: damage was silent. A write-ahead log cut in half after a SIGKILL lost 115 of 300
 * acknowledged edits with no word in the log, and a page of garbage in the database file started
 * and served. Now the start checks (the WAL against its index, then PRAGMA quick_check), logs the
 * damage loudly with the way back (the newest backup), and refuses to start unless DB_DAMAGE=start.
 */
describe('a damaged database', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const tempDir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-damage-'));
    dirs.push(d);
    return d;
  };
  const capture = () => {
    const lines: any[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (c, _e, done) => (lines.push(...String(c).split('\n').filter(Boolean).map((l) => JSON.parse(l))), done()) }));
    return { logger, lines };
  };
  const configFor = (dataDir: string, extra: Record<string, string> = {}) =>
    loadConfig({ DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', JOBS: 'off', LOG_LEVEL: 'silent', SESSION_SECRET: 'damage', ...extra });

  /** A seeded database with one page of `table` overwritten with garbage; returns its folder. */
  const garbagePage = (table: string) => {
    const seeded = createSeededTempDb();
    dirs.push(seeded.dir);
    const pages = seeded.db.prepare<[string], { pageno: number }>("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table);
    const pageSize = seeded.db.pragma('page_size', { simple: true }) as number;
    seeded.db.close();
    const file = path.join(seeded.dir, 'grocery.db');
    const fd = fs.openSync(file, 'r+');
    const junk = Buffer.alloc(pageSize, 0);
    for (let i = 0; i < pageSize; i++) junk[i] = (i * 7919 + 13) % 256;
    fs.writeSync(fd, junk, 0, pageSize, (pages[Math.floor(pages.length / 2)]!.pageno - 1) * pageSize);
    fs.closeSync(fd);
    return seeded.dir;
  };

  it('a page of garbage: the start is refused, loudly, naming the newest backup; DB_DAMAGE=start starts anyway', async () => {
    const dir = garbagePage('price_history');
    const { logger, lines } = capture();
    const error = await createApp(configFor(dir), logger).then(() => undefined, (err: unknown) => err);
    expect(error).toBeInstanceOf(DamagedDatabaseError);
    expect((error as Error).message).toMatch(/^The database .*grocery\.db is damaged: .+\. No backup was found in .*backups; .*grocery-agent restore FILE.*DB_DAMAGE=start/);
    const fatal = lines.find((l) => l.level === 60);
    expect(fatal.msg).toBe((error as Error).message);
    expect(fatal.integrity.problems.length).toBeGreaterThan(0);

    const started = capture();
    const app = await createApp(configFor(dir, { DB_DAMAGE: 'start' }), started.logger);
    await app.start();
    expect((await app.web.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    expect(started.lines.some((l) => l.level === 50 && /DB_DAMAGE=start/.test(l.msg))).toBe(true);
    await app.stop();
  });

  it('a write-ahead log cut short after a SIGKILL: the lost commits are found before SQLite hides them, and nothing is touched', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).close();
    const file = path.join(dir, 'grocery.db');
    // Another process commits 300 edits, each acknowledged, and is killed before any checkpoint.
    const child = spawnSync(process.execPath, ['-e', `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.pragma('wal_autocheckpoint = 0');
      const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      for (let i = 0; i < 300; i++) put.run('edit-' + i, 'x'.repeat(3000));
      process.kill(process.pid, 'SIGKILL');
    `, file], { cwd: process.cwd(), encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const intact = tempDir();
    for (const f of ['grocery.db', 'grocery.db-wal', 'grocery.db-shm']) fs.copyFileSync(path.join(dir, f), path.join(intact, f));

    const wal = `${file}-wal`;
    fs.truncateSync(wal, Math.floor(fs.statSync(wal).size / 2));
    const sizeBefore = fs.statSync(wal).size;
    const report = checkDatabase(file);
    expect(report.ok).toBe(false);
    expect(report.wal!.lostFrames).toBeGreaterThan(100);
    expect(report.problems[0]).toMatch(/write-ahead log grocery\.db-wal is missing \d+ of the \d+ committed page writes/);
    const { logger, lines } = capture();
    expect(() => openStore(configFor(dir), logger)).toThrow(DamagedDatabaseError);
    expect(lines.some((l) => l.level === 60 && /changes that were saved are gone/.test(l.msg))).toBe(true);
    // Refused before SQLite opened it: the evidence is as it was, so the next start finds it too.
    expect(fs.statSync(wal).size).toBe(sizeBefore);
    expect(() => openStore(configFor(dir), capture().logger)).toThrow(DamagedDatabaseError);

    // The same files, not cut: no false alarm, and all 300 edits are there.
    expect(checkDatabase(path.join(intact, 'grocery.db')).ok).toBe(true);
    const db = openStore(configFor(intact), capture().logger).sqlite!;
    expect(db.prepare("SELECT COUNT(*) FROM meta WHERE key LIKE 'edit-%'").pluck().get()).toBe(300);
    db.close();
  });

  it('a backup taken while the server writes restores every edit acknowledged before it; restore keeps the damaged files and refuses while the database is open', async () => {
    const dir = tempDir();
    const db = openDatabase({ dataDir: dir });
    const put = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    for (let i = 0; i < 200; i++) put.run(`before-${i}`, 'x'.repeat(500));
    const backup = path.join(dir, 'backups', 'grocery-test.db');
    const copying = backupDatabase(db, backup);
    for (let i = 0; i < 50; i++) put.run(`during-${i}`, 'y');
    const done = await copying;
    expect(done.report.ok).toBe(true);
    expect(() => restoreDatabase(dir, backup)).toThrow(/in use: stop the server/);
    db.close();

    // Damage, then the refusal names this backup, and restoring it brings the edits back.
    fs.writeFileSync(path.join(dir, 'grocery.db'), Buffer.alloc(8192, 0x5a));
    const refused = (() => {
      try {
        openStore(configFor(dir), capture().logger);
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(refused).toContain(`grocery-agent restore ${backup}`);
    const { keptIn } = restoreDatabase(dir, backup);
    expect(fs.readFileSync(path.join(keptIn!, 'grocery.db'))[0]).toBe(0x5a);
    const restored = openStore(configFor(dir), capture().logger).sqlite!;
    expect(restored.prepare("SELECT COUNT(*) FROM meta WHERE key LIKE 'before-%'").pluck().get()).toBe(200);
    restored.close();
  });

  it('restore refuses a backup that is itself damaged, and changes nothing', () => {
    const dir = tempDir();
    openDatabase({ dataDir: dir }).close();
    const before = fs.readFileSync(path.join(dir, 'grocery.db'));
    const bad = path.join(dir, 'bad.db');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096 - 16, 1)]));
    expect(() => restoreDatabase(dir, bad)).toThrow(/is damaged too/);
    expect(fs.readFileSync(path.join(dir, 'grocery.db')).equals(before)).toBe(true);
    expect(new Database(path.join(dir, 'grocery.db')).pragma('quick_check', { simple: true })).toBe('ok');
  });
});
