import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSessionTokens, type WebChannel } from '../../src/channels/web/index.js';
import type { Core } from '../../src/main.js';
import { createLogger } from '../../src/logger.js';
import { createCore, createCoreWebChannel } from '../../src/main.js';
import { openDatabase } from '../../src/store/database.js';

/** The real web channel over the real core, on a SQLite file whose busy timeout the test picks. */
export interface FaultHarness {
  web: WebChannel;
  core: Core;
  dir: string;
  /** The SQLite file, for a second connection (another process) to lock. */
  file: string;
  tokens: ReturnType<typeof createSessionTokens>;
  close(): Promise<void>;
}

/** Builds the product the way main.ts assembles it, minus the port, with `busyTimeoutMs` for SQLITE_BUSY. */
export async function createFaultHarness(opts: { busyTimeoutMs?: number } = {}): Promise<FaultHarness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-fault-'));
  const db = openDatabase({ dataDir: dir, busyTimeoutMs: opts.busyTimeoutMs });
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const core = createCore({ db, logger, turnLimit: { capacity: 1000, perSecond: 1000 } });
  const tokens = createSessionTokens('fault-secret');
  const web = await createCoreWebChannel(core, { tokens, demoStore: false, rateLimitPerMinute: 100_000 });
  await web.app.ready();
  return {
    web,
    core,
    dir,
    file: path.join(dir, 'grocery.db'),
    tokens,
    close: async () => {
      await web.app.close();
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Another process holding SQLite's write lock (`BEGIN IMMEDIATE`) on `file` for `holdMs`. It has
 * to be another process: better-sqlite3 waits for a lock synchronously, so a holder in the same
 * event loop could never let go while the server waits.
 */
export async function holdWriteLock(file: string, holdMs: number): Promise<{ released: Promise<void>; child: ChildProcess }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT INTO meta (key, value) VALUES ('lock-holder', 'x') ON CONFLICT(key) DO UPDATE SET value = excluded.value").run();
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', script, file, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const seen = (word: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => (out.includes(word) ? resolve() : undefined);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        check();
      });
      child.once('exit', (code) => (out.includes(word) ? resolve() : reject(new Error(`lock holder exited ${code} before "${word}"`))));
    });
  const locked = seen('locked');
  const released = seen('released');
  await locked;
  return { released, child };
}
