/**
 * Two instances that act as one (issue 17): on one SQLite file and one Redis (a redis-server this
 * file starts on a spare port), a person's list change on A reaches their socket on B, a session
 * made on B resumes on A, an alert a job raises on A reaches B, a price refreshed on A is answered
 * the same by B, and a scheduled job runs once for two BullMQ runners.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqRunner } from '../../../src/jobs/bullmq-runner.js';
import type { JobDefinition } from '../../../src/jobs/job.js';
import { createLogger } from '../../../src/logger.js';
import { createJobRepository } from '../../../src/store/jobs/index.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import type { ChatClient } from '../../channels/web/ws-client.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { eventually, findDemoDrop, succeededRun } from '../../jobs/jobs-harness.js';
import { startTestRedis, type TestRedis } from '../cache/redis-server.js';
import { startFleet, type Fleet } from './fleet-harness.js';

let redis: TestRedis;
let fleet: Fleet | undefined;

beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.kill();
});
afterEach(async () => {
  await fleet?.close();
  fleet = undefined;
});

let said = 0;
/** Says `text` on a socket and waits for the reply to it. */
async function say(client: ChatClient, text: string): Promise<any> {
  const id = `m${++said}`;
  client.send({ type: 'message', id, text });
  for (;;) {
    const reply = await client.next('reply', 10_000);
    if (reply.replyTo === id) return reply;
  }
}

/** A list_changed frame as what it changed: the item names of its lines, or the whole list's version. */
const changedItems = (f: any): string => (f.change ? f.change.lines.map((l: any) => l.line.itemName).join(',') : `whole list v${f.list?.version}`);

/** The next list_changed frame that changed `item` (or carries the whole list with it). */
async function nextChangeOf(client: ChatClient, item: string): Promise<any> {
  for (;;) {
    const frame = await client.next('list_changed', 10_000);
    if (changedItems(frame) === item || (frame.list && JSON.stringify(frame.list).includes(`"itemName":"${item}"`))) return frame;
  }
}

describe('two instances on one store and one Redis', () => {
  it("a list change on A reaches the person's socket on B, once; a session made on B resumes on A", async () => {
    fleet = await startFleet({ redisUrl: redis.url, prefix: `fleet-${process.pid}-a` });
    const { a, b } = fleet;
    // No SESSION_SECRET: start-up says the key is the store's, so instances must share the store.
    expect(fleet.logOfA.some((m) => /SESSION_SECRET is not set.*share that store/.test(m))).toBe(true);
    const onB = await fleet.connect(b);
    const first = await say(onB.client, 'add 2 bananas');
    expect(first.text).toMatch(/banana/i);

    // Same token on the other instance: the same person, their conversation and their list.
    const onA = await fleet.connect(a, onB.welcome.token);
    expect(onA.welcome.resumed).toBe(true);
    expect(onA.welcome.history.map((t: { text: string }) => t.text)).toContain('add 2 bananas');
    expect(JSON.stringify(onA.welcome.list)).toMatch(/banana/i);

    await say(onA.client, 'add a dozen eggs');
    const heard = await nextChangeOf(onB.client, 'eggs');
    expect(heard.listId).toBe(onA.welcome.list.id);

    // B's own change reaches A, and B's socket hears it once (not again over Redis): a later
    // change published by A is ordered after it in Redis, so a repeat would have come first.
    const from = onB.client.frames.length;
    await say(onB.client, 'add bread');
    await nextChangeOf(onA.client, 'bread');
    await say(onA.client, 'add butter');
    await nextChangeOf(onB.client, 'butter');
    const changes = onB.client.frames.slice(from).filter((f) => f.type === 'list_changed');
    // Each frame as what it changed: one frame per change, the one raised on B not repeated.
    expect(changes.map(changedItems)).toEqual(['bread', 'butter']);
  });

  it('a price alert raised by the jobs on A reaches the socket on B, and a price refreshed on A is answered the same by B', async () => {
    fleet = await startFleet({ redisUrl: redis.url, prefix: `fleet-${process.pid}-b` });
    const { a, b, clock } = fleet;
    expect(a.jobs?.runner).toBe('bullmq');
    expect(b.jobs).toBeUndefined();
    await eventually(() => succeededRun(a.core.db, 'deal-scan'), 15_000, 'start-up deal scan on A');

    const onB = await fleet.connect(b);
    await say(onB.client, 'hi');
    const session = String(onB.welcome.token).split('.')[0]!;
    const userId = b.core.users.find('web', session)!.id;
    const drop = await findDemoDrop(a.core.db, clock.now());
    a.core.lists.addItems(userId, a.core.lists.defaultList(userId).id, [{ name: drop.name, productId: drop.productId }]);

    // At the time of the drop, before the refresh, B answers (and caches) the price it had.
    clock.set(drop.at);
    expect(b.core.prices.priceInfo(drop.productId).priceCents).toBe(drop.oldCents);
    await a.jobs!.trigger('price-refresh');

    const frame = await onB.client.next('price_alert', 20_000);
    expect(frame.alert.productId).toBe(drop.productId);
    expect(frame.alert.priceCents).toBe(drop.quote.priceCents);
    // Shown on B, so not shown again at the next visit (on either instance).
    const again = await fleet.connect(a, onB.welcome.token);
    expect(again.welcome.alerts).toEqual([]);

    expect(a.core.prices.priceInfo(drop.productId).priceCents).toBe(drop.quote.priceCents);
    await eventually(() => b.core.prices.priceInfo(drop.productId).priceCents === drop.quote.priceCents, 10_000, "B's cached price dropped");
  });
});

describe('two BullMQ runners on one Redis', () => {
  it('run each scheduled run of a job once between them', async () => {
    const seeded = createSeededTempDb();
    const second = seeded.connect();
    const logger = createLogger({ level: 'silent' });
    const ran: { by: string }[] = [];
    const def = (by: string): JobDefinition => ({
      name: 'prune',
      everyMs: 250,
      runAtStart: false,
      attempts: 1,
      backoffMs: 50,
      run: async () => {
        ran.push({ by });
        return { by };
      },
    });
    const prefix = `fleet-${process.pid}-once`;
    const runners = [
      createBullmqRunner({ defs: [def('A')], store: createJobRepository(sqliteConnection(seeded.db), Date.now), now: Date.now, logger, url: redis.url, prefix }),
      createBullmqRunner({ defs: [def('B')], store: createJobRepository(sqliteConnection(second), Date.now), now: Date.now, logger, url: redis.url, prefix }),
    ];
    try {
      await Promise.all(runners.map((r) => r.start()));
      await eventually(() => ran.length >= 8, 20_000, 'eight scheduled runs');
    } finally {
      await Promise.all(runners.map((r) => r.stop()));
    }
    const keys = (seeded.db.prepare("SELECT run_key FROM job_runs WHERE job = 'prune' ORDER BY id").pluck().all() as string[]);
    expect(keys.length).toBe(ran.length);
    // One scheduler for both: every run is one of its slots, and no slot ran twice.
    const slots = keys.map((k) => /^bullmq:repeat:prune:(\d+)$/.exec(k)?.[1]);
    expect(slots.every(Boolean)).toBe(true);
    expect(new Set(slots).size).toBe(slots.length);
    seeded.cleanup();
  });
});
