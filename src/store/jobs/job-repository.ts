import type { SqlConnection } from '../sql.js';

/** One attempt of a job as `job_runs` keeps it. `N` is the job names, `S` a run's summary. */
export interface JobRunRecord<N extends string = string, S = Record<string, unknown>> {
  id: number;
  job: N;
  runKey: string;
  attempt: number;
  maxAttempts: number;
  runner: string;
  status: 'running' | 'succeeded' | 'retrying' | 'failed' | 'interrupted';
  startedAt: number;
  finishedAt: number | null;
  nextAttemptAt: number | null;
  summary: S | null;
  error: string | null;
}

/** A recurring job's place in `job_schedule`. */
export interface JobScheduleRecord<N extends string = string> {
  job: N;
  everyMs: number;
  nextRunAt: number;
  lastRunAt: number | null;
}

/** Where runs and schedules are recorded, whichever runner runs the jobs (migration 004). */
export interface JobRepository<N extends string = string, S = Record<string, unknown>> {
  /**
   * Records the start of an attempt. An older `running` row of the same run (a crashed worker)
   * becomes `interrupted`; a `retrying` one becomes `failed`, as this attempt is its retry.
   */
  started(run: { job: N; runKey: string; attempt: number; maxAttempts: number; runner: string }): number;
  succeeded(id: number, summary: S): void;
  /** A failed attempt: `retrying` with the time of the next attempt, or `failed` when none is left. */
  failed(id: number, error: string, nextAttemptAt: number | null): void;
  /** Marks every `running` row interrupted (a previous process died mid-run); returns the jobs they belonged to. */
  interruptRunning(reason: string): { job: N; runKey: string; attempt: number; maxAttempts: number }[];
  /** Attempts waiting to be retried (status `retrying`), for a restarted in-process runner. */
  pendingRetries(): JobRunRecord<N, S>[];
  schedule(job: N): JobScheduleRecord<N> | undefined;
  setSchedule(job: N, everyMs: number, nextRunAt: number, lastRunAt?: number): void;
  schedules(): JobScheduleRecord<N>[];
  /** Most recent attempts first. */
  recent(limit: number, job?: N): JobRunRecord<N, S>[];
  /** The last attempt of each job. */
  latest(): JobRunRecord<N, S>[];
  /** Failed and retrying attempts, newest first. */
  failures(limit: number): JobRunRecord<N, S>[];
}

interface RunRow {
  id: number;
  job: string;
  run_key: string;
  attempt: number;
  max_attempts: number;
  runner: string;
  status: JobRunRecord['status'];
  started_at: number;
  finished_at: number | null;
  next_attempt_at: number | null;
  summary: string | null;
  error: string | null;
}

interface ScheduleRow {
  job: string;
  every_ms: number;
  next_run_at: number;
  last_run_at: number | null;
}

/** Errors are kept for people to read; a stack of several KB helps nobody in a table. */
const MAX_ERROR_CHARS = 2000;

const RUN_COLUMNS = 'id, job, run_key, attempt, max_attempts, runner, status, started_at, finished_at, next_attempt_at, summary, error';
const SCHEDULE_COLUMNS = 'job, every_ms, next_run_at, last_run_at';

/**
 * The job repository.
 *
 * @example
 * const store = createJobRepository<JobName, JobSummary>(sqliteConnection(db), Date.now);
 * const id = store.started({ job: 'deal-scan', runKey: 'tick-1', attempt: 1, maxAttempts: 3, runner: 'in-process' });
 * store.succeeded(id, { started: 2 });
 */
export function createJobRepository<N extends string = string, S = Record<string, unknown>>(conn: SqlConnection, now: () => number): JobRepository<N, S> {
  const toRun = (r: RunRow): JobRunRecord<N, S> => ({
    id: r.id,
    job: r.job as N,
    runKey: r.run_key,
    attempt: r.attempt,
    maxAttempts: r.max_attempts,
    runner: r.runner,
    status: r.status,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    nextAttemptAt: r.next_attempt_at,
    summary: r.summary ? (JSON.parse(r.summary) as S) : null,
    error: r.error,
  });
  const toEntry = (r: ScheduleRow): JobScheduleRecord<N> => ({ job: r.job as N, everyMs: r.every_ms, nextRunAt: r.next_run_at, lastRunAt: r.last_run_at });
  const insert = conn.statement(
    `INSERT INTO job_runs (job, run_key, attempt, max_attempts, runner, status, started_at)
     VALUES (?, ?, ?, ?, ?, 'running', ?) RETURNING id`,
  );
  const interruptSame = conn.statement(
    `UPDATE job_runs SET status = 'interrupted', finished_at = ?, error = COALESCE(error, 'interrupted: the worker stopped during the run')
     WHERE job = ? AND run_key = ? AND status = 'running'`,
  );
  const retried = conn.statement("UPDATE job_runs SET status = 'failed' WHERE job = ? AND run_key = ? AND status = 'retrying'");
  const finish = conn.statement('UPDATE job_runs SET status = ?, finished_at = ?, next_attempt_at = ?, summary = ?, error = ? WHERE id = ?');
  const interruptAll = conn.statement<{ job: string; run_key: string; attempt: number; max_attempts: number }>(
    `UPDATE job_runs SET status = 'interrupted', finished_at = ?, error = ? WHERE status = 'running'
     RETURNING job, run_key, attempt, max_attempts`,
  );
  const retrying = conn.statement<RunRow>(`SELECT ${RUN_COLUMNS} FROM job_runs WHERE status = 'retrying' ORDER BY next_attempt_at`);
  const scheduleOf = conn.statement<ScheduleRow>(`SELECT ${SCHEDULE_COLUMNS} FROM job_schedule WHERE job = ?`);
  const upsertSchedule = conn.statement(
    `INSERT INTO job_schedule (job, every_ms, next_run_at, last_run_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (job) DO UPDATE SET every_ms = excluded.every_ms, next_run_at = excluded.next_run_at,
       last_run_at = COALESCE(excluded.last_run_at, job_schedule.last_run_at)`,
  );
  const allSchedules = conn.statement<ScheduleRow>(`SELECT ${SCHEDULE_COLUMNS} FROM job_schedule ORDER BY job`);
  const recentOf = conn.statement<RunRow>(`SELECT ${RUN_COLUMNS} FROM job_runs WHERE job = ? ORDER BY id DESC LIMIT ?`);
  const recentAll = conn.statement<RunRow>(`SELECT ${RUN_COLUMNS} FROM job_runs ORDER BY id DESC LIMIT ?`);
  const latest = conn.statement<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM job_runs WHERE id IN (SELECT max(id) FROM job_runs GROUP BY job) ORDER BY job`,
  );
  const failures = conn.statement<RunRow>(
    `SELECT ${RUN_COLUMNS} FROM job_runs WHERE status IN ('failed', 'retrying', 'interrupted') ORDER BY id DESC LIMIT ?`,
  );

  return {
    started(run) {
      return conn.transaction(() => {
        interruptSame.run(now(), run.job, run.runKey);
        retried.run(run.job, run.runKey);
        return Number(insert.value(run.job, run.runKey, run.attempt, run.maxAttempts, run.runner, now()));
      });
    },
    succeeded(id, summary) {
      finish.run('succeeded', now(), null, JSON.stringify(summary), null, id);
    },
    failed(id, error, nextAttemptAt) {
      finish.run(nextAttemptAt === null ? 'failed' : 'retrying', now(), nextAttemptAt, null, error.slice(0, MAX_ERROR_CHARS), id);
    },
    interruptRunning(reason) {
      return interruptAll.all(now(), reason).map((r) => ({ job: r.job as N, runKey: r.run_key, attempt: r.attempt, maxAttempts: r.max_attempts }));
    },
    pendingRetries: () => retrying.all().map(toRun),
    schedule(job) {
      const row = scheduleOf.get(job);
      return row ? toEntry(row) : undefined;
    },
    setSchedule(job, everyMs, nextRunAt, lastRunAt) {
      upsertSchedule.run(job, everyMs, nextRunAt, lastRunAt ?? null);
    },
    schedules: () => allSchedules.all().map(toEntry),
    recent: (limit, job) => (job ? recentOf.all(job, limit) : recentAll.all(limit)).map(toRun),
    latest: () => latest.all().map(toRun),
    failures: (limit) => failures.all(limit).map(toRun),
  };
}
