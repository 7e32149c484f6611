/**
 * Who the deal scan alerts: people tracking a product (target or 10% drop), people with it on a
 * list, people whose stated brand it is (unless allergic or alerts are off); one alert per
 * person, product and drop, however often it runs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDeals } from '../../src/grocery/deals/index.js';
import { recordPrices } from '../../src/grocery/prices/index.js';
import { dailyDigestJob, dealScanJob, type JobContext } from '../../src/jobs/index.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { priceStores } from '../helpers/price-services.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { HOUR, NOW } from './jobs-harness.js';

let core: Core;
let cleanup: () => void;
let clock = NOW;

beforeEach(() => {
  const seeded = createSeededTempDb(NOW);
  cleanup = seeded.cleanup;
  clock = NOW;
  core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), now: () => clock, demoStore: true });
});

afterEach(() => cleanup());

async function scan(): Promise<{ alerts: number; baseline: boolean }> {
  const triggered: string[] = [];
  const job = dealScanJob({ stores: core.jobStores, deals: core.deals, alerts: core.alerts, demo: true }, { everyMs: HOUR, attempts: 1, backoffMs: 1 });
  const ctx: JobContext = { attempt: 1, now: () => clock, signal: new AbortController().signal, log: core.logger, trigger: async (n) => void triggered.push(n) };
  const summary = (await job.run(ctx)) as { alerts: number; baseline: boolean };
  expect(triggered).toEqual(summary.alerts > 0 ? ['notify'] : []);
  return summary;
}

const product = (where: string) =>
  core.db.prepare(`SELECT id, name, brand, price_cents, allergens FROM products WHERE ${where} ORDER BY id LIMIT 1`).get() as {
    id: number;
    name: string;
    brand: string;
    price_cents: number;
    allergens: string;
  };

function alertsOf(userId: number): { key: string; reason: string; text: string }[] {
  return (core.db.prepare("SELECT dedupe_key, payload FROM notifications WHERE user_id = ? AND kind = 'price_alert' ORDER BY id").all(userId) as { dedupe_key: string; payload: string }[]).map((r) => {
    const p = JSON.parse(r.payload) as { reason: string; text: string };
    return { key: r.dedupe_key, reason: p.reason, text: p.text };
  });
}

describe('deal scan', () => {
  it('alerts the right people once each, and nobody on the first scan or on a repeat', async () => {
    const milk = product("category = 'milk' AND size_text = '1 gal' AND was_price_cents IS NULL");
    const eggs = product("category = 'eggs' AND was_price_cents IS NULL");
    const cereal = product("brand IS NOT NULL AND allergens LIKE '%wheat%' AND was_price_cents IS NULL AND category = 'cereal'");
    const user = (name: string) => core.users.resolve('terminal', name, name).id;
    const [ana, ben, cy, dee, eve, fay, gus, hal, ivy] = ['ana', 'ben', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal', 'ivy'].map(user) as number[] as [number, number, number, number, number, number, number, number, number];
    core.alerts.trackPrice(ana, milk.id, { targetPriceCents: milk.price_cents - 20 });
    core.alerts.trackPrice(ben, eggs.id);
    core.lists.addItems(ben, core.lists.defaultList(ben).id, [{ name: eggs.name, productId: eggs.id }]);
    core.preferences.remember(cy, 'brand', cereal.brand);
    core.preferences.remember(dee, 'brand', cereal.brand);
    core.preferences.remember(dee, 'allergy', 'wheat');
    core.lists.addItems(eve, core.lists.defaultList(eve).id, [{ name: eggs.name, productId: eggs.id }]);
    core.users.setAlerts(eve, false);
    core.lists.addItems(fay, core.lists.defaultList(fay).id, [{ name: 'milk', productId: milk.id }]);
    core.lists.addItems(gus, core.lists.defaultList(gus).id, [{ name: 'eggs', productId: eggs.id }]);
    // Hal never said he likes the brand: it was learned from what he added. It ranks, it never alerts.
    core.preferences.remember(hal, 'brand', cereal.brand, { source: 'learned', weight: 3 });
    // Ivy tracks the cereal (no target) and does not have it on a list: only her own rule speaks for her.
    core.alerts.trackPrice(ivy, cereal.id, { targetPriceCents: 1 });

    expect(await scan()).toMatchObject({ baseline: true, alerts: 0 });

    clock = NOW + HOUR;
    const eggsPrice = Math.floor((eggs.price_cents * 0.8) / 10) * 10 - 2;
    const cerealPrice = Math.floor((cereal.price_cents * 0.8) / 10) * 10 - 2;
    recordPrices(
      priceStores(core.db),
      [
        // 20 cents off: Ana's target, but no 10% deal for anyone else.
        { productId: milk.id, priceCents: milk.price_cents - 20, observedAt: clock },
        { productId: eggs.id, priceCents: eggsPrice, wasPriceCents: eggs.price_cents, observedAt: clock },
        { productId: cereal.id, priceCents: cerealPrice, wasPriceCents: cereal.price_cents, observedAt: clock },
      ],
      { source: 'demo', now: clock },
    );
    expect((await scan()).alerts).toBe(4);

    expect(alertsOf(ana)).toEqual([{ key: `price-alert:${milk.id}:${milk.price_cents - 20}`, reason: 'target_reached', text: expect.stringContaining('You asked me to watch it for') }]);
    // Ben tracks the eggs and has them on his list: one alert.
    expect(alertsOf(ben)).toEqual([{ key: `price-alert:${eggs.id}:${eggsPrice}`, reason: 'price_drop', text: expect.stringContaining(eggs.name) }]);
    expect(alertsOf(cy)).toEqual([{ key: `price-alert:${cereal.id}:${cerealPrice}`, reason: 'preference', text: expect.stringMatching(new RegExp(`You told me you like ${cereal.brand}\\.$`)) }]);
    expect(alertsOf(dee)).toEqual([]);
    expect(alertsOf(eve)).toEqual([]);
    expect(alertsOf(fay)).toEqual([]);
    expect(alertsOf(gus)).toEqual([{ key: `price-alert:${eggs.id}:${eggsPrice}`, reason: 'on_list', text: expect.stringMatching(/is on rollback .* You have eggs on your Grocery list\.$/) }]);
    expect(alertsOf(hal)).toEqual([]);
    expect(alertsOf(ivy)).toEqual([]);

    clock = NOW + 2 * HOUR;
    expect((await scan()).alerts).toBe(0);
    expect([ana, ben, cy, gus].map((u) => alertsOf(u).length)).toEqual([1, 1, 1, 1]);
    expect(alertsOf(ben)[0]!.text).toMatch(/You asked me to watch its price\.$/);
  });

  it('the daily digest names the deals on a list, once a day', async () => {
    await scan();
    const onDeal = core.deals.activeDeals({ category: 'eggs', limit: 1 })[0]!;
    const hal = core.users.resolve('terminal', 'hal').id;
    core.lists.addItems(hal, core.lists.defaultList(hal).id, [{ name: 'eggs', productId: onDeal.productId }]);
    const digest = dailyDigestJob({ audience: core.jobStores.audience, notifications: core.jobStores.notifications, deals: core.deals, demo: true }, { everyMs: 24 * HOUR, attempts: 1, backoffMs: 1 });
    const ctx: JobContext = { attempt: 1, now: () => clock, signal: new AbortController().signal, log: core.logger, trigger: async () => {} };
    expect(await digest.run(ctx)).toMatchObject({ digests: 1 });
    expect(await digest.run(ctx)).toMatchObject({ digests: 0 });
    const rows = core.db.prepare("SELECT dedupe_key, payload FROM notifications WHERE user_id = ? AND kind = 'digest'").all(hal) as { dedupe_key: string; payload: string }[];
    expect(rows.map((r) => r.dedupe_key)).toEqual(['digest:2026-11-01']);
    expect(JSON.parse(rows[0]!.payload).text).toContain(onDeal.product.name);
  });

  it('answers a chat turn while a scan is running, and the scan finds what a scan in one go finds', async () => {
    const settled: string[] = [];
    const scanning = core.deals.findDeals(clock).then((found) => (settled.push('scan'), found));
    const answered = core.agent
      .handle({ channel: 'web', externalUserId: 'ana', conversationKey: 'ana', messageId: 'm1', text: 'add a dozen eggs' })
      .then((reply) => (settled.push('turn'), reply));
    const [found, reply] = await Promise.all([scanning, answered]);
    expect(settled).toEqual(['turn', 'scan']);
    expect(reply.text).toMatch(/egg/i);
    expect(found.size).toBeGreaterThan(0);
    expect([...found]).toEqual([...findDeals(priceStores(core.db), clock)]);
  });
});

