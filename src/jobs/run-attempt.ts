import type { Logger } from '../logger.js';
import { backoffDelay, type JobContext, type JobDefinition, type JobName, type JobSummary } from './job.js';
import type { JobStore } from './job-stores.js';

/** One attempt as a runner hands it over. */
export interface AttemptOptions {
  store: JobStore;
  /** 'in-process' or 'bullmq', kept on the row. */
  runner: string;
  /** Same for every attempt of one run (BullMQ's job id). */
  runKey: string;
  attempt: number;
  maxAttempts: number;
  now: () => number;
  signal: AbortSignal;
  log: Logger;
  trigger(name: JobName): Promise<void>;
}

/**
 * Runs one attempt of a job and records it in `job_runs`, the same way for both runners: the
 * start, then the summary, or the error with the time of the retry (none after the last attempt).
 * Rethrows the error so the runner schedules the retry.
 */
export async function runAttempt(def: JobDefinition, opts: AttemptOptions): Promise<JobSummary> {
  const { store, now } = opts;
  const id = store.started({ job: def.name, runKey: opts.runKey, attempt: opts.attempt, maxAttempts: opts.maxAttempts, runner: opts.runner });
  const log = opts.log.child({ job: def.name, runKey: opts.runKey, attempt: opts.attempt });
  const ctx: JobContext = { attempt: opts.attempt, now, signal: opts.signal, log, trigger: opts.trigger };
  const started = Date.now();
  try {
    const summary = await def.run(ctx);
    store.succeeded(id, summary);
    log.debug({ ...summary, ms: Date.now() - started }, 'job done');
    return summary;
  } catch (err) {
    const last = opts.attempt >= opts.maxAttempts;
    const retryAt = last ? null : now() + backoffDelay(def.backoffMs, opts.attempt);
    store.failed(id, describeError(err), retryAt);
    log.warn({ err, retryAt }, last ? 'job failed, no attempts left' : 'job failed, will retry');
    throw err;
  }
}

/** A one-line error for people reading `grocery-agent jobs`: the message, and its cause's. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause instanceof Error && !err.message.includes(err.cause.message) ? ` (cause: ${err.cause.message})` : '';
  return `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}${cause}`;
}
