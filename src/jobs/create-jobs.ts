import type { PriceAlerts } from '../grocery/alerts/index.js';
import type { DealService } from '../grocery/deals/index.js';
import type { PriceChange } from '../grocery/prices/index.js';
import type { PriceSource } from '../grocery/sources/index.js';
import type { Logger } from '../logger.js';
import { createBullmqRunner } from './bullmq-runner.js';
import { cacheWarmJob } from './cache-warm-job.js';
import { dailyDigestJob } from './daily-digest-job.js';
import { dealScanJob } from './deal-scan-job.js';
import type { JobDefinition, JobName } from './job.js';
import type { JobRunner } from './job-runner.js';
import type { JobStore, JobStores } from './job-stores.js';
import { createInProcessRunner } from './in-process-runner.js';
import { createNotifier, type DeliveryPorts, type Notifier, type NotifierDeps } from './notifier.js';
import { priceRefreshJob } from './price-refresh-job.js';
import { pruneJob, type PruneDeps } from './prune-job.js';

const MINUTE = 60_000;

/** How often each job runs by default. */
export const DEFAULT_EVERY_MS: Readonly<Record<JobName, number>> = {
  'price-refresh': 60 * MINUTE,
  'cache-warm': 15 * MINUTE,
  'deal-scan': 15 * MINUTE,
  notify: MINUTE,
  'daily-digest': 24 * 60 * MINUTE,
  prune: 15 * MINUTE,
};

/** Tuning for {@link createJobs}; every field has a default. */
export interface JobsOptions {
  /** Set: BullMQ queues and workers on this Redis. Unset: the in-process scheduler. */
  redisUrl?: string;
  /** Redis key prefix for the BullMQ queues. */
  prefix?: string;
  every?: Partial<Record<JobName, number>>;
  /** Attempts per run, the first included. */
  attempts?: number;
  /** First retry delay; each further one doubles. */
  backoffMs?: number;
  /** Send the daily digest. Off by default. */
  digest?: boolean;
  /** Pause between price-source calls (default 0 for the demo feed, 250 ms for a real API). */
  minIntervalMs?: number;
  /** Products asked per price refresh. */
  maxProducts?: number;
}

/** What the jobs need; main.ts wires it once. */
export interface JobsDeps {
  /** What the jobs read and write (main.ts builds them over the store). */
  stores: JobStores;
  logger: Logger;
  now: () => number;
  source: PriceSource;
  deals: DealService;
  alerts: PriceAlerts;
  users: NotifierDeps['users'];
  conversations: NotifierDeps['conversations'];
  /** One port per channel that is running. */
  delivery: DeliveryPorts;
  /** The cache's warm-up port; cache warming is not scheduled without one. */
  warm?: (productIds: readonly number[]) => void | Promise<void>;
  /** Told which prices moved, after they are recorded. */
  onPriceChanges?: (changes: readonly PriceChange[]) => void | Promise<void>;
  /** What the prune job forgets and how long it keeps it; not scheduled without. */
  prune?: Pick<PruneDeps, 'pruneHandled' | 'windowMs'>;
  options?: JobsOptions;
}

/** The background jobs and the notifier, on whichever runner the config picks. */
export interface Jobs {
  readonly runner: JobRunner['kind'];
  readonly notifier: Notifier;
  readonly store: JobStore;
  readonly definitions: readonly JobDefinition[];
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Runs a job soon, outside its schedule (`price-refresh` after an import, say). */
  trigger(name: JobName): Promise<void>;
}

/**
 * Builds the jobs: price refresh, cache warming (with a warm port), deal scan, notify, pruning
 * (with a prune port) and, when asked, the daily digest; on BullMQ when `redisUrl` is set, in process otherwise. Nothing
 * runs until `start()`.
 *
 * @example
 * const jobs = createJobs({ stores, logger, now, source: createDemoPriceFeed(), deals, alerts, users, conversations, delivery });
 * await jobs.start();
 */
export function createJobs(deps: JobsDeps): Jobs {
  const o = deps.options ?? {};
  const { stores } = deps;
  const store = stores.runs;
  const notifier = createNotifier({ stores, users: deps.users, conversations: deps.conversations, delivery: deps.delivery, now: deps.now, logger: deps.logger });
  const timing = (name: JobName) => ({ everyMs: o.every?.[name] ?? DEFAULT_EVERY_MS[name], attempts: o.attempts ?? 4, backoffMs: o.backoffMs ?? 5_000 });
  const definitions: JobDefinition[] = [
    priceRefreshJob(
      {
        stores,
        source: deps.source,
        minIntervalMs: o.minIntervalMs ?? (deps.source.demo ? 0 : 250),
        maxProducts: o.maxProducts ?? 5_000,
        onPriceChanges: deps.onPriceChanges,
      },
      timing('price-refresh'),
    ),
    dealScanJob({ stores, deals: deps.deals, alerts: deps.alerts, demo: deps.source.demo }, timing('deal-scan')),
    { name: 'notify', runAtStart: true, ...timing('notify'), run: () => notifier.deliverPending() },
  ];
  if (deps.warm) definitions.push(cacheWarmJob({ targets: stores.targets, warm: deps.warm, popular: 200 }, timing('cache-warm')));
  if (deps.prune) definitions.push(pruneJob(deps.prune, timing('prune')));
  if (o.digest) definitions.push(dailyDigestJob({ audience: stores.audience, notifications: stores.notifications, deals: deps.deals, demo: deps.source.demo }, timing('daily-digest')));

  const runner = o.redisUrl
    ? createBullmqRunner({ defs: definitions, store, now: deps.now, logger: deps.logger, url: o.redisUrl, prefix: o.prefix })
    : createInProcessRunner({ defs: definitions, store, now: deps.now, logger: deps.logger });
  return {
    runner: runner.kind,
    notifier,
    store,
    definitions,
    start: () => runner.start(),
    stop: () => runner.stop(),
    trigger: (name) => runner.trigger(name),
  };
}
