import type { Db } from '../store/database.js';
import type { JobName, JobSummary } from './job.js';

/** One attempt of a job as `job_runs` keeps it. */
export interface JobRun {
  id: number;
  job: JobName;
  runKey: string;
  attempt: number;
  maxAttempts: number;
  runner: string;
  status: 'running' | 'succeeded' | 'retrying' | 'failed' | 'interrupted';
  startedAt: number;
  finishedAt: number | null;
  nextAttemptAt: number | null;
  summary: JobSummary | null;
  error: string | null;
}

/** A recurring job's place in `job_schedule`. */
export interface JobScheduleEntry {
  job: JobName;
  everyMs: number;
  nextRunAt: number;
  lastRunAt: number | null;
}

/** Where runs and schedules are recorded: SQLite, whichever runner runs the jobs. */
export interface JobStore {
  /**
   * Records the start of an attempt. An older `running` row of the same run (a crashed worker)
   * becomes `interrupted`; a `retrying` one becomes `failed`, as this attempt is its retry.
   */
  started(run: { job: JobName; runKey: string; attempt: number; maxAttempts: number; runner: string }): number;
  succeeded(id: number, summary: JobSummary): void;
  /** A failed attempt: `retrying` with the time of the next attempt, or `failed` when none is left. */
  failed(id: number, error: string, nextAttemptAt: number | null): void;
  /** Marks every `running` row interrupted (a previous process died mid-run); returns the jobs they belonged to. */
  interruptRunning(reason: string): { job: JobName; runKey: string; attempt: number; maxAttempts: number }[];
  /** Attempts waiting to be retried (status `retrying`), for a restarted in-process runner. */
  pendingRetries(): JobRun[];
  schedule(job: JobName): JobScheduleEntry | undefined;
  setSchedule(job: JobName, everyMs: number, nextRunAt: number, lastRunAt?: number): void;
  schedules(): JobScheduleEntry[];
  /** Most recent attempts first. */
  recent(limit: number, job?: JobName): JobRun[];
  /** The last attempt of each job. */
  latest(): JobRun[];
  /** Failed and retrying attempts, newest first. */
  failures(limit: number): JobRun[];
}

interface RunRow {
  id: number;
  job: JobName;
  run_key: string;
  attempt: number;
  max_attempts: number;
  runner: string;
  status: JobRun['status'];
  started_at: number;
  finished_at: number | null;
  next_attempt_at: number | null;
  summary: string | null;
  error: string | null;
}

/** Errors are kept for people to read; a stack of several KB helps nobody in a table. */
const MAX_ERROR_CHARS = 2000;

/**
 * The SQLite job store (migration 004).
 *
 * @example
 * const store = createJobStore(db, Date.now);
 * const id = store.started({ job: 'deal-scan', runKey: 'tick-1', attempt: 1, maxAttempts: 3, runner: 'in-process' });
 * store.succeeded(id, { started: 2 });
 */
export function createJobStore(db: Db, now: () => number): JobStore {
  const toRun = (r: RunRow): JobRun => ({
    id: r.id,
    job: r.job,
    runKey: r.run_key,
    attempt: r.attempt,
    maxAttempts: r.max_attempts,
    runner: r.runner,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    nextAttemptAt: r.next_attempt_at,
    summary: r.summary ? (JSON.parse(r.summary) as JobSummary) : null,
    error: r.error,
  });
  const insert = db.prepare(
    `INSERT INTO job_runs (job, run_key, attempt, max_attempts, runner, status, started_at)
     VALUES (?, ?, ?, ?, ?, 'running', ?)`,
  );
  const interruptSame = db.prepare(
    `UPDATE job_runs SET status = 'interrupted', finished_at = ?, error = coalesce(error, 'interrupted: the worker stopped during the run')
     WHERE job = ? AND run_key = ? AND status = 'running'`,
  );
  const retried = db.prepare("UPDATE job_runs SET status = 'failed' WHERE job = ? AND run_key = ? AND status = 'retrying'");
  const finish = db.prepare(
    'UPDATE job_runs SET status = ?, finished_at = ?, next_attempt_at = ?, summary = ?, error = ? WHERE id = ?',
  );
  const scheduleRow = db.prepare<[string], { job: JobName; every_ms: number; next_run_at: number; last_run_at: number | null }>(
    'SELECT * FROM job_schedule WHERE job = ?',
  );
  const toEntry = (r: { job: JobName; every_ms: number; next_run_at: number; last_run_at: number | null }): JobScheduleEntry => ({
    job: r.job,
    everyMs: r.every_ms,
    nextRunAt: r.next_run_at,
    lastRunAt: r.last_run_at,
  });

  return {
    started(run) {
      return db
        .transaction(() => {
          interruptSame.run(now(), run.job, run.runKey);
          retried.run(run.job, run.runKey);
          return Number(insert.run(run.job, run.runKey, run.attempt, run.maxAttempts, run.runner, now()).lastInsertRowid);
        })
        .immediate();
    },
    succeeded(id, summary) {
      finish.run('succeeded', now(), null, JSON.stringify(summary), null, id);
    },
    failed(id, error, nextAttemptAt) {
      finish.run(nextAttemptAt === null ? 'failed' : 'retrying', now(), nextAttemptAt, null, error.slice(0, MAX_ERROR_CHARS), id);
    },
    interruptRunning(reason) {
      const rows = db
        .prepare(
          `UPDATE job_runs SET status = 'interrupted', finished_at = ?, error = ? WHERE status = 'running'
           RETURNING job, run_key, attempt, max_attempts`,
        )
        .all(now(), reason) as { job: JobName; run_key: string; attempt: number; max_attempts: number }[];
      return rows.map((r) => ({ job: r.job, runKey: r.run_key, attempt: r.attempt, maxAttempts: r.max_attempts }));
    },
    pendingRetries() {
      return (db.prepare("SELECT * FROM job_runs WHERE status = 'retrying' ORDER BY next_attempt_at").all() as RunRow[]).map(toRun);
    },
    schedule(job) {
      const row = scheduleRow.get(job);
      return row ? toEntry(row) : undefined;
    },
    setSchedule(job, everyMs, nextRunAt, lastRunAt) {
      db.prepare(
        `INSERT INTO job_schedule (job, every_ms, next_run_at, last_run_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(job) DO UPDATE SET every_ms = excluded.every_ms, next_run_at = excluded.next_run_at,
           last_run_at = coalesce(excluded.last_run_at, job_schedule.last_run_at)`,
      ).run(job, everyMs, nextRunAt, lastRunAt ?? null);
    },
    schedules() {
      return (
        db.prepare('SELECT * FROM job_schedule ORDER BY job').all() as { job: JobName; every_ms: number; next_run_at: number; last_run_at: number | null }[]
      ).map(toEntry);
    },
    recent(limit, job) {
      const rows = job
        ? (db.prepare('SELECT * FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT ?').all(job, limit) as RunRow[])
        : (db.prepare('SELECT * FROM job_runs ORDER BY id DESC LIMIT ?').all(limit) as RunRow[]);
      return rows.map(toRun);
    },
    latest() {
      return (
        db.prepare('SELECT * FROM job_runs WHERE id IN (SELECT max(id) FROM job_runs GROUP BY job) ORDER BY job').all() as RunRow[]
      ).map(toRun);
    },
    failures(limit) {
      return (
        db
          .prepare("SELECT * FROM job_runs WHERE status IN ('failed', 'retrying', 'interrupted') ORDER BY id DESC LIMIT ?")
          .all(limit) as RunRow[]
      ).map(toRun);
    },
  };
}
