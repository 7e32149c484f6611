import type { ProductLookup } from '../grocery/alerts/index.js';
import type { PriceChange, RecordPricesOptions } from '../grocery/prices/index.js';
import type { PriceQuote } from '../grocery/sources/index.js';
import type { AlertAudienceRepository, NotificationRepository, PriceAlertRepository } from '../store/alerts/index.js';
import type { JobRepository, JobRunRecord, JobScheduleRecord, JobTargetRepository } from '../store/jobs/index.js';
import type { QuestionStore } from '../store/question-store.js';
import type { Transactor } from '../store/sql.js';
import type { JobName, JobSummary } from './job.js';

/** Where runs and schedules are recorded, whichever runner runs the jobs. */
export type JobStore = JobRepository<JobName, JobSummary>;
/** One attempt of a job as recorded. */
export type JobRun = JobRunRecord<JobName, JobSummary>;
/** A recurring job's next and last run. */
export type JobScheduleEntry = JobScheduleRecord<JobName>;

/**
 * What the jobs and the notifier read and write, built once over the store by main.ts (the jobs
 * never see the database): repositories, a {@link Transactor} for the deal scan's all-or-nothing
 * write, and the price domain's reads and writes they share with the rest of the app.
 */
export interface JobStores {
  transactor: Transactor;
  runs: JobStore;
  targets: JobTargetRepository;
  notifications: NotificationRepository;
  audience: AlertAudienceRepository;
  priceAlerts: Pick<PriceAlertRepository, 'trackedProductIds'>;
  /** Where an alert's "Add it to my list" button keeps its meaning. */
  questions: Pick<QuestionStore, 'create'>;
  /** Products by id, read fresh: alerts name today's price. */
  products: ProductLookup;
  /** Records quotes as the products' prices (price history included); returns what moved. */
  recordPrices: (quotes: readonly PriceQuote[], opts: RecordPricesOptions) => PriceChange[];
}
