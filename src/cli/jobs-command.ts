import { mkdirSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { formatJobsReport, readJobsReport } from '../jobs/jobs-report.js';
import { openJobsReportStores } from '../store-wiring.js';

/**
 * `grocery-agent jobs [--json]`: what the background jobs ran, what failed (with the error) and
 * what is next, read from the database under DATA_DIR, so it works whether the app is running
 * or not. Exits 1 when a job's latest attempt failed with no retry left, for monitoring.
 */
export async function jobsCommand(args: string[], out: (text: string) => void = (t) => void process.stdout.write(t)): Promise<number> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  mkdirSync(config.dataDir, { recursive: true });
  const stores = openJobsReportStores(config.dataDir);
  try {
    const report = readJobsReport(stores, { failures: 10 });
    out(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : formatJobsReport(report, Date.now()));
    return report.jobs.some((j) => j.last?.status === 'failed') ? 1 : 0;
  } finally {
    stores.close();
  }
}
