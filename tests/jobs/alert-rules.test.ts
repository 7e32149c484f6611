/**
 * What people asked for is honoured: "stop alerts" means no alert, quiet hours hold an alert
 * until they end (then it arrives once), and "stop alerts" said while an alert is held drops it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { alertTexts, eventually, findDemoDrop, HOUR, say, startJobsApp, succeededRun, type JobsApp } from './jobs-harness.js';

const ANA = { id: 7401, first_name: 'Ana' };
let h: JobsApp | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Starts the app, says hi from Ana, lists a product the feed will drop and returns it. */
async function withListedDrop() {
  h = await startJobsApp();
  const { app, api, clock } = h;
  await eventually(() => succeededRun(app.core.db, 'deal-scan'), 10_000, 'start-up scan');
  await say(api, ANA, 'hi');
  const userId = app.core.users.resolve('telegram', String(ANA.id)).id;
  const drop = await findDemoDrop(app.core.db, clock.now());
  app.core.lists.addItems(userId, app.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);
  return { app, api, clock, drop, userId };
}

/** Runs the refresh at the drop and waits for the notifier pass it leads to. */
async function refreshAt(at: number) {
  const { app, clock } = h!;
  clock.set(at);
  const scans = succeededRun(app.core.db, 'deal-scan')!.id;
  await app.jobs!.trigger('price-refresh');
  return eventually(() => succeededRun(app.core.db, 'deal-scan', scans), 10_000, 'deal scan after refresh');
}

async function notifyPass() {
  const { app } = h!;
  const last = succeededRun(app.core.db, 'notify')?.id ?? 0;
  await app.jobs!.trigger('notify');
  const run = await eventually(() => succeededRun(app.core.db, 'notify', last), 10_000, 'notify pass');
  return JSON.parse(run.summary) as Record<string, number>;
}

describe('alert rules', () => {
  it('"stop alerts": a drop on a listed product alerts nobody', async () => {
    const { api, app, drop, userId } = await withListedDrop();
    expect(await say(api, ANA, 'stop alerts')).toMatch(/alerts are off/i);
    const scan = await refreshAt(drop.at);
    expect(JSON.parse(scan.summary).alerts).toBe(0);
    await notifyPass();
    expect(alertTexts(api, ANA.id)).toEqual([]);
    expect(app.core.db.prepare('SELECT count(*) AS n FROM notifications WHERE user_id = ?').get(userId)).toEqual({ n: 0 });
  });

  it('quiet hours hold the alert, which arrives once when they end', async () => {
    const { api, drop } = await withListedDrop();
    const hour = new Date(drop.at).getUTCHours();
    expect(await say(api, ANA, `quiet hours ${hour}:00 to ${(hour + 2) % 24}:00`)).toMatch(/quiet hours set/i);
    await refreshAt(drop.at);
    expect((await notifyPass()).held).toBe(1);
    expect(alertTexts(api, ANA.id)).toEqual([]);

    h!.clock.set(drop.at + HOUR);
    expect((await notifyPass()).held).toBe(1);
    h!.clock.set(drop.at + 2 * HOUR);
    expect((await notifyPass()).sent).toBe(1);
    await notifyPass();
    expect(alertTexts(api, ANA.id)).toHaveLength(1);
    expect(alertTexts(api, ANA.id)[0]).toContain(drop.name);
  });

  it('"stop alerts" during quiet hours drops the held alert instead of sending it later', async () => {
    const { api, app, drop, userId } = await withListedDrop();
    const hour = new Date(drop.at).getUTCHours();
    await say(api, ANA, `quiet hours ${hour}:00 to ${(hour + 2) % 24}:00`, /quiet hours set/i);
    await refreshAt(drop.at);
    expect((await notifyPass()).held).toBe(1);
    await say(api, ANA, 'stop alerts', /alerts are off/i);
    h!.clock.set(drop.at + 3 * HOUR);
    expect((await notifyPass()).alertsOff).toBe(1);
    expect(alertTexts(api, ANA.id)).toEqual([]);
    expect(app.core.db.prepare('SELECT outcome FROM notifications WHERE user_id = ?').all(userId)).toEqual([{ outcome: 'alerts_off' }]);
  });
});
