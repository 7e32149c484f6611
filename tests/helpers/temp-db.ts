import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../src/store/database.js';
import { seedDemoStoreInto } from './catalog.js';

/** A fresh SQLite file in its own temp folder, and a function that closes and removes it. */
export function createTempDb(): { db: Db; dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-test-'));
  const db = openDatabase({ dataDir: dir });
  return {
    db,
    dir,
    cleanup: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

let seededTemplate: string | undefined;

/**
 * A temp database holding the demo store. The store is generated once per test process into a
 * template file and copied for each caller, so every test still gets its own SQLite file.
 */
export function createSeededTempDb(now = Date.UTC(2026, 10, 1, 12)): { db: Db; dir: string; cleanup: () => void } {
  if (!seededTemplate) {
    const template = createTempDb();
    seedDemoStoreInto(template.db, { now });
    template.db.pragma('wal_checkpoint(TRUNCATE)');
    template.db.close();
    seededTemplate = path.join(template.dir, 'grocery.db');
    process.once('exit', () => fs.rmSync(template.dir, { recursive: true, force: true }));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-test-'));
  fs.copyFileSync(seededTemplate, path.join(dir, 'grocery.db'));
  const db = openDatabase({ dataDir: dir });
  return {
    db,
    dir,
    cleanup: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
