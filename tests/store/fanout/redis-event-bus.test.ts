/**
 * The Redis fan-out on its own, against a redis-server this file starts on a spare port (and
 * kills, as a crash would): events over the size limit, and an outage that keeps events local.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus, type AgentEvents, type EventBus, type EventOrigin } from '../../../src/agent/events.js';
import { createRedisEventBus } from '../../../src/store/fanout/index.js';
import { eventually } from '../../jobs/jobs-harness.js';
import { startTestRedis, type TestRedis } from '../cache/redis-server.js';

let redis: TestRedis;
beforeAll(async () => {
  redis = await startTestRedis();
});
afterAll(async () => {
  await redis.kill();
});

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** Everything one bus's listeners heard, with where it came from. */
function heard(bus: EventBus) {
  const got: { event: string; payload: unknown; origin: EventOrigin }[] = [];
  for (const event of ['list_changed', 'price_alert'] as const) bus.on(event, (payload, origin) => got.push({ event, payload, origin }));
  return got;
}

const alert = (text: string): AgentEvents['price_alert'] => ({ userId: 1, inboxId: 9, alert: { productId: 7, name: 'Tide', priceCents: 999, previousCents: 1297, text } });

describe('the Redis event bus', () => {
  it('sends an event over the limit in its smaller form, or keeps it on the instance that raised it', async () => {
    const channel = `events-${process.pid}-size`;
    const a = createRedisEventBus<AgentEvents>({ url: redis.url, channel, maxBytes: 2048, shrink: (event, p) => (event === 'list_changed' ? ({ listId: (p as AgentEvents['list_changed']).listId, byUserId: 1 } as never) : undefined) });
    const b = createRedisEventBus<AgentEvents>({ url: redis.url, channel, maxBytes: 2048 });
    try {
      await Promise.all([a.whenConnected(), b.whenConnected()]);
      const onA = heard(a);
      const onB = heard(b);
      const huge = { id: 5, name: 'Grocery list', lines: Array.from({ length: 200 }, (_, i) => ({ name: `item ${i}` })) } as unknown as AgentEvents['list_changed']['list'];
      a.emit('list_changed', { listId: 5, byUserId: 1, list: huge });
      a.emit('price_alert', alert('x'.repeat(4000)));
      a.emit('price_alert', alert('the last one'));
      await eventually(() => onB.some((e) => (e.payload as AgentEvents['price_alert']).alert?.text === 'the last one'), 5000, 'the last alert on B');
      // A heard all three in full; B the list change without its list, not the oversized alert.
      expect(onA.map((e) => [e.event, e.origin])).toEqual([['list_changed', 'local'], ['price_alert', 'local'], ['price_alert', 'local']]);
      expect(onB.map((e) => [e.event, e.origin])).toEqual([['list_changed', 'peer'], ['price_alert', 'peer']]);
      expect(onB[0]!.payload).toEqual({ listId: 5, byUserId: 1 });
      expect(a.stats()).toMatchObject({ published: 2, shrunk: 1, tooBig: 1 });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('with Redis down, an event still reaches this instance, one line says why, and the fan-out resumes when Redis is back', async () => {
    const channel = `events-${process.pid}-outage`;
    const { logger, lines } = capturedLogger();
    const a = createEventBus({ redisUrl: redis.url, channel, logger });
    const b = createEventBus({ redisUrl: redis.url, channel });
    try {
      await Promise.all([a.whenConnected(), b.whenConnected()]);
      const onA = heard(a);
      const onB = heard(b);
      await redis.kill();
      await eventually(() => lines.some((l) => /Redis unavailable/.test(l.msg)), 5000, 'the outage line');
      for (let i = 1; i <= 3; i++) expect(() => a.emit('list_changed', { listId: i, byUserId: 1 })).not.toThrow();
      expect(onA.map((e) => (e.payload as { listId: number }).listId)).toEqual([1, 2, 3]);
      expect(lines.filter((l) => /Redis unavailable/.test(l.msg))).toHaveLength(1);
      expect(a.stats().localOnly).toBe(3);

      await redis.start();
      await eventually(() => lines.some((l) => /Redis back/.test(l.msg)), 10_000, 'the line saying Redis is back');
      // The subscriber reconnects on its own schedule: keep raising until B hears one.
      await eventually(() => {
        a.emit('list_changed', { listId: 99, byUserId: 1 });
        return onB.some((e) => (e.payload as { listId: number }).listId === 99);
      }, 10_000, 'an event on B after the outage');
      expect(onB.every((e) => (e.payload as { listId: number }).listId === 99)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
