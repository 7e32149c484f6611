/**
 * The scripted group scenario, once per channel: three people in a group chat share its list, ask
 * their own questions, press each other's buttons, undo, ask for a link code, look at a price (the
 * chart), and a price drop during it alerts each of them in their own private chat, never in the
 * group. Telegram runs with its real pacing scaled down 10x against a fake Bot API that answers 429
 * to a chat written too soon (a refused message is sent again, once). `TRANSCRIPTS=write` writes what everyone saw to
 * docs/transcripts/ (the committed transcripts come from that).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsChannel, type TeamsChannel, type TeamsReference } from '../../src/channels/teams/index.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/index.js';
import { recordPrices } from '../../src/grocery/prices/index.js';
import { createNotifier, dealScanJob, type DeliveryPorts, type JobContext } from '../../src/jobs/index.js';
import { createLogger } from '../../src/logger.js';
import { createCore, type Core } from '../../src/main.js';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { priceStores } from '../helpers/price-services.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { teamsText } from '../jobs/channels-harness.js';
import { NOW, TEST_TOKEN } from './telegram/agent-harness.js';

const HOUR = 3_600_000;
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const OUT = path.resolve(import.meta.dirname, '../../docs/transcripts');
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A core over a copy of the demo store, on a clock the scenario moves. */
function scenarioCore(): { core: Core; clock: { t: number } } {
  const seeded = createSeededTempDb(NOW);
  cleanups.push(() => seeded.cleanup());
  const clock = { t: NOW };
  return { core: createCore({ db: seeded.db, logger, now: () => clock.t, demoStore: true }), clock };
}

/** The Folgers coffees' 90 days of demo history made to move (a weekly wobble), so a chart has something to draw. */
function folgersMoved(core: Core): void {
  core.db.prepare("UPDATE price_history SET price_cents = price_cents + ((observed_at / 86400000) % 7) * 10 WHERE product_id IN (SELECT id FROM products WHERE name LIKE 'Folgers Classic Roast%')").run();
}

/** A 20% rollback on `productId` an hour later, then the deal scan and one notifier pass. */
async function priceDrop(core: Core, clock: { t: number }, productId: number, delivery: DeliveryPorts): Promise<void> {
  const ctx: JobContext = { attempt: 1, now: () => clock.t, signal: new AbortController().signal, log: logger, trigger: async () => {} };
  const scan = dealScanJob({ stores: core.jobStores, deals: core.deals, alerts: core.alerts, demo: true }, { everyMs: HOUR, attempts: 1, backoffMs: 1 });
  await scan.run(ctx);
  clock.t += HOUR;
  const was = (core.db.prepare('SELECT price_cents FROM products WHERE id = ?').get(productId) as { price_cents: number }).price_cents;
  recordPrices(priceStores(core.db), [{ productId, priceCents: Math.round(was * 0.8), wasPriceCents: was, observedAt: clock.t }], { source: 'demo', now: clock.t });
  await scan.run(ctx);
  await createNotifier({ stores: core.jobStores, users: core.users, conversations: core.conversations, now: () => clock.t, logger, delivery }).deliverPending();
}

const write = (name: string, text: string) => {
  if (process.env.TRANSCRIPTS !== 'write') return;
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(path.join(OUT, name), text);
};

describe('the group scenario', () => {
  it('in Telegram: three people, the group list, their own questions, and alerts only in private', async () => {
    const { core, clock } = scenarioCore();
    folgersMoved(core);
    const pace = { perChatMs: 100, perGroupMs: 300 };
    const api = await startFakeTelegramApi(TEST_TOKEN, { flood: pace });
    const telegram: TelegramChannel = createTelegramChannel({ token: TEST_TOKEN, apiRoot: api.apiRoot, agent: core.agent, users: core.users, conversations: core.conversations, logger, retry: { baseDelayMs: 20 }, pace });
    cleanups.push(() => api.close(), () => telegram.stop());
    await telegram.start();
    const FLAT = { id: -1003, title: 'Flat 3B' };
    const [alice, bob, carol] = [{ id: 901, first_name: 'Alice' }, { id: 902, first_name: 'Bob' }, { id: 903, first_name: 'Carol' }] as const;
    const botLines = (chat: number) => api.history(chat).filter((l) => l.from === 'Grocery');
    const answered = async (chat: number, before: number) => {
      const deadline = Date.now() + 15_000;
      while (botLines(chat).length <= before) {
        if (Date.now() > deadline) throw new Error(`no answer in chat ${chat}`);
        await new Promise((r) => setTimeout(r, 10));
      }
      return botLines(chat).at(-1)!.text;
    };
    const inGroup = async (who: { id: number; first_name: string }, text: string) => {
      const before = botLines(FLAT.id).length;
      api.pushUpdate(api.groupTextUpdate(FLAT, who, text));
      return answered(FLAT.id, before);
    };
    const privately = async (who: { id: number; first_name: string }, text: string) => {
      const before = botLines(who.id).length;
      api.pushUpdate(api.textUpdate(who, text));
      return answered(who.id, before);
    };
    const press = async (who: { id: number; first_name: string }, messageText: RegExp, label: RegExp) => {
      const message = api.chat(FLAT.id).filter((m) => messageText.test(m.text)).at(-1)!;
      const button = message.reply_markup!.inline_keyboard.flat().find((b) => label.test(b.text))!;
      const calls = api.calls.length;
      api.pushUpdate(api.callbackUpdate(who, message, button.callback_data!));
      await api.waitFor('answerCallbackQuery', (c) => api.calls.indexOf(c) >= calls);
      return api.calls.slice(calls).find((c) => c.method === 'answerCallbackQuery')!.payload;
    };

    // Each has a private chat with the bot: that is where their alerts will go.
    for (const p of [alice, bob, carol]) await privately(p, '/start');
    api.pushUpdate(api.botAddedUpdate(FLAT, alice));
    await answered(FLAT.id, 0);
    expect(await inGroup(alice, '/add milk')).toMatch(/which milk/i);
    expect(await inGroup(bob, 'add a dozen eggs and bread')).toMatch(/to your Flat 3B list/);
    expect(await inGroup(bob, 'undo')).toMatch(/undid: added eggs and bread/i);
    expect(await inGroup(bob, 'add bread')).toMatch(/bread/i);
    // Bob presses Alice's button: only a notice for him; then Alice picks.
    expect((await press(bob, /which milk/i, /Whole Milk/)).text).toMatch(/answers Alice's question/);
    await press(alice, /which milk/i, /Whole Milk/);
    expect(await inGroup(carol, '/list@grocery_test_bot')).toMatch(/Flat 3B[\s\S]*milk/i);
    // Alice changed the list after Bob: his undo would take back her milk, so it does nothing.
    expect(await inGroup(bob, 'undo')).toMatch(/someone else's/);
    expect(await inGroup(bob, '/link')).toMatch(/ask me in a private chat/i);
    expect(await inGroup(carol, 'how much is Folgers Classic Roast Ground Coffee?')).toMatch(/\$/);
    await api.waitFor('sendPhoto');

    const milk = core.db.prepare("SELECT i.product_id FROM list_items i JOIN chat_lists c ON c.list_id = i.list_id WHERE i.name = 'milk'").get() as { product_id: number };
    const groupLinesBefore = api.history(FLAT.id).length;
    await priceDrop(core, clock, milk.product_id, { telegram: (ref, m) => telegram.sendProactive((ref as { chatId: number }).chatId, m.text, m.choices) });
    for (const p of [alice, bob, carol]) {
      expect(botLines(p.id).at(-1)!.text).toMatch(/^Price alert: Great Value Whole Milk, 1 gal is on rollback \(.*\)\. You have milk on your Flat 3B list\.\nDemo store prices/);
    }
    expect(api.history(FLAT.id)).toHaveLength(groupLinesBefore);
    // The queue keeps each chat within its limit; a 429 can still come when the network bunches
    // two messages up (as on a loaded machine), and then that message is sent again, once.
    for (const refused of api.calls.filter((c) => c.status === 429)) {
      expect(api.calls.filter((c) => c.status === 200 && c.method === refused.method && c.payload.text === refused.payload.text && c.payload.chat_id === refused.payload.chat_id)).toHaveLength(1);
    }
    const said = api.history(FLAT.id).filter((l) => l.from === 'Grocery').map((l) => l.text);
    expect(new Set(said).size).toBe(said.length);

    const chatText = (id: number) => api.history(id).map((l) => `**${l.from}**${l.reply_to_message_id && l.from === 'Grocery' ? ' (replying)' : ''}: ${l.photo ? `[photo, ${l.photo.bytes} bytes PNG] ` : ''}${l.before ? `~~${l.before.split('\n')[0]}~~ (edited after the press:) ` : ''}${l.text.replace(/\n/g, '  \n')}${l.buttons ? `  \n  buttons: ${l.buttons.map((b) => `[${b}]`).join(' ')}` : ''}`).join('\n\n');
    write(
      'telegram-group.md',
      [
        '# Telegram group scenario (transcript)',
        '',
        'Written by `TRANSCRIPTS=write npx vitest run tests/channels/group-scenario.test.ts` against the fake Bot API, with the demo store (prices illustrative). Three people, one group, their private chats.',
        '',
        '## The group "Flat 3B"',
        '',
        chatText(FLAT.id),
        ...[alice, bob, carol].flatMap((p) => ['', `## ${p.first_name}'s private chat with the bot`, '', chatText(p.id)]),
        '',
      ].join('\n'),
    );
  }, 120_000);

  it('in Teams: three people in a group chat, the chat list, and alerts only in personal chats', async () => {
    const { core, clock } = scenarioCore();
    folgersMoved(core);
    const connector: FakeBotConnector = await startFakeBotConnector();
    cleanups.push(() => connector.close());
    const teams: TeamsChannel = createTeamsChannel({ agent: core.agent, users: core.users, conversations: core.conversations, logger });
    const Fastify = (await import('fastify')).default;
    const app = Fastify();
    app.post('/api/messages', (req, reply) => teams.handleRequest(req, reply));
    await app.ready();
    cleanups.push(() => app.close());
    const CHAT = '19:flat-3b@thread.v2';
    const GROUP = { type: 'groupChat' as const, name: 'Flat 3B' };
    const people = { Alice: 'aad-alice', Bob: 'aad-bob', Carol: 'aad-carol' } as const;
    type Who = keyof typeof people;
    const log: { conversation: string; line: string }[] = [];
    const post = async (conversation: string, who: Who, activity: Record<string, unknown>, shown: string) => {
      const before = connector.activities.filter((a) => a.conversationId === conversation).length;
      log.push({ conversation, line: `**${who}**: ${shown}` });
      await app.inject({ method: 'POST', url: '/api/messages', payload: activity });
      const reply = (await connector.waitForActivities(conversation, before + 1))[before]!;
      const card = reply.activity.attachments?.[0]?.content;
      const image = card?.body?.find((b: { type: string }) => b.type === 'Image');
      const buttons = card?.actions?.map((a: { title: string }) => `[${a.title}]`).join(' ');
      log.push({ conversation, line: `**Grocery**: ${teamsText(reply).replace(/\n/g, '  \n')}${image ? `  \n  [image: ${image.altText}]` : ''}${buttons ? `  \n  buttons: ${buttons}` : ''}` });
      return { text: teamsText(reply), card };
    };
    const say = (who: Who, text: string) =>
      post(CHAT, who, connector.messageActivity({ conversationId: CHAT, userId: people[who], userName: who, text: `<at>Grocery</at>&nbsp;${text}`, group: GROUP }), `@Grocery ${text}`);
    const personal = (who: Who) => `a:personal-${people[who]}`;

    for (const who of Object.keys(people) as Who[]) {
      await post(personal(who), who, connector.messageActivity({ conversationId: personal(who), userId: people[who], userName: who, text: 'hi' }), 'hi');
    }
    const milk = await say('Alice', 'add milk');
    expect(milk.text).toMatch(/which milk/i);
    expect((await say('Bob', 'add a dozen eggs and bread')).text).toMatch(/to your Flat 3B list/);
    expect((await say('Bob', 'undo')).text).toMatch(/undid: added eggs and bread/i);
    expect((await say('Bob', 'add bread')).text).toMatch(/bread/i);
    const whole = milk.card.actions.find((a: { title: string }) => /Whole Milk/.test(a.title));
    expect((await post(CHAT, 'Bob', connector.messageActivity({ conversationId: CHAT, userId: people.Bob, userName: 'Bob', value: whole.data, group: GROUP }), `[presses "${whole.title}"]`)).text).toMatch(/answers Alice's question/);
    expect((await post(CHAT, 'Alice', connector.messageActivity({ conversationId: CHAT, userId: people.Alice, userName: 'Alice', value: whole.data, group: GROUP }), `[presses "${whole.title}"]`)).text).toMatch(/Great Value Whole Milk/);
    expect((await say('Carol', "what's on the list?")).text).toMatch(/Flat 3B[\s\S]*milk/i);
    expect((await say('Bob', 'undo')).text).toMatch(/someone else's/);
    expect((await say('Bob', 'link')).text).toMatch(/ask me in a private chat/i);
    expect((await say('Carol', 'how much is Folgers Classic Roast Ground Coffee?')).card).toBeDefined();

    const product = core.db.prepare("SELECT i.product_id FROM list_items i JOIN chat_lists c ON c.list_id = i.list_id WHERE i.name = 'milk'").get() as { product_id: number };
    const inChat = connector.activities.filter((a) => a.conversationId === CHAT).length;
    await priceDrop(core, clock, product.product_id, { teams: (ref, m) => teams.sendProactive(ref as TeamsReference, m.text, m.choices) });
    for (const who of Object.keys(people) as Who[]) {
      const alert = connector.activities.filter((a) => a.conversationId === personal(who)).at(-1)!;
      expect(alert.replyToId).toBeUndefined();
      expect(teamsText(alert)).toMatch(/^Price alert: Great Value Whole Milk, 1 gal is on rollback \(.*\)\. You have milk on your Flat 3B list\./);
      log.push({ conversation: personal(who), line: `**Grocery** (new message): ${teamsText(alert).replace(/\n/g, '  \n')}` });
    }
    expect(connector.activities.filter((a) => a.conversationId === CHAT)).toHaveLength(inChat);

    const section = (conversation: string) => log.filter((l) => l.conversation === conversation).map((l) => l.line).join('\n\n');
    write(
      'teams-group.md',
      [
        '# Teams group chat scenario (transcript)',
        '',
        'Written by `TRANSCRIPTS=write npx vitest run tests/channels/group-scenario.test.ts` against the fake Bot Connector, with the demo store (prices illustrative). Three people, one group chat, their personal chats.',
        '',
        '## The group chat "Flat 3B"',
        '',
        section(CHAT),
        ...(Object.keys(people) as Who[]).flatMap((who) => ['', `## ${who}'s personal chat with the bot`, '', section(personal(who))]),
        '',
      ].join('\n'),
    );
  }, 120_000);
});
