/**
 * What people asked for is honoured: "stop alerts" means no alert, quiet hours hold an alert
 * until they end (then it arrives once), and "stop alerts" said while an alert is held drops it.
 * Three people on one app have the same product on their lists when the demo feed drops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertTexts, eventually, findDemoDrop, HOUR, say, startJobsApp, succeededRun, type JobsApp } from './jobs-harness.js';

const STOPPED = { id: 7401, first_name: 'Stella' };
const QUIET = { id: 7402, first_name: 'Quinn' };
const QUIET_THEN_STOPPED = { id: 7403, first_name: 'Rita' };
let h: JobsApp;
let drop: Awaited<ReturnType<typeof findDemoDrop>>;
const ids = new Map<number, number>();

beforeAll(async () => {
  h = await startJobsApp();
  const { app, api, clock } = h;
  await eventually(() => succeededRun(app.core.db, 'deal-scan'), 15_000, 'start-up scan');
  drop = await findDemoDrop(app.core.db, clock.now());
  const hour = new Date(drop.at).getUTCHours();
  for (const person of [STOPPED, QUIET, QUIET_THEN_STOPPED]) {
    await say(api, person, 'hi');
    const userId = app.core.users.resolve('telegram', String(person.id)).id;
    ids.set(person.id, userId);
    app.core.lists.addItems(userId, app.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);
  }
  expect(await say(api, STOPPED, 'stop alerts')).toMatch(/alerts are off/i);
  for (const person of [QUIET, QUIET_THEN_STOPPED]) {
    expect(await say(api, person, `quiet hours ${hour}:00 to ${(hour + 2) % 24}:00`)).toMatch(/quiet hours set/i);
  }
  clock.set(drop.at);
  const scans = succeededRun(app.core.db, 'deal-scan')!.id;
  await app.jobs!.trigger('price-refresh');
  await eventually(() => succeededRun(app.core.db, 'deal-scan', scans), 15_000, 'deal scan after the drop');
}, 60_000);

afterAll(async () => {
  await h?.close();
});

/** Runs the notifier once more and returns what the pass did. */
async function notifyPass(): Promise<Record<string, number>> {
  const { app } = h;
  const last = succeededRun(app.core.db, 'notify')?.id ?? 0;
  await app.jobs!.trigger('notify');
  const run = await eventually(() => succeededRun(app.core.db, 'notify', last), 10_000, 'notify pass');
  return JSON.parse(run.summary) as Record<string, number>;
}

const notifications = (person: { id: number }) =>
  h.app.core.db.prepare("SELECT outcome FROM notifications WHERE user_id = ? AND kind = 'price_alert'").all(ids.get(person.id)!);

describe('alert rules', () => {
  it('"stop alerts": the drop on a listed product alerts nobody who said it', async () => {
    await notifyPass();
    expect(alertTexts(h.api, STOPPED.id)).toEqual([]);
    expect(notifications(STOPPED)).toEqual([]);
  });

  it('quiet hours hold the alerts; after they end one arrives, unless "stop alerts" was said meanwhile', async () => {
    const { api, clock } = h;
    expect((await notifyPass()).held).toBe(2);
    expect(alertTexts(api, QUIET.id)).toEqual([]);
    expect(alertTexts(api, QUIET_THEN_STOPPED.id)).toEqual([]);

    clock.set(drop.at + HOUR);
    expect((await notifyPass()).held).toBe(2);
    await say(api, QUIET_THEN_STOPPED, 'stop alerts', /alerts are off/i);

    clock.set(drop.at + 2 * HOUR);
    expect(await notifyPass()).toMatchObject({ sent: 1, alertsOff: 1, held: 0 });
    await notifyPass();
    expect(alertTexts(api, QUIET.id)).toHaveLength(1);
    expect(alertTexts(api, QUIET.id)[0]).toContain(drop.name);
    expect(alertTexts(api, QUIET_THEN_STOPPED.id)).toEqual([]);
    expect(notifications(QUIET)).toEqual([{ outcome: 'delivered' }]);
    expect(notifications(QUIET_THEN_STOPPED)).toEqual([{ outcome: 'alerts_off' }]);
  });
});
