import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemoStore } from '../grocery/demo-store/index.js';
import { createChatLists, listLabel } from '../grocery/lists/index.js';
import { createDemoPriceFeed } from '../grocery/sources/index.js';
import { createNotifier, dealScanJob, priceRefreshJob, type JobContext, type PriceAlertPayload } from '../jobs/index.js';
import { createLogger } from '../logger.js';
import { createCore } from '../main.js';
import type { AlertWeekRepository } from '../store/alerts/index.js';
import { openDatabase } from '../store/database.js';
import { alertWeekRepositoryOver } from '../store-wiring.js';
import { createDemoStoreRepository } from '../store/catalog/index.js';
import { createChatListRepository, createListRepository } from '../store/lists/index.js';
import { sqliteConnection, transactor } from '../store/sql.js';
import { seededRandom } from '../understanding/model/prng.js';

/** What {@link simulateAlertWeek} is asked to simulate. */
export interface AlertWeekOptions {
  days?: number;
  people?: number;
  /** Telegram groups, each with 3 or 4 of the people, sharing the group's list. */
  groups?: number;
  /** Keep only this many demo products (every n-th): a faster run for tests. All of them when left out. */
  products?: number;
  /** Same seed, same people and lists. */
  seed?: number;
  /** Called once per simulated day, for progress. */
  progress?: (day: number, days: number) => void;
}

/** What a simulated week of alerts came to. */
export interface AlertWeekReport {
  days: number;
  people: number;
  groups: number;
  products: number;
  /** Price alerts the deal scan created (before pacing). */
  alertsCreated: number;
  /** Alert messages delivered (each alone, or one summary of several). */
  alertMessages: number;
  summaries: number;
  /** Alerts dropped because the price went back up before they could be sent. */
  expired: number;
  perPersonPerDay: { cap: number; max: number; mean: number; p95: number; personDaysAtCap: number };
  /** Messages that went to a group chat (must be 0). */
  inGroupChats: number;
  /** Delivered alerts whose "why" was checked against what the person did or said. */
  claimsChecked: number;
  /** Of those, claims the person never made (must be 0). */
  falseClaims: number;
  falseClaimExamples: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The week starts on the demo store's "today". */
const START = Date.UTC(2026, 10, 2, 0);

/**
 * A week of the demo price feed, hour by hour on an injected clock, for simulated people with
 * lists, tracked prices, brands they said they like and brands only learned from their adds, some
 * with quiet hours, some in Telegram groups sharing a group list: the real price refresh, deal scan
 * and notifier run each hour, the Telegram port records what would be sent, and the report counts
 * alert messages per person per day, messages to group chats, and alerts claiming something the
 * person never did or said.
 *
 * @example
 * const report = await simulateAlertWeek({ days: 7, people: 24 });
 */
export async function simulateAlertWeek(opts: AlertWeekOptions = {}): Promise<AlertWeekReport> {
  const days = opts.days ?? 7;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-alerts-week-'));
  let clock = START;
  const db = openDatabase({ dataDir: dir });
  try {
    seedDemoStore(createDemoStoreRepository(sqliteConnection(db)), { now: START });
    const week = alertWeekRepositoryOver(sqliteConnection(db));
    if (opts.products) keepProducts(week, opts.products);
    const logger = createLogger({ level: 'silent' });
    const core = createCore({ db, logger, now: () => clock, demoStore: true });
    const conn = sqliteConnection(db);
    const chats = createChatLists({ lists: createListRepository(conn), chats: createChatListRepository(conn), transactor: transactor(conn), now: () => clock });
    const random = seededRandom(opts.seed ?? 7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const products = week.demoProducts();

    // People: a private chat each (their address for alerts), a list, tracked prices, likes.
    const people = Array.from({ length: opts.people ?? 24 }, (_, i) => {
      const chatId = 60_000 + i;
      const userId = core.users.resolve('telegram', String(chatId), `Person ${i + 1}`).id;
      core.conversations.save(`telegram:${chatId}`, userId, 'telegram', {});
      core.conversations.setReference(`telegram:${chatId}`, { chatId });
      if (i % 3 === 0) core.users.setQuietHours(userId, 22, 7);
      const list = core.lists.defaultList(userId);
      const items = Array.from({ length: 25 }, () => pick(products));
      core.lists.addItems(userId, list.id, [...new Map(items.map((p) => [p.id, { name: p.name.split(',')[0]!.toLowerCase(), productId: p.id }])).values()]);
      for (const [n, p] of [pick(products), pick(products)].entries()) core.alerts.trackPrice(userId, p.id, n === 0 ? { targetPriceCents: Math.round(p.priceCents * 0.9) } : {});
      const brand = pick(products.filter((p) => p.brand)).brand!;
      if (i % 4 === 0) core.preferences.remember(userId, 'brand', brand);
      // Learned from adds, never said: must never alert anyone.
      if (i % 2 === 1) core.preferences.remember(userId, 'brand', pick(products.filter((p) => p.brand)).brand!, { source: 'learned', weight: 5 });
      return { chatId, userId };
    });

    // Groups: each member talks to the bot in the group once (joining its list); the list gets items.
    const groups = opts.groups ?? 3;
    for (let g = 0; g < groups; g++) {
      const members = people.slice((g * 3) % people.length, (g * 3) % people.length + 3 + (g % 2));
      const chat = { channel: 'telegram', chatKey: String(-1_000_000 - g), title: `House ${g + 1}` };
      for (const m of members) {
        await core.agent.handle({ channel: 'telegram', externalUserId: String(m.chatId), conversationKey: chat.chatKey, text: "what's on the list?", group: { title: chat.title } });
      }
      const list = chats.listFor(members[0]!.userId, chat);
      core.lists.addItems(members[0]!.userId, list.id, Array.from({ length: 10 }, () => pick(products)).map((p) => ({ name: p.name.split(',')[0]!.toLowerCase(), productId: p.id })));
    }

    const sent: { chatId: number; text: string; at: number }[] = [];
    const notifier = createNotifier({
      stores: core.jobStores,
      users: core.users,
      conversations: core.conversations,
      now: () => clock,
      logger,
      delivery: { telegram: async (ref, m) => void sent.push({ chatId: (ref as { chatId: number }).chatId, text: m.text, at: clock }) },
    });
    const timing = { everyMs: HOUR, attempts: 1, backoffMs: 1 };
    const refresh = priceRefreshJob({ stores: core.jobStores, source: createDemoPriceFeed({ now: () => clock }), minIntervalMs: 0, maxProducts: 100_000 }, timing);
    const scan = dealScanJob({ stores: core.jobStores, deals: core.deals, alerts: core.alerts, demo: true }, timing);
    const ctx: JobContext = { attempt: 1, now: () => clock, signal: new AbortController().signal, log: logger, trigger: async () => {} };

    await scan.run(ctx);
    for (let hour = 1; hour <= days * 24; hour++) {
      clock = START + hour * HOUR;
      await refresh.run(ctx);
      await scan.run(ctx);
      await notifier.deliverPending();
      if (hour % 24 === 0) opts.progress?.(hour / 24, days);
    }
    return report(week, { days, people: people.length, groups, products: products.length, sent });
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Counts what was sent and checks every delivered alert's "why" against what the person did or said. */
function report(week: AlertWeekRepository, run: { days: number; people: number; groups: number; products: number; sent: { chatId: number; text: string; at: number }[] }): AlertWeekReport {
  const alertMessages = run.sent.filter((s) => s.text.startsWith('Price alert'));
  const perDay = new Map<string, number>();
  for (const s of alertMessages) {
    const key = `${s.chatId}:${Math.floor(s.at / DAY)}`;
    perDay.set(key, (perDay.get(key) ?? 0) + 1);
  }
  const counts = [...perDay.values()].sort((a, b) => a - b);
  const cap = 5;
  const outcomes = week.alertOutcomes();
  const delivered = week.deliveredAlerts();
  const untrue = delivered
    .map((row) => ({ userId: row.userId, alert: JSON.parse(row.payload) as PriceAlertPayload }))
    .filter(({ userId, alert }) => !claimHolds(week, userId, alert));
  return {
    days: run.days,
    people: run.people,
    groups: run.groups,
    products: run.products,
    alertsCreated: outcomes.reduce((n, o) => n + o.count, 0),
    alertMessages: alertMessages.length,
    summaries: alertMessages.filter((s) => s.text.startsWith('Price alerts:')).length,
    expired: outcomes.find((o) => o.outcome === 'expired')?.count ?? 0,
    perPersonPerDay: {
      cap,
      max: counts.at(-1) ?? 0,
      mean: counts.length ? Math.round((counts.reduce((a, b) => a + b, 0) / counts.length) * 100) / 100 : 0,
      p95: counts[Math.floor(counts.length * 0.95)] ?? 0,
      personDaysAtCap: counts.filter((c) => c >= cap).length,
    },
    inGroupChats: run.sent.filter((s) => s.chatId < 0).length,
    claimsChecked: delivered.length,
    falseClaims: untrue.length,
    falseClaimExamples: untrue.slice(0, 5).map(({ userId, alert }) => `user ${userId}: ${alert.text}`),
  };
}

/** True when the alert's "why" is something the person did or said, as the database shows it. */
function claimHolds(week: AlertWeekRepository, userId: number, alert: PriceAlertPayload): boolean {
  const onList = /You have (.+) on your (.+)\.$/.exec(alert.text);
  if (onList) {
    return week.linesOf(userId, alert.productId).some((l) => l.name === onList[1] && listLabel(l.list) === onList[2]);
  }
  const liked = /You told me you like (.+)\.$/.exec(alert.text);
  if (liked) {
    return week.saidTheyLike(userId, liked[1]!);
  }
  if (/You asked me to watch/.test(alert.text)) return week.tracks(userId, alert.productId);
  return false;
}

/** Keeps `count` demo products spread over the whole catalog (every n-th), for a faster run. */
function keepProducts(week: AlertWeekRepository, count: number): void {
  const step = Math.max(1, Math.floor(week.productCount() / count));
  week.keepEveryNthProduct(step);
}
