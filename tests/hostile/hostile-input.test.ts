import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createTeamsChannel } from '../../src/channels/teams/index.js';
import { loadConfig } from '../../src/config.js';
import { ERRORS } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App } from '../../src/main.js';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { createRng, hostileFrame, hostileText, type Rng, type VictimIds } from './hostile-generator.js';

/**
 * Over 10,000 generated hostile messages through every channel's entry point of the assembled
 * product (createApp over the demo store): the chat socket, the REST API, the Telegram webhook
 * (with the right secret) and Teams' /api/messages. Each must get a clear answer (a reply, an
 * error frame with a registry code, or a 4xx JSON error with a message), never a 500, and the
 * victim's list must be exactly as it was.
 */
const SEED = 20261201;
const COUNTS = { ws: 2400, rest: 6400, telegram: 700, teams: 500 };
const TG_TOKEN = '999:HOSTILE-token';
const TG_SECRET = 'hostile-webhook-secret';

let app: App;
let api: FakeTelegramApi;
let connector: FakeBotConnector;
let dataDir: string;
let victim: VictimIds & { token: string };
let victimSnapshot: string;
let sent = 0;

const snapshotOf = () =>
  JSON.stringify({
    lists: app.core.lists.listsOf?.(victim.userId) ?? null,
    list: app.core.lists.view(victim.userId, victim.listId),
    conversation: app.core.conversations.history(`web:${victim.sessionId}`, 100),
  });

beforeAll(async () => {
  const seeded = createSeededTempDb();
  seeded.db.close();
  dataDir = seeded.dir;
  api = await startFakeTelegramApi(TG_TOKEN);
  connector = await startFakeBotConnector();
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, JOBS: 'off', LOG_LEVEL: 'silent',
    // Attackers are many people here; the per-person and per-address limits (tests/hostile/
    // limits.test.ts) would answer most of them "slow down".
    TURN_RATE: '100000', TURN_BURST: '100000', NEW_SESSIONS_PER_HOUR: '1000000', CHAT_FRAMES_PER_SECOND: '100000',
    TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_WEBHOOK_URL: 'https://grocery.example/telegram/webhook', TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    SESSION_SECRET: 'hostile-session-secret',
  });
  app = await createApp(config, createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  // Teams without an app id takes anonymous requests (as a local emulator does): the entry point
  // is the same handler main.ts mounts, with the JWT check out of the way of the payloads.
  const teams = createTeamsChannel({ agent: app.core.agent, users: app.core.users, conversations: app.core.conversations, logger: app.core.logger });
  app.web.app.post('/api/messages', (req, reply) => teams.handleRequest(req, reply));
  await app.start();

  const session = await app.web.app.inject({ method: 'POST', url: '/api/sessions' });
  const token = session.json().token as string;
  const sessionId = token.split('.')[0]!;
  const userId = app.core.users.resolve('web', sessionId).id;
  const list = app.core.lists.defaultList(userId);
  const added = await app.web.app.inject({
    method: 'POST', url: `/api/lists/${list.id}/items`, headers: { authorization: `Bearer ${token}` },
    payload: { items: [{ name: 'victim coffee', quantity: 2 }, { name: 'victim bread' }, { name: 'milk', quantity: 1, unit: 'gal' }] },
  });
  expect(added.statusCode).toBe(200);
  const itemId = added.json().groups[0].lines[0].id as number;
  victim = { userId, listId: list.id, itemId, sessionId, listName: list.name, token };
  victimSnapshot = snapshotOf();
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await api?.close();
  await connector?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Telegram and the Bot Service post from a few addresses: every webhook call here comes from one,
 * far over the per-address limit, which the platform webhooks are exempt from.
 */
const PLATFORM_ADDRESS = '149.154.167.220';

let requestNo = 0;
/**
 * A fresh client address every 100 requests: the server limits requests per address (300 a
 * minute), and this test is many attackers, not one.
 */
const nextAddress = () => {
  const i = requestNo++;
  return `10.${(i >> 22) & 255}.${(i >> 14) & 255}.${(i >> 6) & 255}`;
};

/** A clear answer over HTTP: 2xx, or a 4xx whose JSON body names a code and a sentence. */
function expectClearHttpAnswer(res: { statusCode: number; body: string }, what: string): void {
  expect(res.statusCode, `${what} -> ${res.body.slice(0, 200)}`).toBeLessThan(500);
  if (res.statusCode >= 400) {
    const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof body.error?.message, `${what}: error message`).toBe('string');
    expect((body.error!.message as string).length).toBeGreaterThan(0);
  }
}

describe('hostile input through every entry point', () => {
  it('chat socket: malformed, oversized, binary and injected frames each get a clear answer', async () => {
    const rng = createRng(SEED);
    const ANSWERS = new Set(['welcome', 'pong', 'error', 'reply']);
    let closedTooBig = 0;

    /** One socket's worth of frames, each sent after the previous one was answered. */
    const worker = async (w: number, frames: number) => {
      let ws: WebSocket | undefined;
      let queue: any[] = [];
      let wake: (() => void) | undefined;
      let closedWith: number | undefined;
      const connect = async (sayHello: boolean) => {
        ws = await app.web.app.injectWS('/ws');
        queue = [];
        closedWith = undefined;
        ws.on('message', (data) => {
          queue.push(JSON.parse(data.toString()));
          wake?.();
        });
        ws.on('close', (code) => {
          closedWith = code;
          wake?.();
        });
        if (sayHello) {
          ws.send(JSON.stringify({ type: 'hello' }));
          await answer();
        }
      };
      const answer = () =>
        new Promise<any>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`socket ${w}: no answer in 10 s`)), 10_000);
          const look = () => {
            while (queue.length) {
              const f = queue.shift();
              if (ANSWERS.has(f.type)) return (clearTimeout(timer), (wake = undefined), resolve(f));
            }
            if (closedWith !== undefined) return (clearTimeout(timer), (wake = undefined), resolve({ type: 'closed', code: closedWith }));
            wake = look;
          };
          look();
        });
      await connect(w % 8 !== 0); // some sockets never say hello: their messages get NO_SESSION
      for (let i = 0; i < frames; i++) {
        const n = w * 100_000 + i;
        const kind = rng.int(40);
        let what: string;
        if (kind === 0) {
          what = 'binary frame';
          ws!.send(Buffer.from([0xde, 0xad, 0xbe, 0xef, rng.int(256)]), { binary: true });
        } else if (kind === 1) {
          what = 'frame over 64 KiB';
          ws!.send('y'.repeat(64 * 1024 + 1 + rng.int(1000)));
        } else if (kind === 2) {
          what = 'invalid UTF-8 text frame';
          ws!.send(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x28, 0x7d]), { binary: false });
        } else {
          const frame = hostileFrame(rng, victim, n);
          what = `frame ${JSON.stringify(frame.slice(0, 120))}`;
          ws!.send(frame);
        }
        sent++;
        const got = await answer();
        if (got.type === 'closed') {
          // Refused by the WebSocket layer: 1009 (too big) or 1007 (not UTF-8); the server goes on.
          expect([1007, 1009], what).toContain(got.code);
          closedTooBig++;
          await connect(true);
          continue;
        }
        if (got.type === 'error') {
          expect(Object.keys(ERRORS), what).toContain(got.code);
          expect(got.code, what).not.toBe('INTERNAL');
          expect(got.message.length, what).toBeGreaterThan(0);
        } else if (got.type === 'reply') {
          expect(typeof got.text, what).toBe('string');
          expect(got.text.length, what).toBeGreaterThan(0);
        }
      }
      ws!.terminate();
    };
    const SOCKETS = 16;
    await Promise.all(Array.from({ length: SOCKETS }, (_, w) => worker(w, Math.ceil(COUNTS.ws / SOCKETS))));
    expect(closedTooBig).toBeGreaterThan(0);
    expect(snapshotOf()).toBe(victimSnapshot);
  }, 60_000);

  it('REST API: forged tokens, other users\' ids, bad bodies and types get 4xx JSON errors, never 500', async () => {
    const rng = createRng(SEED + 1);
    const attacker = (await app.web.app.inject({ method: 'POST', url: '/api/sessions' })).json().token as string;
    const attackerList = app.core.lists.defaultList(app.core.users.resolve('web', attacker.split('.')[0]!).id).id;
    const weirdId = () => rng.pick([String(victim.listId), '0', '-1', 'abc', '1e309', '1%20OR%201=1', '..%2F..%2Fetc%2Fpasswd', '9'.repeat(40), '%00', '1.5', String(attackerList)]);
    const auth = () =>
      rng.pick([
        `Bearer ${attacker}`, `Bearer ${attacker}`, `Bearer ${attacker}`,
        `Bearer ${victim.sessionId}.${'A'.repeat(43)}`, `Bearer ${victim.sessionId}`, 'Bearer', `Basic ${Buffer.from('admin:admin').toString('base64')}`,
        `Bearer ${attacker}x`, `Bearer ${'x'.repeat(5000)}`, '',
      ]);
    const bodies = (): unknown =>
      rng.pick<() => unknown>([
        () => ({ items: [{ name: hostileText(rng, victim) }] }),
        () => ({ items: [{ name: hostileText(rng, victim).slice(0, 200), quantity: rng.pick([-1, 0, 1e308, Number.NaN, '2', null, 2.5]) }] }),
        () => ({ items: [{ name: 'milk', productId: rng.pick(['x', -5, 1e20, {}, victim.itemId]) }] }),
        () => ({ items: 'milk' }),
        () => ({ items: [] }),
        () => ({ items: [{}] }),
        () => ({ items: [{ name: 'eggs', userId: victim.userId, listId: victim.listId }], userId: victim.userId }),
        () => [1, 2, 3],
        () => null,
        () => ({ __proto__: { admin: true }, items: [{ name: 'x', constructor: { prototype: { admin: true } } }] }),
      ])();
    const requests: (() => Parameters<typeof app.web.app.inject>[0])[] = [
      () => ({ method: 'GET', url: '/api/lists' }),
      () => ({ method: 'GET', url: `/api/lists/${weirdId()}` }),
      () => ({ method: 'POST', url: `/api/lists/${weirdId()}/items`, payload: bodies() as any }),
      () => ({ method: 'POST', url: `/api/lists/${attackerList}/items`, payload: bodies() as any }),
      () => ({ method: 'DELETE', url: `/api/lists/${weirdId()}/items/${rng.pick([String(victim.itemId), 'x', '-1', '0'])}` }),
      () => ({ method: 'GET', url: `/api/products?q=${encodeURIComponent(hostileText(rng, victim).slice(0, 500).toWellFormed())}&limit=${rng.pick(['5', '-1', '100000', 'abc', ''])}&sort=${rng.pick(['price', 'x', ''])}` }),
      () => ({ method: 'GET', url: `/api/products/${weirdId()}` }),
      () => ({ method: 'GET', url: `/api/products/${weirdId()}/price-history` }),
      () => ({ method: 'POST', url: `/api/lists/${weirdId()}/items`, payload: '{"items":[{"name":"a"', headers: { 'content-type': 'application/json' } }),
      () => ({ method: 'POST', url: `/api/lists/${attackerList}/items`, payload: Buffer.from([0x7b, 0x22, 0x69, 0xff, 0xfe, 0x22, 0x7d]), headers: { 'content-type': 'application/json' } }),
      () => ({ method: 'POST', url: `/api/lists/${attackerList}/items`, payload: 'items=milk', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      () => ({ method: 'POST', url: `/api/lists/${attackerList}/items`, payload: JSON.stringify({ items: [{ name: 'x'.repeat(300 * 1024) }] }), headers: { 'content-type': 'application/json' } }),
      () => ({ method: rng.pick(['PUT', 'PATCH', 'OPTIONS', 'DELETE'] as const), url: `/api/lists/${weirdId()}` }),
      () => ({ method: 'GET', url: `/api/${encodeURIComponent(hostileText(rng, victim).slice(0, 100).toWellFormed())}` }),
      () => ({ method: 'POST', url: '/api/sessions', payload: { userId: victim.userId, sessionId: victim.sessionId } }),
    ];
    for (let i = 0; i < COUNTS.rest; i++) {
      const req = rng.pick(requests)();
      const authorization = auth();
      const res = await app.web.app.inject({
        ...req,
        // Many addresses, as many attackers would come from; one address alone meets the per-IP limit.
        remoteAddress: nextAddress(),
        headers: { ...(req.headers ?? {}), ...(authorization ? { authorization } : {}) },
      } as any);
      sent++;
      expectClearHttpAnswer(res, `${req.method} ${req.url} (${authorization.slice(0, 30)})`);
    }
    expect(snapshotOf()).toBe(victimSnapshot);
  }, 60_000);

  it('Telegram webhook: hostile texts, wrong types and malformed updates with the right secret', async () => {
    const rng = createRng(SEED + 2);
    const expectReply: number[] = [];
    const post = (payload: unknown) =>
      app.web.app.inject({ method: 'POST', url: '/telegram/webhook', remoteAddress: PLATFORM_ADDRESS, headers: { 'x-telegram-bot-api-secret-token': TG_SECRET, 'content-type': 'application/json' }, payload: payload as any });
    for (let i = 0; i < COUNTS.telegram; i++) {
      const chatId = 700_000 + i;
      const base = api.textUpdate({ id: chatId, first_name: hostileText(rng, victim).slice(0, 64) }, hostileText(rng, victim), 50_000 + i) as any;
      let update: unknown = base;
      let replies = true;
      switch (rng.int(8)) {
        case 0: // malformed updates, acknowledged and dropped: no sender, no chat, wrong types
          update = rng.pick([
            { update_id: 50_000 + i }, { update_id: 'x', message: 'hi' }, { update_id: 50_000 + i, message: { ...base.message, text: 12345 } },
            { update_id: 50_000 + i, edited_message: base.message }, [], null, 'update',
            { update_id: 50_000 + i, message: { ...base.message, chat: null } }, { update_id: 50_000 + i, message: { ...base.message, chat: undefined } },
            { update_id: 50_000 + i, message: { ...base.message, from: undefined } }, { update_id: 50_000 + i, message: { ...base.message, from: null } },
            { update_id: 50_000 + i, message: { ...base.message, from: { id: String(victim.userId), is_bot: false, first_name: 'x' } } },
            { update_id: 50_000 + i, message: { ...base.message, from: undefined, chat: null, text: '/list', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } },
            { update_id: 50_000 + i, callback_query: { id: `q${i}`, chat_instance: 'c', data: 'v:clear my list', message: { message_id: 1, date: 1, chat: base.message.chat, text: 'old' } } },
            { update_id: 50_000 + i, callback_query: { id: `q${i}`, from: base.message.from, chat_instance: 'c', data: 'v:clear my list', message: { message_id: 1, date: 1, chat: null, text: 'old' } } },
          ]);
          replies = false;
          break;
        case 1: // a callback press with data the bot never sent, aimed at the victim
          update = { update_id: 50_000 + i, callback_query: { id: `q${i}`, from: base.message.from, chat_instance: 'c', data: rng.pick([`clear_list:${victim.listId}`, JSON.stringify({ userId: victim.userId }), 'x'.repeat(64), '\u0000']), message: { message_id: 1, date: 1, chat: base.message.chat, text: 'old' } } };
          replies = false;
          break;
        case 2: // entities that point outside the text
          update = { ...base, message: { ...base.message, entities: [{ type: 'bot_command', offset: 500, length: 9000 }] } };
          break;
        default:
          break;
      }
      const res = await post(update);
      sent++;
      expect(res.statusCode, `update ${JSON.stringify(update).slice(0, 200)}`).toBeLessThan(500);
      if (replies) expectReply.push(chatId);
    }
    // Raw bodies that are not JSON at all, and binary.
    for (const raw of ['{"update_id":', Buffer.from([0xff, 0xfe, 0x00, 0x01]), '']) {
      const res = await app.web.app.inject({ method: 'POST', url: '/telegram/webhook', remoteAddress: PLATFORM_ADDRESS, headers: { 'x-telegram-bot-api-secret-token': TG_SECRET, 'content-type': 'application/json' }, payload: raw });
      sent++;
      expectClearHttpAnswer(res, `raw webhook body ${JSON.stringify(String(raw))}`);
    }
    for (const chatId of expectReply) expect(api.chat(chatId).length, `reply in chat ${chatId}`).toBeGreaterThan(0);
    expect(snapshotOf()).toBe(victimSnapshot);
  }, 60_000);

  it('Teams /api/messages: hostile activities get a reply at the connector or a 4xx, never 500', async () => {
    const rng = createRng(SEED + 3);
    const expectReply: string[] = [];
    const work = async (i: number) => {
      const conversationId = `hostile-${i}`;
      const base = connector.messageActivity({ conversationId, userId: `attacker-${i % 50}`, text: hostileText(rng, victim), id: `act-${i}` }) as any;
      let activity: unknown = base;
      let replies = true;
      switch (rng.int(8)) {
        case 0: // malformed activities (400) and types the bot does not handle (200)
          activity = rng.pick([
            { ...base, type: rng.pick(['foo', 'typing', 'messageReaction', 'invoke', '', 7, null]) }, { ...base, from: undefined }, { ...base, conversation: undefined },
            'activity', null, [], {}, { ...base, text: rng.pick([12345, { text: 'add milk' }, ['add milk'], true]) }, { ...base, serviceUrl: undefined },
            { ...base, serviceUrl: rng.pick(['', 'javascript:alert(1)', 'file:///etc/passwd', 42]) }, { ...base, from: rng.pick(['aad-victim', { id: 42 }, { id: '' }]) },
            { ...base, conversation: { id: rng.pick([5, '', null]) } }, { ...base, id: rng.pick(['', 5]) },
            { ...base, type: 'conversationUpdate', membersAdded: rng.pick(['everyone', [{}], [null], [{ id: 5 }]]) },
            { ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', data: { userId: victim.userId } } } },
          ]);
          replies = false;
          break;
        case 1: // a card submission carrying someone else's ids
          activity = { ...base, text: undefined, value: rng.pick([{ choice: `clear_list ${victim.listId}` }, { userId: victim.userId, listId: victim.listId }, 'x'.repeat(5000), [1, 2], null]) };
          break;
        case 2:
          activity = { ...base, channelData: { tenant: { id: 'other' }, userId: victim.userId }, replyToId: `victim-${victim.sessionId}`, entities: [{ type: 'mention', text: '<at>x</at>'.repeat(100) }] };
          break;
        default:
          break;
      }
      // Sent as JSON text, so null, [] and bare strings reach the handler as the Bot Service's JSON would.
      const res = await app.web.app.inject({ method: 'POST', url: '/api/messages', remoteAddress: PLATFORM_ADDRESS, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(activity) });
      sent++;
      expectClearHttpAnswer(res, `activity ${JSON.stringify(activity).slice(0, 200)}`);
      if (replies) expectReply.push(conversationId);
    };
    const PARALLEL = 8;
    for (let i = 0; i < COUNTS.teams; i += PARALLEL) await Promise.all(Array.from({ length: Math.min(PARALLEL, COUNTS.teams - i) }, (_, k) => work(i + k)));
    for (const raw of ['{"type":"message"', Buffer.from([0xff, 0xfe, 0x00])]) {
      const res = await app.web.app.inject({ method: 'POST', url: '/api/messages', remoteAddress: PLATFORM_ADDRESS, headers: { 'content-type': 'application/json' }, payload: raw });
      sent++;
      expectClearHttpAnswer(res, `raw activity body ${JSON.stringify(String(raw))}`);
    }
    const arrived = new Set(connector.activities.map((a) => a.conversationId));
    for (const id of expectReply) expect(arrived.has(id), `reply in ${id}`).toBe(true);
    expect(snapshotOf()).toBe(victimSnapshot);
  }, 60_000);

  it('took at least 10,000 hostile messages and still serves people', async () => {
    expect(sent).toBeGreaterThanOrEqual(10_000);
    const health = await app.web.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(snapshotOf()).toBe(victimSnapshot);
    const view = await app.web.app.inject({ method: 'GET', url: `/api/lists/${victim.listId}`, remoteAddress: nextAddress(), headers: { authorization: `Bearer ${victim.token}` } });
    expect(view.json().itemCount).toBe(3);
  });
});
