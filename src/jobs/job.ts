import type { Logger } from '../logger.js';

/** The background jobs, as named in `job_runs`, BullMQ queue names and `grocery-agent jobs`. */
export type JobName = 'price-refresh' | 'cache-warm' | 'deal-scan' | 'notify' | 'daily-digest' | 'prune';

/** What a run reports: a few counts and words for `grocery-agent jobs`. */
export type JobSummary = Record<string, number | string | boolean>;

/** What a job gets for one attempt, whichever runner runs it. */
export interface JobContext {
  /** 1 for the first attempt. */
  attempt: number;
  now: () => number;
  /** Aborted when the runner stops; long jobs check it between steps. */
  signal: AbortSignal;
  log: Logger;
  /** Asks for another job to run soon (the deal scan after prices changed). */
  trigger(name: JobName): Promise<void>;
}

/**
 * One background job: the same definition runs on the in-process scheduler and on BullMQ.
 * A thrown error fails the attempt; the runner retries it after `backoffMs * 2^(attempt-1)`
 * until `attempts` are used up, and the failure stays in `job_runs` for inspection.
 */
export interface JobDefinition {
  name: JobName;
  /** Milliseconds between scheduled runs. */
  everyMs: number;
  /** Run once when the runner starts (the deal scan fills the deals table; held alerts go out). */
  runAtStart: boolean;
  attempts: number;
  backoffMs: number;
  run(ctx: JobContext): Promise<JobSummary>;
}

/** The retry delay before attempt `attempt + 1`: exponential, as BullMQ's 'exponential' backoff computes it. */
export function backoffDelay(backoffMs: number, attempt: number): number {
  return backoffMs * 2 ** Math.max(0, attempt - 1);
}
