import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempDb } from '../../helpers/temp-db.js';
import { seedDemoStoreInto } from '../../helpers/catalog.js';

// SQLite's write-ahead log: not run under STORE=postgres (see vitest.config.ts).
describe('seedDemoStore on SQLite', () => {
  const { db, cleanup } = createTempDb();
  afterAll(() => cleanup());

  it('leaves the load in the database file, not in a WAL the next writes must drag along', () => {
    seedDemoStoreInto(db, { now: Date.UTC(2026, 10, 20, 15, 0, 0) });
    expect(fs.statSync(`${db.name}-wal`).size).toBe(0);
  });
});
