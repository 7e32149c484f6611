/** Repositories of the background jobs: their runs and schedules, and what they work on. */
export { createJobRepository, type JobRepository, type JobRunRecord, type JobScheduleRecord } from './job-repository.js';
export { createJobTargetRepository, type JobTargetRepository, type ProductToPrice } from './job-target-repository.js';
