/**
 * A failing price source: the refresh is retried with exponential backoff, each failure is kept
 * with its error, and `grocery-agent jobs` shows what ran, what failed and what is next.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { jobsCommand } from '../../src/cli/jobs-command.js';
import { eventually, flakySource, startJobsApp, testClock, type JobsApp } from './jobs-harness.js';

let h: JobsApp | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function jobsOutput(dir: string, args: string[] = []): Promise<{ code: number; text: string }> {
  const saved = process.env.DATA_DIR;
  process.env.DATA_DIR = dir;
  try {
    let text = '';
    const code = await jobsCommand(args, (t) => void (text += t));
    return { code, text };
  } finally {
    if (saved === undefined) delete process.env.DATA_DIR;
    else process.env.DATA_DIR = saved;
  }
}

type Row = { attempt: number; status: string; error: string | null; finished_at: number; next_attempt_at: number | null };
const refreshRuns = (h: JobsApp) =>
  h.app.core.db.prepare("SELECT attempt, status, error, finished_at, next_attempt_at FROM job_runs WHERE job = 'price-refresh' ORDER BY id").all() as Row[];

describe('retries with backoff, and grocery-agent jobs', () => {
  it('retries a failing refresh after 100 ms then 200 ms, and the jobs command shows the failures', async () => {
    const clock = testClock();
    const source = flakySource(clock.now, 2);
    h = await startJobsApp({ clock, priceSource: source, jobs: { backoffMs: 100, attempts: 3 } });
    await h.app.jobs!.trigger('price-refresh');
    const runs = await eventually(() => {
      const r = refreshRuns(h!);
      return r.length === 3 && r[2]!.status === 'succeeded' ? r : undefined;
    }, 10_000, 'third attempt');

    expect(runs.map((r) => [r.attempt, r.status])).toEqual([[1, 'failed'], [2, 'failed'], [3, 'succeeded']]);
    expect(runs[0]!.error).toMatch(/demo price source failed on batch 1 of \d+ .*503 Service Unavailable \(call 1\)/);
    // The planned retry times double, and the real gaps between the calls are at least that long.
    expect(runs[0]!.next_attempt_at! - runs[0]!.finished_at).toBe(100);
    expect(runs[1]!.next_attempt_at! - runs[1]!.finished_at).toBe(200);
    expect(source.calls[1]! - source.calls[0]!).toBeGreaterThanOrEqual(95);
    expect(source.calls[2]! - source.calls[1]!).toBeGreaterThanOrEqual(195);

    // The scan at start reads in slices between other work; the report is read once it is done.
    await eventually(() => h!.app.core.db.prepare("SELECT 1 FROM job_runs WHERE job = 'deal-scan' AND status = 'succeeded'").get(), 10_000, 'the deal scan at start');
    const { code, text } = await jobsOutput(h.dir);
    expect(code).toBe(0);
    expect(text).toMatch(/^JOB\s+LAST RUN\s+STATUS\s+NEXT RUN\s+DETAIL/m);
    expect(text).toMatch(/^price-refresh\s+.*succeeded 3\/3\s+.*changed=\d+/m);
    expect(text).toMatch(/^deal-scan\s+.*succeeded/m);
    expect(text).toContain('Recent failures:');
    expect(text).toMatch(/price-refresh attempt 1\/3 failed: .*503 Service Unavailable \(call 1\)/);
    expect(text).toMatch(/price-refresh attempt 2\/3 failed: .*503 Service Unavailable \(call 2\)/);
    const json = JSON.parse((await jobsOutput(h.dir, ['--json'])).text);
    expect(json.failures).toHaveLength(2);
  });

  it('gives up after the last attempt, keeps the failure, and the jobs command exits 1', async () => {
    const clock = testClock();
    h = await startJobsApp({ clock, priceSource: flakySource(clock.now, 99), jobs: { backoffMs: 20, attempts: 2 } });
    await h.app.jobs!.trigger('price-refresh');
    await eventually(() => refreshRuns(h!).length === 2 && refreshRuns(h!)[1]!.status === 'failed', 10_000, 'two failed attempts');
    await new Promise((r) => setTimeout(r, 100));
    expect(refreshRuns(h).map((r) => [r.attempt, r.status, r.next_attempt_at])).toEqual([
      [1, 'failed', expect.any(Number)],
      [2, 'failed', null],
    ]);

    const { code, text } = await jobsOutput(h.dir);
    expect(code).toBe(1);
    expect(text).toMatch(/^price-refresh\s+.*failed 2\/2/m);
    expect(text).toMatch(/price-refresh attempt 2\/2 failed: .*call 2/);
  });
});
