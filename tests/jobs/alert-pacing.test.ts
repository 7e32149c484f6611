/**
 * Alerts people welcome: at most five alert messages in a person's day, the rest saved for one
 * summary the next morning; a quiet-hours backlog arrives as one summary; an alert whose price
 * went back up is never sent; a person only ever heard from in a group chat gets nothing there.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordPrices } from '../../src/grocery/prices/index.js';
import { ALERTS_PER_DAY } from '../../src/jobs/alert-plan.js';
import { createNotifier, dealScanJob, type JobContext, type ProactiveMessage } from '../../src/jobs/index.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { priceStores } from '../helpers/price-services.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { HOUR, NOW } from './jobs-harness.js';

let core: Core;
let cleanup: () => void;
let clock = NOW;
/** What reached each Telegram chat, as the channel port was handed it. */
let sent: { chatId: number; message: ProactiveMessage }[];

beforeEach(() => {
  const seeded = createSeededTempDb(NOW);
  cleanup = seeded.cleanup;
  clock = NOW;
  sent = [];
  core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), now: () => clock, demoStore: true });
});
afterEach(() => cleanup());

const notifier = () =>
  createNotifier({
    stores: core.jobStores,
    users: core.users,
    conversations: core.conversations,
    delivery: { telegram: async (ref, message) => void sent.push({ chatId: (ref as { chatId: number }).chatId, message }) },
    now: () => clock,
    logger: core.logger,
  });

async function scan(): Promise<void> {
  const job = dealScanJob({ stores: core.jobStores, deals: core.deals, alerts: core.alerts, demo: true }, { everyMs: HOUR, attempts: 1, backoffMs: 1 });
  const ctx: JobContext = { attempt: 1, now: () => clock, signal: new AbortController().signal, log: core.logger, trigger: async () => {} };
  await job.run(ctx);
}

/** A Telegram person who has talked to the bot in a private chat (so alerts can reach them). */
function telegramPerson(id: number): number {
  const userId = core.users.resolve('telegram', String(id), `P${id}`).id;
  core.conversations.save(`telegram:${id}`, userId, 'telegram', {});
  core.conversations.setReference(`telegram:${id}`, { chatId: id });
  return userId;
}

/** `count` products without a deal, put on the person's list, then dropped 20% an hour later. */
async function dropsOnList(userId: number, count: number): Promise<{ id: number; price_cents: number }[]> {
  const products = core.db
    .prepare('SELECT id, name, price_cents FROM products WHERE was_price_cents IS NULL AND price_cents > 300 ORDER BY id LIMIT ?')
    .all(count) as { id: number; name: string; price_cents: number }[];
  core.lists.addItems(userId, core.lists.defaultList(userId).id, products.map((p) => ({ name: p.name, productId: p.id })));
  await scan();
  clock += HOUR;
  recordPrices(priceStores(core.db), products.map((p) => ({ productId: p.id, priceCents: Math.round(p.price_cents * 0.8), wasPriceCents: p.price_cents, observedAt: clock })), { source: 'demo', now: clock });
  await scan();
  return products;
}

const texts = (chatId: number) => sent.filter((s) => s.chatId === chatId).map((s) => s.message.text);

describe('alert pacing', () => {
  it('sends five alerts in a day, then the rest as one summary the next morning', async () => {
    const ana = telegramPerson(9101);
    await dropsOnList(ana, 8);

    const first = await notifier().deliverPending();
    expect(first).toMatchObject({ sent: ALERTS_PER_DAY, held: 3 });
    expect(texts(9101)).toHaveLength(ALERTS_PER_DAY);
    for (const text of texts(9101)) expect(text).toMatch(/^Price alert: .* You have .* on your Grocery list\.\nDemo store prices/);

    clock += 3 * HOUR;
    expect(await notifier().deliverPending()).toMatchObject({ sent: 0, held: 3 });

    // The next day, before the morning: still waiting (no quiet hours to end).
    clock = Date.UTC(2026, 10, 2, 5);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 0, held: 3 });
    clock = Date.UTC(2026, 10, 2, 7);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 1, summarised: 3, held: 0 });
    const summary = texts(9101).at(-1)!;
    expect(summary).toMatch(/^Price alerts: 3 prices dropped that I saved for one message \(I send at most 5 alerts a day\):/);
    expect(summary.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(3);
    expect(await notifier().deliverPending()).toMatchObject({ pending: 0 });
  });

  it('sends a quiet-hours backlog as one summary when quiet hours end', async () => {
    const ben = telegramPerson(9102);
    // Quiet from 13:00 to 15:00 UTC; the drops land at 13:00.
    core.users.setQuietHours(ben, 13, 15);
    await dropsOnList(ben, 3);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 0, held: 3 });
    clock = Date.UTC(2026, 10, 1, 15);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 1, summarised: 3 });
    expect(texts(9102)).toHaveLength(1);
    expect(texts(9102)[0]).toMatch(/^Price alerts: 3 prices dropped during your quiet hours:/);
  });

  it('drops an alert whose price went back up before it could be sent', async () => {
    const cy = telegramPerson(9103);
    core.users.setQuietHours(cy, 13, 15);
    const [product] = await dropsOnList(cy, 1);
    clock += HOUR;
    recordPrices(priceStores(core.db), [{ productId: product!.id, priceCents: product!.price_cents, observedAt: clock }], { source: 'demo', now: clock });
    clock = Date.UTC(2026, 10, 1, 15);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 0, expired: 1 });
    expect(texts(9103)).toEqual([]);
  });

  it('never writes to a group chat: someone heard only in a group has no channel for alerts', async () => {
    const dee = core.users.resolve('telegram', '9104', 'Dee').id;
    await core.agent.handle({ channel: 'telegram', externalUserId: '9104', conversationKey: '-100777', text: 'hi', group: { title: 'Flat' } });
    await dropsOnList(dee, 1);
    expect(await notifier().deliverPending()).toMatchObject({ sent: 0, noChannel: 1 });
    expect(sent).toEqual([]);
  });
});
