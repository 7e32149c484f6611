/**
 * Telegram buttons that keep their meaning: a price alert's "Add it to my list" adds the alerted
 * product after the process restarted (it used to fall back to its label, "add it", and add
 * whatever was last mentioned), and a press on someone else's question in a group is answered in
 * the button's notice without touching their message.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTelegramChannel, type TelegramChannel, type TelegramReference } from '../../../src/channels/telegram/index.js';
import { createNotifier } from '../../../src/jobs/index.js';
import { createLogger } from '../../../src/logger.js';
import { createCore, type Core } from '../../../src/main.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';
import { NOW, TEST_TOKEN } from './agent-harness.js';

const ANA = { id: 701, first_name: 'Ana' };
const BOB = { id: 702, first_name: 'Bob' };
const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

let seeded: ReturnType<typeof createSeededTempDb>;
let api: FakeTelegramApi;
let core: Core;
let channel: TelegramChannel;

async function start(): Promise<void> {
  core = createCore({ db: seeded.db, logger, now: () => NOW, demoStore: true });
  channel = createTelegramChannel({ token: TEST_TOKEN, apiRoot: api.apiRoot, agent: core.agent, users: core.users, conversations: core.conversations, logger, retry: { baseDelayMs: 20 } });
  await channel.start();
}

beforeEach(async () => {
  seeded = createSeededTempDb(NOW);
  api = await startFakeTelegramApi(TEST_TOKEN);
  await start();
});
afterEach(async () => {
  await channel.stop();
  await api.close();
  seeded.cleanup();
});

/** Says `text` in Ana's private chat and waits for the answer. */
async function privately(text: string): Promise<void> {
  const before = api.chat(ANA.id).length;
  api.pushUpdate(api.textUpdate(ANA, text));
  await api.waitFor('sendMessage', () => api.chat(ANA.id).length > before);
}

describe('Telegram buttons', () => {
  it("an alert's \"Add it to my list\" adds the alerted product after a restart", async () => {
    await privately('add milk');
    const ana = core.users.resolve('telegram', String(ANA.id)).id;
    const chips = core.db.prepare("SELECT id, name, price_cents FROM products WHERE name LIKE '%Tortilla Chips%' ORDER BY id LIMIT 1").get() as { id: number; name: string; price_cents: number };
    const payload = { productId: chips.id, name: chips.name, priceCents: chips.price_cents, previousCents: chips.price_cents + 100, targetCents: null, reason: 'preference', text: `${chips.name} is on rollback. You told me you like tortilla chips.`, demo: true, channel: null };
    core.db.prepare("INSERT INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, 'k1', 'price_alert', ?, ?)").run(ana, JSON.stringify(payload), NOW);
    const notifier = createNotifier({ stores: core.jobStores, users: core.users, conversations: core.conversations, now: () => NOW, logger, delivery: { telegram: (ref, m) => channel.sendProactive((ref as TelegramReference).chatId, m.text, m.choices) } });
    expect(await notifier.deliverPending()).toMatchObject({ sent: 1 });
    const alert = api.chat(ANA.id).at(-1)!;
    expect(alert.text).toMatch(/^Price alert: .*Tortilla Chips/);
    const add = alert.reply_markup!.inline_keyboard.flat().find((b) => b.text === 'Add it to my list')!;
    expect(Buffer.byteLength(add.callback_data!)).toBeLessThanOrEqual(64);

    // A restart: a new process over the same database file, nothing kept in memory.
    await channel.stop();
    seeded.db.close();
    seeded.db = seeded.connect();
    await start();

    api.pushUpdate(api.callbackUpdate(ANA, alert, add.callback_data!));
    await api.waitFor('editMessageText', (c) => c.payload.message_id === alert.message_id);
    const items = core.db.prepare('SELECT product_id FROM list_items ORDER BY id').all() as { product_id: number }[];
    expect(items.map((i) => i.product_id)).toContain(chips.id);
    expect(api.chat(ANA.id).find((m) => m.message_id === alert.message_id)!.text).toMatch(/Added .*Tortilla Chips/i);
  });

  it("a press on someone else's question in a group is answered in the notice, and their message stays", async () => {
    const group = { id: -100888, title: 'Flat' };
    const ask = api.groupTextUpdate(group, ANA, 'add milk');
    api.pushUpdate(ask);
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === group.id && /which milk/i.test(String(c.payload.text)));
    const question = api.chat(group.id).at(-1)!;
    const first = question.reply_markup!.inline_keyboard.flat()[0]!;

    api.pushUpdate(api.callbackUpdate(BOB, question, first.callback_data!));
    const notice = await api.waitFor('answerCallbackQuery', (c) => typeof c.payload.text === 'string');
    expect(notice.payload.text).toMatch(/answers Ana's question, so I left it alone/);
    expect(notice.payload.show_alert).toBe(true);
    expect(api.calls.some((c) => c.method === 'editMessageText')).toBe(false);
    expect(api.chat(group.id).find((m) => m.message_id === question.message_id)!.text).toMatch(/which milk/i);

    api.pushUpdate(api.callbackUpdate(ANA, question, first.callback_data!));
    await api.waitFor('editMessageText', (c) => c.payload.message_id === question.message_id);
    expect(api.chat(group.id).find((m) => m.message_id === question.message_id)!.text).toMatch(/Great Value Whole Milk/);
  });
});
