/**
 * The in-process scheduler keeps its state in SQLite: a retry pending when the process stopped
 * runs after the restart, a run the crash interrupted is run again, and the schedule carries over.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { eventually, flakySource, HOUR, NOW, startJobsApp, succeededRun, testClock, type JobsApp } from './jobs-harness.js';

let h: JobsApp | undefined;
let dir: string | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function seededDir(): string {
  const seeded = createSeededTempDb(NOW);
  seeded.db.close();
  return seeded.dir;
}

describe('restart safety (in-process scheduler)', () => {
  it('runs a retry that was pending when the app stopped', async () => {
    dir = seededDir();
    const clock = testClock();
    h = await startJobsApp({ dir, clock, priceSource: flakySource(clock.now, 1), jobs: { backoffMs: 400, attempts: 3 } });
    await h.app.jobs!.trigger('price-refresh');
    await eventually(() => h!.app.core.db.prepare("SELECT 1 FROM job_runs WHERE job = 'price-refresh' AND status = 'retrying'").get(), 10_000, 'a failed attempt');
    await h.close();
    h = undefined;

    const source = flakySource(clock.now, 0);
    h = await startJobsApp({ dir, clock, priceSource: source, jobs: { backoffMs: 400, attempts: 3 } });
    const runs = await eventually(() => {
      const rows = h!.app.core.db.prepare("SELECT attempt, status FROM job_runs WHERE job = 'price-refresh' ORDER BY id").all() as { attempt: number; status: string }[];
      return rows.at(-1)?.status === 'succeeded' ? rows : undefined;
    }, 10_000, 'the retry after restart');
    expect(runs).toEqual([
      { attempt: 1, status: 'failed' },
      { attempt: 2, status: 'succeeded' },
    ]);
    expect(source.calls.length).toBeGreaterThan(0);
  });

  it('runs again a job a crash interrupted, and keeps the schedule instead of running everything at once', async () => {
    dir = seededDir();
    const db = openDatabase({ dataDir: dir });
    // What a process killed during a deal scan leaves behind, and a refresh that ran a minute ago.
    db.prepare(
      "INSERT INTO job_runs (job, run_key, attempt, max_attempts, runner, status, started_at) VALUES ('deal-scan', 'crashed-1', 1, 4, 'in-process', 'running', ?)",
    ).run(NOW - 60_000);
    db.prepare('INSERT INTO job_schedule (job, every_ms, next_run_at, last_run_at) VALUES (?, ?, ?, ?)').run('price-refresh', HOUR, NOW + HOUR - 60_000, NOW - 60_000);
    db.close();

    h = await startJobsApp({ dir, clock: testClock() });
    const jobsDb = h.app.core.db;
    await eventually(() => succeededRun(jobsDb, 'deal-scan'), 10_000, 'the deal scan run again');
    expect(jobsDb.prepare("SELECT status, error FROM job_runs WHERE run_key = 'crashed-1'").get()).toEqual({
      status: 'interrupted',
      error: 'interrupted: the process stopped during the run',
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(jobsDb.prepare("SELECT count(*) AS n FROM job_runs WHERE job = 'price-refresh'").get()).toEqual({ n: 0 });
    expect(jobsDb.prepare("SELECT next_run_at FROM job_schedule WHERE job = 'price-refresh'").get()).toEqual({ next_run_at: NOW + HOUR - 60_000 });
  });
});
