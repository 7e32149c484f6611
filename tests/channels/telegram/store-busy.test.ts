import type { FastifyInstance } from 'fastify';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { holdWriteLock } from '../../faults/fault-harness.js';
import { itemNames, useTelegramTestBed, type AgentHarness } from './agent-harness.js';

/**
 * Another process holds SQLite's write lock past the busy timeout while a Telegram message
 * arrives. The agent passes the "busy" up; the channel used to only log it, so the person got
 * no reply at all.
 */
const ANA = { id: 501, first_name: 'Ana' };

// A short busy timeout, so a held lock is met quickly (better-sqlite3 waits synchronously).
const bed = useTelegramTestBed({ busyTimeoutMs: 100 });
let h: AgentHarness;
let api: FakeTelegramApi;
beforeEach(() => {
  ({ h, api } = bed);
});
const makeChannel = (webhook: boolean) => bed.channel(webhook);

/** The channel in webhook mode behind its route; returns a function that POSTs one update with the secret. */
async function startWebhook(): Promise<(update: object) => ReturnType<FastifyInstance['inject']>> {
  const app = await bed.webhookApp();
  return (update) => bed.postUpdate(app, update);
}

const dbFile = () => h.db.name;
const anaItems = () => itemNames(h, h.users.resolve('telegram', String(ANA.id)).id);

describe('Telegram: a turn that meets a busy store', () => {
  it('long polling: the person is asked to send it again, and the resend is applied once', async () => {
    await makeChannel(false).start();
    const lock = await holdWriteLock(dbFile(), 1500);
    api.pushUpdate(api.textUpdate(ANA, 'add pears'));
    const busy = await api.waitFor('sendMessage', (c) => c.payload.chat_id === ANA.id);
    expect(busy.payload.text).toBe("I'm a bit busy — please send that again in a moment.");
    await lock.released;

    expect(anaItems()).toEqual([]);
    api.pushUpdate(api.textUpdate(ANA, 'add pears'));
    await api.waitFor('sendMessage', (c) => /pears/i.test(String(c.payload.text)));
    expect(api.chat(ANA.id).map((m) => m.text)).toEqual([busy.payload.text, expect.stringMatching(/added pears/i)]);
    expect(anaItems()).toEqual(['pears']);
  });

  it('webhook: answers 500 so Telegram redelivers, and the redelivery is applied once', async () => {
    const post = await startWebhook();
    const update = api.textUpdate(ANA, 'add 2 pears');
    const deliver = () => post(update);

    const lock = await holdWriteLock(dbFile(), 1500);
    const first = await deliver();
    expect(first.statusCode).toBe(500);
    expect(first.json().error.message).toMatch(/try again/i);
    expect(api.chat(ANA.id)).toEqual([]);
    await lock.released;

    const again = await deliver();
    expect(again.statusCode).toBe(200);
    expect((await deliver()).statusCode).toBe(200);
    expect(api.chat(ANA.id).map((m) => m.text)).toEqual([expect.stringMatching(/pears/i), expect.stringMatching(/pears/i)]);
    const userId = h.users.resolve('telegram', String(ANA.id)).id;
    const lines = h.lists.view(userId, h.lists.defaultList(userId).id).groups.flatMap((g) => g.lines);
    expect(lines.map((l) => [l.name, l.quantity])).toEqual([['pears', 2]]);
  });

  it('webhook: someone already known meets the lock mid-turn, gets a 500 and no half-applied edit, and the redelivery applies once', async () => {
    const deliver = await startWebhook();
    expect((await deliver(api.textUpdate(ANA, 'add apples'))).statusCode).toBe(200);
    expect(anaItems()).toEqual(['apples']);

    const update = api.textUpdate(ANA, 'add 2 pears');
    const lock = await holdWriteLock(dbFile(), 1500);
    const first = await deliver(update);
    expect(first.statusCode).toBe(500);
    expect(api.chat(ANA.id).map((m) => m.text)).toEqual([expect.stringMatching(/apples/i)]);
    await lock.released;
    expect(anaItems()).toEqual(['apples']);

    expect((await deliver(update)).statusCode).toBe(200);
    expect((await deliver(update)).statusCode).toBe(200);
    expect(anaItems().sort()).toEqual(['apples', 'pears']);
    expect(api.chat(ANA.id).map((m) => m.text)).toEqual([expect.stringMatching(/apples/i), expect.stringMatching(/pears/i), expect.stringMatching(/pears/i)]);
  });
});
