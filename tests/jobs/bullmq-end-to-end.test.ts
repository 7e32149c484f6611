/**
 * The same path on BullMQ, against a redis-server this test starts on a spare port: a drop
 * becomes one Telegram alert; and with Redis killed in the middle of a price refresh (and
 * started again, empty) the jobs resume, the alert arrives once, and the agent keeps answering.
 */
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestRedis, type TestRedis } from '../store/cache/redis-server.js';
import { alertTexts, eventually, findDemoDrop, flakySource, startJobsApp, succeededRun, testClock, type JobsApp } from './jobs-harness.js';

const ANA = { id: 7201, first_name: 'Ana' };
let redis: TestRedis;
let h: JobsApp | undefined;

beforeAll(async () => {
  redis = await startTestRedis();
});

afterAll(async () => {
  await redis.kill();
});

afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function setUp(prefix: string, jobs = {}) {
  h = await startJobsApp({ redisUrl: redis.url, prefix, jobs });
  const { app, api, clock } = h;
  expect(app.jobs?.runner).toBe('bullmq');
  await eventually(() => succeededRun(app.core.db, 'deal-scan'), 15_000, 'start-up deal scan');
  api.pushUpdate(api.textUpdate(ANA, 'hi'));
  await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id);
  const userId = app.core.users.resolve('telegram', String(ANA.id)).id;
  const drop = await findDemoDrop(app.core.db, clock.now());
  app.core.lists.addItems(userId, app.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);
  clock.set(drop.at);
  return { app, api, drop, userId };
}

const isAlert = (c: { payload: Record<string, unknown> }) => c.payload.chat_id === ANA.id && String(c.payload.text).startsWith('Price alert:');

describe('price drop to Telegram alert (BullMQ)', () => {
  it('delivers one alert through the queues, and a second scan and notify add none', async () => {
    const { app, api, drop } = await setUp(`t-${process.pid}-a`);
    await app.jobs!.trigger('price-refresh');
    const alert = await api.waitFor('sendMessage', isAlert, 15_000);
    expect(String(alert.payload.text)).toContain(drop.name);

    const scans = succeededRun(app.core.db, 'deal-scan')!.id;
    await app.jobs!.trigger('deal-scan');
    await eventually(() => succeededRun(app.core.db, 'deal-scan', scans), 15_000, 'another deal scan');
    const notifies = succeededRun(app.core.db, 'notify')!.id;
    await app.jobs!.trigger('notify');
    await eventually(() => succeededRun(app.core.db, 'notify', notifies), 15_000, 'another notify');
    expect(alertTexts(api, ANA.id)).toHaveLength(1);
    const runners = app.core.db.prepare('SELECT DISTINCT runner FROM job_runs').all();
    expect(runners).toEqual([{ runner: 'bullmq' }]);
  });

  it('Redis killed mid-refresh and started again empty: the jobs resume, one alert, and turns are answered meanwhile', async () => {
    const prefix = `t-${process.pid}-b`;
    // A paced refresh (13 batches, 120 ms apart) so Redis can die while it runs.
    const { app, api, drop } = await setUp(prefix, { minIntervalMs: 120 });
    await app.jobs!.trigger('price-refresh');
    const run = await eventually(
      () => app.core.db.prepare("SELECT run_key FROM job_runs WHERE job = 'price-refresh' AND status = 'running'").get() as { run_key: string } | undefined,
      10_000,
      'refresh running',
    );
    await redis.kill();

    api.pushUpdate(api.textUpdate(ANA, "what's on my list?"));
    const reply = await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id && String(c.payload.text).includes(drop.name), 10_000);
    expect(reply).toBeDefined();
    await new Promise((r) => setTimeout(r, 1500));
    expect(alertTexts(api, ANA.id)).toHaveLength(0);

    await redis.start();
    const alert = await api.waitFor('sendMessage', isAlert, 20_000);
    expect(String(alert.payload.text)).toContain(drop.name);
    // The refresh that Redis died under finished its work (its row, not a later scheduled one).
    expect(app.core.db.prepare('SELECT status FROM job_runs WHERE run_key = ? ORDER BY id DESC LIMIT 1').get(run.run_key)).toEqual({ status: 'succeeded' });

    // The empty Redis got its schedules back.
    const queue = new Queue('deal-scan', { connection: { url: redis.url }, prefix });
    const schedulers = await eventually(async () => ((await queue.getJobSchedulers()).length > 0 ? queue.getJobSchedulers() : undefined), 10_000, 'schedulers');
    expect(schedulers.map((s) => s.key)).toContain('deal-scan');
    await queue.close();

    const notifies = succeededRun(app.core.db, 'notify')!.id;
    await app.jobs!.trigger('deal-scan');
    await app.jobs!.trigger('notify');
    await eventually(() => succeededRun(app.core.db, 'notify', notifies), 15_000, 'notify after restart');
    await new Promise((r) => setTimeout(r, 200));
    expect(alertTexts(api, ANA.id)).toHaveLength(1);
  });

  it('retries a failed refresh as a BullMQ attempt with exponential backoff, recorded like the in-process runner', async () => {
    const clock = testClock();
    const source = flakySource(clock.now, 2);
    h = await startJobsApp({ redisUrl: redis.url, prefix: `t-${process.pid}-c`, clock, priceSource: source, jobs: { backoffMs: 150, attempts: 3 } });
    await h.app.jobs!.trigger('price-refresh');
    const rows = await eventually(() => {
      const r = h!.app.core.db.prepare("SELECT attempt, status, runner, error FROM job_runs WHERE job = 'price-refresh' ORDER BY id").all() as { attempt: number; status: string; runner: string; error: string | null }[];
      return r.at(-1)?.status === 'succeeded' ? r : undefined;
    }, 15_000, 'the third attempt');
    expect(rows.map((r) => [r.attempt, r.status, r.runner])).toEqual([[1, 'failed', 'bullmq'], [2, 'failed', 'bullmq'], [3, 'succeeded', 'bullmq']]);
    expect(rows[0]!.error).toMatch(/503 Service Unavailable \(call 1\)/);
    expect(source.calls[1]! - source.calls[0]!).toBeGreaterThanOrEqual(145);
    expect(source.calls[2]! - source.calls[1]!).toBeGreaterThanOrEqual(295);
  });
});
