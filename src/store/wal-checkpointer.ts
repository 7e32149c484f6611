import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import type { Db } from './database.js';

/** What {@link startWalCheckpointer} needs. */
export interface WalCheckpointerOptions {
  /** The database file the server's connection has open (WAL mode). */
  file: string;
  /** How often the worker copies the WAL into the database file. */
  intervalMs?: number;
  /** WAL size past which the server's connection copies the last frames itself, so the WAL can start over. */
  restartBytes?: number;
  /**
   * WAL size at which the worker is started. Until then nothing needs copying often enough to
   * keep a thread (and its few MB) around: a server nobody writes to never starts one.
   */
  startBytes?: number;
  logger?: Logger;
}

/** The background checkpointer; `close()` stops it and hands checkpoints back to the connection. */
export interface WalCheckpointer {
  /** True while checkpoints are the worker's (started, or waiting for the WAL to grow) and the connection's own are off. */
  running(): boolean;
  /** True once the worker thread has been started. */
  started(): boolean;
  close(): Promise<void>;
}

/** SQLite's default: a commit that leaves the WAL over this many pages checkpoints inline. */
const INLINE_CHECKPOINT_PAGES = 1000;

/**
 * The worker, as CommonJS source so it needs no file of its own next to the compiled code: its
 * own connection to the same file runs `wal_checkpoint(PASSIVE)` on a timer. PASSIVE never waits
 * for the server's readers or writer, and a WAL that was fully copied is reused from its start
 * by the next commit, so the file stays small.
 */
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const walSize = () => { try { return fs.statSync(workerData.file + '-wal').size; } catch { return 0; } };
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    if (!/busy|locked/i.test(String(err && err.message))) parentPort.postMessage({ error: String(err && err.message || err) });
  }
  // Only after a commit that finds every frame copied does the WAL start over from its start.
  // Under a steady stream of commits that moment never comes, so past the limit the server's
  // connection is asked to copy the few frames written since (see catchUp below).
  if (walSize() > workerData.restartBytes) parentPort.postMessage({ large: true });
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.postMessage({ stopped: true });
});
parentPort.postMessage({ started: true });
`;

/**
 * Moves WAL checkpoints off the event loop. With SQLite's default, every commit that takes the
 * WAL past 1,000 pages copies it into the database file and syncs it, inline: under a steady
 * stream of chat turns that was more than half of the mean commit time, and the commit that
 * did it took milliseconds. Here a worker thread checkpoints on a timer and the server's
 * connection stops checkpointing on its own, except for copying the last few frames when the
 * worker says the WAL has grown past `restartBytes` (so it can start over); if the worker fails,
 * the connection takes the whole job back. Durability is unchanged: a commit is in the WAL before the turn is answered.
 * The worker is started once the WAL first reaches `startBytes`, so an idle server has no thread
 * (and no second connection) for it.
 *
 * @example
 * const checkpointer = startWalCheckpointer(db, { file: db.name, logger });
 * // ... on shutdown, before db.close():
 * await checkpointer.close();
 */
export function startWalCheckpointer(db: Db, opts: WalCheckpointerOptions): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const restartBytes = opts.restartBytes ?? 16 * 1024 * 1024;
  const startBytes = opts.startBytes ?? 1024 * 1024;
  const intervalMs = opts.intervalMs ?? 250;
  let running = true;
  let worker: Worker | undefined;
  db.pragma('wal_autocheckpoint = 0');
  // A WAL that starts over keeps its length on disk unless told otherwise; cut back to the limit,
  // so the size the worker watches says how much is waiting to be copied.
  db.pragma(`journal_size_limit = ${restartBytes}`);
  const handBack = (why: string, err?: unknown) => {
    if (!running) return;
    running = false;
    clearInterval(watch);
    if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
    opts.logger?.warn({ err, why }, 'background WAL checkpoints stopped; the connection checkpoints itself again');
  };
  // Between turns, on the event loop: a PASSIVE checkpoint of what the worker has not copied yet
  // (a few frames), after which the next commit starts the WAL over.
  const catchUp = () => {
    try {
      if (running && db.open) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      opts.logger?.debug({ err }, 'WAL catch-up checkpoint skipped');
    }
  };
  const startWorker = () => {
    const w = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file: opts.file, intervalMs, restartBytes } });
    w.on('message', (m: { error?: string; large?: boolean }) => {
      if (m.error) opts.logger?.warn({ error: m.error }, 'WAL checkpoint failed; retrying on the next tick');
      if (m.large) catchUp();
    });
    w.on('error', (err) => handBack('worker error', err));
    w.on('exit', (code) => handBack(`worker exited with ${code}`));
    w.unref();
    worker = w;
  };
  // The worker starts once the WAL has grown to `startBytes`; until then a stat() per interval is all.
  const walBytes = () => {
    try {
      return statSync(`${opts.file}-wal`).size;
    } catch {
      return 0;
    }
  };
  let watch: ReturnType<typeof setInterval> | undefined;
  if (startBytes <= 0) startWorker();
  else {
    watch = setInterval(() => {
      if (walBytes() < startBytes) return;
      clearInterval(watch);
      startWorker();
    }, intervalMs);
    watch.unref();
  }

  return {
    running: () => running,
    started: () => worker !== undefined,
    async close() {
      if (!running) return;
      running = false;
      clearInterval(watch);
      const w = worker;
      if (w) {
        const stopped = new Promise<void>((resolve) => {
          w.on('message', (m: { stopped?: boolean }) => m.stopped && resolve());
          w.once('exit', () => resolve());
        });
        // Held open until it has stopped: an unref'd worker alone would let the process exit mid-close.
        w.ref();
        w.postMessage('stop');
        await Promise.race([stopped, new Promise((r) => setTimeout(r, 2000))]);
        await w.terminate();
      }
      if (db.open) db.pragma(`wal_autocheckpoint = ${INLINE_CHECKPOINT_PAGES}`);
    },
  };
}
