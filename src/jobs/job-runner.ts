import type { JobName } from './job.js';

/** Runs the job definitions: the in-process scheduler or BullMQ queues and workers. */
export interface JobRunner {
  readonly kind: 'in-process' | 'bullmq';
  /** Arms the schedules, resumes what a previous process left (retries, interrupted runs) and runs the start-up jobs. */
  start(): Promise<void>;
  /** Stops scheduling, aborts running jobs at their next step and waits for them. */
  stop(): Promise<void>;
  /** Asks for a run of `name` soon, outside its schedule. */
  trigger(name: JobName): Promise<void>;
}
