import type { JobsOptions, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.js';
import type { JobDefinition, JobName } from './job.js';
import type { JobRunner } from './job-runner.js';
import type { JobStore } from './job-stores.js';
import { runAttempt } from './run-attempt.js';

/** Options for {@link createBullmqRunner}. */
export interface BullmqRunnerOptions {
  defs: readonly JobDefinition[];
  store: JobStore;
  now: () => number;
  logger: Logger;
  /** REDIS_URL. */
  url: string;
  /** Key prefix in Redis; tests use their own so runs never meet. */
  prefix?: string;
}

/**
 * Jobs on BullMQ (REDIS_URL set): one queue and one worker (concurrency 1) per job, the schedule
 * as BullMQ job schedulers, retries as BullMQ attempts with exponential backoff, failed jobs
 * kept in Redis and every attempt recorded in SQLite as with the in-process runner.
 *
 * Redis going away pauses the jobs; commands wait (maxRetriesPerRequest: null) and resume
 * when it is back. The schedulers are upserted again on every reconnect, so a Redis that came
 * back empty schedules the jobs again. What the jobs decide lives in SQLite (deals,
 * notifications, deliveries), so a job lost with Redis is made good by the next scheduled run,
 * and one run twice (a stalled job) changes nothing the second time.
 *
 * @example
 * const runner = createBullmqRunner({ defs, store, now: Date.now, logger, url: 'redis://127.0.0.1:6379' });
 * await runner.start();
 */
export function createBullmqRunner(opts: BullmqRunnerOptions): JobRunner {
  const { store, now } = opts;
  const log = opts.logger.child({ runner: 'bullmq' });
  const prefix = opts.prefix ?? 'grocery';
  const defs = new Map(opts.defs.map((d) => [d.name, d]));
  const abort = new AbortController();
  let connection: Redis | undefined;
  let queues = new Map<JobName, Queue>();
  let workers: Worker[] = [];
  let running = false;

  const jobOptions = (def: JobDefinition): JobsOptions => ({
    attempts: def.attempts,
    backoff: { type: 'exponential', delay: def.backoffMs },
    removeOnComplete: { count: 100 },
    // Failed jobs stay in Redis for inspection (and in job_runs with their error).
    removeOnFail: { count: 500 },
  });

  /**
   * The next run comes from SQLite's schedule (as with the in-process runner), so a restart
   * neither runs every job at once nor forgets one that was due. BullMQ counts in wall-clock
   * time, the schedule in the app's clock: the delay is what carries over.
   */
  async function upsertSchedulers(): Promise<void> {
    for (const def of defs.values()) {
      let entry = store.schedule(def.name);
      if (!entry || entry.everyMs !== def.everyMs) {
        store.setSchedule(def.name, def.everyMs, now() + def.everyMs);
        entry = store.schedule(def.name)!;
      }
      const startDate = Date.now() + Math.max(0, entry.nextRunAt - now());
      await queues.get(def.name)!.upsertJobScheduler(def.name, { every: def.everyMs, startDate }, { name: def.name, data: {}, opts: jobOptions(def) });
    }
  }

  async function trigger(name: JobName): Promise<void> {
    const def = defs.get(name);
    if (!def || !running) return;
    await queues.get(name)!.add(name, {}, jobOptions(def));
  }

  return {
    kind: 'bullmq',
    async start() {
      running = true;
      // The SQLite rows of a process that died mid-run; BullMQ itself re-runs its stalled jobs.
      store.interruptRunning('interrupted: the process stopped during the run');
      // Loaded here, not at import: without REDIS_URL the server never holds BullMQ or ioredis in memory.
      const [{ Queue, Worker }, { Redis }] = await Promise.all([import('bullmq'), import('ioredis')]);
      if (!running) return;
      connection = new Redis(opts.url, { maxRetriesPerRequest: null, lazyConnect: false });
      connection.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));
      queues = new Map([...defs.keys()].map((name) => [name, new Queue(name, { connection: connection!, prefix })]));
      for (const q of queues.values()) q.on('error', (err) => log.warn({ err: err.message, queue: q.name }, 'queue error'));
      for (const def of defs.values()) {
        const worker = new Worker(
          def.name,
          async (job) => {
            const summary = await runAttempt(def, {
              store,
              runner: 'bullmq',
              runKey: `bullmq:${job.id}`,
              attempt: job.attemptsMade + 1,
              maxAttempts: job.opts.attempts ?? def.attempts,
              now,
              signal: abort.signal,
              log,
              trigger,
            });
            if (job.repeatJobKey) store.setSchedule(def.name, def.everyMs, now() + def.everyMs, now());
            return summary;
          },
          { connection: connection!, prefix, concurrency: 1 },
        );
        worker.on('error', (err) => log.warn({ err: err.message, job: def.name }, 'worker error'));
        workers.push(worker);
      }
      await upsertSchedulers();
      // Registered after the first connect, so every 'ready' is a reconnect: Redis may have come back without our keys.
      connection.on('ready', () => {
        if (running) upsertSchedulers().catch((err: unknown) => log.warn({ err }, 'could not restore job schedulers'));
      });
      for (const def of defs.values()) if (def.runAtStart) await trigger(def.name);
      log.info({ jobs: [...defs.keys()], prefix }, 'background jobs started on BullMQ');
    },
    async stop() {
      running = false;
      abort.abort(new Error('jobs stopping'));
      await Promise.allSettled(workers.map((w) => w.close()));
      await Promise.allSettled([...queues.values()].map((q) => q.close()));
      workers = [];
      queues = new Map();
      await connection?.quit().catch(() => connection?.disconnect());
      connection = undefined;
    },
    trigger,
  };
}
