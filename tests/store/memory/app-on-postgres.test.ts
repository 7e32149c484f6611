/**
 * Regression: the app started with DATABASE_URL and no CHROMA_URL refused to start ("This
 * database keeps no vectors"); preference memory now keeps its vectors in PostgreSQL.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/logger.js';
import { createApp, type App } from '../../../src/main.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../../../src/store/postgres/test-database.js';

describe('the app on PostgreSQL without CHROMA_URL', () => {
  let pg: PostgresTestDatabase;
  let dir: string;
  let app: App;

  beforeAll(async () => {
    pg = createPostgresTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-vectors-app-'));
    app = await createApp(
      loadConfig({ DATA_DIR: dir, DATABASE_URL: pg.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DEMO_STORE: 'off', JOBS: 'off' }),
      createLogger({ level: 'silent' }),
    );
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    pg?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts, and recalls what a person said by meaning from the vectors in PostgreSQL', async () => {
    expect(app.memory?.backend).toBe('postgres');
    const ana = app.core.users.resolve('terminal', 'ana').id;
    await app.memory!.remember(ana, 'allergy', 'peanuts');
    expect((await app.memory!.recall(ana, 'is there peanut butter in this?'))[0]?.text).toMatch(/peanut/);
    expect(pg.conn.statement('SELECT count(*) FROM memory_vectors WHERE user_id = ?').value(ana)).toBeGreaterThan(0);
    const ben = app.core.users.resolve('terminal', 'ben').id;
    expect(await app.memory!.recall(ben, 'is there peanut butter in this?')).toEqual([]);
  });
});
