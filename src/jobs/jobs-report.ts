import type { NotificationRepository } from '../store/alerts/index.js';
import type { JobName } from './job.js';
import type { JobRun, JobScheduleEntry, JobStore } from './job-stores.js';

/** What `grocery-agent jobs` shows: per job the last run and the next, recent failures, and the alert queue. */
export interface JobsReport {
  jobs: { job: JobName; last: JobRun | null; next: JobScheduleEntry | null }[];
  failures: JobRun[];
  /** Upcoming retries of failed attempts. */
  retries: JobRun[];
  notifications: { pending: number; delivered: number; skipped: number };
}

/**
 * Reads the report from the store alone, so it works whether or not the app or Redis is running.
 *
 * @example
 * const report = readJobsReport({ runs, notifications }, { failures: 10 });
 */
export function readJobsReport(stores: { runs: JobStore; notifications: Pick<NotificationRepository, 'counts'> }, opts: { failures?: number } = {}): JobsReport {
  const store = stores.runs;
  const latest = new Map(store.latest().map((r) => [r.job, r]));
  const schedules = new Map(store.schedules().map((s) => [s.job, s]));
  const names = [...new Set<JobName>([...schedules.keys(), ...latest.keys()])].sort();
  return {
    jobs: names.map((job) => ({ job, last: latest.get(job) ?? null, next: schedules.get(job) ?? null })),
    failures: store.failures(opts.failures ?? 10),
    retries: store.pendingRetries(),
    notifications: stores.notifications.counts(),
  };
}

/**
 * The report as a table for people.
 *
 * @example
 * process.stdout.write(formatJobsReport(readJobsReport(stores), Date.now()));
 */
export function formatJobsReport(report: JobsReport, now: number): string {
  if (report.jobs.length === 0) return 'No background jobs have run yet. They start with the app (`npm start`).\n';
  const rows = report.jobs.map(({ job, last, next }) => [
    job,
    last ? `${time(last.startedAt)} (${ago(last.startedAt, now)})` : 'never',
    last ? `${last.status}${last.attempt > 1 || last.status !== 'succeeded' ? ` ${last.attempt}/${last.maxAttempts}` : ''}` : '-',
    next ? `${time(next.nextRunAt)} (${until(next.nextRunAt, now)})` : '-',
    last?.summary ? summaryText(last.summary) : last?.error ? last.error : '',
  ]);
  const head = ['JOB', 'LAST RUN', 'STATUS', 'NEXT RUN', 'DETAIL'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(head), ...rows.map(line), ''];
  const n = report.notifications;
  out.push(`Alerts: ${n.pending} waiting (quiet hours or retrying), ${n.delivered} delivered, ${n.skipped} not sent (alerts off or no channel).`);
  if (report.retries.length > 0) {
    out.push('', 'Retries scheduled:');
    for (const r of report.retries) out.push(`  ${r.job} attempt ${r.attempt + 1}/${r.maxAttempts} at ${time(r.nextAttemptAt ?? now)} (${until(r.nextAttemptAt ?? now, now)})`);
  }
  if (report.failures.length > 0) {
    out.push('', 'Recent failures:');
    for (const f of report.failures) out.push(`  ${time(f.startedAt)}  ${f.job} attempt ${f.attempt}/${f.maxAttempts} ${f.status}: ${f.error ?? 'no error recorded'}`);
  }
  return `${out.join('\n')}\n`;
}

function time(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

function span(ms: number): string {
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 90) return `${s}s`;
  if (s < 90 * 60) return `${Math.round(s / 60)}m`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)}h`;
  return `${Math.round(s / 86400)}d`;
}

function ago(at: number, now: number): string {
  return `${span(now - at)} ago`;
}

function until(at: number, now: number): string {
  return at <= now ? 'due' : `in ${span(at - now)}`;
}

function summaryText(summary: Record<string, unknown>): string {
  return Object.entries(summary)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}
