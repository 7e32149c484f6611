/**
 * Background jobs: price refresh, cache warming, deal scan, notify and the optional daily
 * digest, on the in-process scheduler (embedded default) or BullMQ (REDIS_URL), and the notifier
 * that writes to people first on the channels they use. See docs/jobs.md.
 */
export { createJobs, DEFAULT_EVERY_MS, type Jobs, type JobsDeps, type JobsOptions } from './create-jobs.js';
export { backoffDelay, type JobContext, type JobDefinition, type JobName, type JobSummary } from './job.js';
export type { JobRunner } from './job-runner.js';
export { pruneJob, type PruneDeps } from './prune-job.js';
export { priceRefreshJob, type PriceRefreshDeps } from './price-refresh-job.js';
export { dealScanJob, type DealScanDeps } from './deal-scan-job.js';
export { cacheWarmJob, type CacheWarmDeps } from './cache-warm-job.js';
export { dailyDigestJob, DIGEST_MAX_DEALS, type DailyDigestDeps } from './daily-digest-job.js';
export { createInProcessRunner } from './in-process-runner.js';
export { createBullmqRunner, type BullmqRunnerOptions } from './bullmq-runner.js';
export type { JobRun, JobScheduleEntry, JobStore, JobStores } from './job-stores.js';
export { formatJobsReport, readJobsReport, type JobsReport } from './jobs-report.js';
export {
  createNotifier,
  type DeliveryPorts,
  type Notifier,
  type NotifierDeps,
  type NotifySummary,
  type ProactiveChoice,
  type ProactiveMessage,
  type ReferenceLookup,
  type WebAlert,
} from './notifier.js';
export { priceAlertKey, type AlertReason, type DigestPayload, type PriceAlertPayload } from './price-alert.js';
export { inQuietHours, localHour } from './quiet-hours.js';
