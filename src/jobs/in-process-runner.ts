import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger.js';
import { backoffDelay, type JobDefinition, type JobName } from './job.js';
import type { JobRunner } from './job-runner.js';
import type { JobStore } from './job-stores.js';
import { runAttempt } from './run-attempt.js';

/** Longest setTimeout Node accepts; later schedules re-arm when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Start-up runs wait this long after start(). */
const START_DELAY_MS = 200;

/**
 * The embedded default: jobs on timers in this process. Each job has its own lane (runs of one
 * job never overlap; different jobs may), a trigger while a run is queued is folded into it, and
 * a failed attempt is retried after exponential backoff. The schedule and pending retries live
 * in SQLite, so after a restart due runs happen, retries resume and a run the crash interrupted
 * is run again.
 *
 * @example
 * const runner = createInProcessRunner({ defs, store, now: Date.now, logger });
 * await runner.start();
 */
export function createInProcessRunner(deps: { defs: readonly JobDefinition[]; store: JobStore; now: () => number; logger: Logger }): JobRunner {
  const { store, now } = deps;
  const defs = new Map(deps.defs.map((d) => [d.name, d]));
  const lanes = new Map<JobName, Promise<void>>();
  const queued = new Set<JobName>();
  const timers = new Set<NodeJS.Timeout>();
  const abort = new AbortController();
  const log = deps.logger.child({ runner: 'in-process' });
  let running = false;

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      if (running) fn();
    }, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    timers.add(t);
  };

  function enqueue(def: JobDefinition, runKey?: string, attempt = 1): Promise<void> {
    if (!runKey && attempt === 1) {
      if (queued.has(def.name)) return Promise.resolve();
      queued.add(def.name);
    }
    // Random part: two processes (a restart with a fixed test clock) must never share a run key.
    const key = runKey ?? `${def.name}-${now().toString(36)}-${randomUUID().slice(0, 8)}`;
    const lane = (lanes.get(def.name) ?? Promise.resolve()).then(async () => {
      if (!runKey) queued.delete(def.name);
      if (!running) return;
      try {
        await runAttempt(def, {
          store,
          runner: 'in-process',
          runKey: key,
          attempt,
          maxAttempts: def.attempts,
          now,
          signal: abort.signal,
          log,
          trigger: (name) => trigger(name),
        });
      } catch {
        if (running && attempt < def.attempts) later(backoffDelay(def.backoffMs, attempt), () => void enqueue(def, key, attempt + 1));
      }
    });
    lanes.set(def.name, lane);
    return Promise.resolve();
  }

  function arm(def: JobDefinition): void {
    const entry = store.schedule(def.name);
    const next = entry && entry.everyMs === def.everyMs ? entry.nextRunAt : now() + def.everyMs;
    if (!entry || entry.everyMs !== def.everyMs) store.setSchedule(def.name, def.everyMs, next);
    later(next - now(), () => {
      if (store.schedule(def.name)!.nextRunAt > now()) return arm(def);
      const at = now();
      store.setSchedule(def.name, def.everyMs, at + def.everyMs, at);
      void enqueue(def);
      arm(def);
    });
  }

  function trigger(name: JobName): Promise<void> {
    const def = defs.get(name);
    return def && running ? enqueue(def) : Promise.resolve();
  }

  return {
    kind: 'in-process',
    async start() {
      running = true;
      const interrupted = store.interruptRunning('interrupted: the process stopped during the run');
      for (const retry of store.pendingRetries()) {
        const def = defs.get(retry.job);
        if (!def) continue;
        later((retry.nextAttemptAt ?? now()) - now(), () => void enqueue(def, retry.runKey, retry.attempt + 1));
      }
      for (const def of defs.values()) {
        arm(def);
        // Just after start, not during it: the server answers its first requests before a scan holds SQLite.
        if (def.runAtStart || interrupted.some((r) => r.job === def.name)) later(START_DELAY_MS, () => void enqueue(def));
      }
      log.info({ jobs: [...defs.keys()] }, 'background jobs started');
    },
    async stop() {
      running = false;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      abort.abort(new Error('jobs stopping'));
      await Promise.allSettled([...lanes.values()]);
    },
    trigger,
  };
}
