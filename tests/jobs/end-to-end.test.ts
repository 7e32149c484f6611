/**
 * A price drop at the source becomes exactly one alert in a fake Telegram chat, through the
 * price refresh job, the deal scan and the notifier, on the in-process scheduler.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { alertTexts, eventually, findDemoDrop, startJobsApp, succeededRun, type JobsApp } from './jobs-harness.js';

const ANA = { id: 7101, first_name: 'Ana' };
let h: JobsApp | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('price drop to Telegram alert (in-process scheduler)', () => {
  it('turns a demo-feed drop on a listed product into one alert, and repeated runs add none', async () => {
    h = await startJobsApp();
    const { app, api, clock } = h;
    const db = app.core.db;
    expect(app.jobs?.runner).toBe('in-process');
    // The start-up scan records the deals already running: not news for anyone.
    await eventually(() => succeededRun(db, 'deal-scan'), 10_000, 'start-up deal scan');

    api.pushUpdate(api.textUpdate(ANA, 'hi'));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id);
    const userId = app.core.users.resolve('telegram', String(ANA.id)).id;
    const drop = await findDemoDrop(db, clock.now());
    app.core.lists.addItems(userId, app.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);

    clock.set(drop.at);
    await app.jobs!.trigger('price-refresh');
    const alert = await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id && String(c.payload.text).startsWith('Price alert:'));
    expect(String(alert.payload.text)).toContain(drop.name);
    expect(String(alert.payload.text)).toMatch(/Demo store prices/);
    const price = (db.prepare('SELECT price_cents FROM products WHERE id = ?').get(drop.productId) as { price_cents: number }).price_cents;
    expect(price).toBe(drop.quote.priceCents);

    // Same tick again: the feed says the same, the scan finds nothing new, the notifier has nothing to send.
    const lastScan = succeededRun(db, 'deal-scan')!.id;
    await app.jobs!.trigger('price-refresh');
    await app.jobs!.trigger('deal-scan');
    await eventually(() => succeededRun(db, 'deal-scan', lastScan), 10_000, 'second deal scan');
    const notifies = succeededRun(db, 'notify')!.id;
    await app.jobs!.trigger('notify');
    await eventually(() => succeededRun(db, 'notify', notifies), 10_000, 'another notifier pass');
    expect(alertTexts(api, ANA.id)).toHaveLength(1);
    const rows = db.prepare("SELECT outcome FROM notifications WHERE user_id = ? AND kind = 'price_alert'").all(userId);
    expect(rows).toEqual([{ outcome: 'delivered' }]);
  });
});

describe('a delivery that fails', () => {
  it('is retried with backoff and arrives once; the failure is kept with its error', async () => {
    h = await startJobsApp({ jobs: { backoffMs: 100 } });
    const { app, api, clock } = h;
    const db = app.core.db;
    await eventually(() => succeededRun(db, 'deal-scan'), 10_000, 'start-up deal scan');
    api.pushUpdate(api.textUpdate(ANA, 'hi'));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id);
    const userId = app.core.users.resolve('telegram', String(ANA.id)).id;
    const drop = await findDemoDrop(db, clock.now());
    app.core.lists.addItems(userId, app.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);

    api.failNext('sendMessage', { status: 403 });
    clock.set(drop.at);
    await app.jobs!.trigger('price-refresh');
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id && String(c.payload.text).startsWith('Price alert:'), 10_000);

    // The fake API sees the message a moment before the notifier records it as sent.
    const delivery = () => db.prepare("SELECT status, attempts FROM notification_deliveries WHERE channel = 'telegram'").get() as { status: string; attempts: number } | undefined;
    await eventually(() => delivery()?.status === 'sent', 5_000, 'the delivery recorded as sent');
    expect(delivery()).toEqual({ status: 'sent', attempts: 2 });
    const failed = db.prepare("SELECT status, error FROM job_runs WHERE job = 'notify' AND error IS NOT NULL").all() as { status: string; error: string }[];
    expect(failed).toEqual([{ status: 'failed', error: expect.stringMatching(/1 alert delivery failed: telegram for user \d+: .*Forbidden: bot was blocked by the user/) }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(alertTexts(api, ANA.id)).toHaveLength(1);
  });
});
