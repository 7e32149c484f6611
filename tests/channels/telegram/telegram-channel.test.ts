import { beforeEach, describe, expect, it } from 'vitest';
import { type TelegramReference } from '../../../src/channels/telegram/index.js';
import type { FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { itemNames, TEST_SECRET, useTelegramTestBed, type AgentHarness } from './agent-harness.js';

const SECRET = TEST_SECRET;
const ANA = { id: 501, first_name: 'Ana' };

const bed = useTelegramTestBed();
let h: AgentHarness;
let api: FakeTelegramApi;
beforeEach(() => {
  ({ h, api } = bed);
});
const makeChannel = (webhook = false) => bed.channel(webhook);
const webhookApp = () => bed.webhookApp();

const sentTexts = (chatId: number) => api.chat(chatId).map((m) => m.text);
const waitForText = (chatId: number, pattern: RegExp) =>
  api.waitFor('sendMessage', (c) => c.payload.chat_id === chatId && pattern.test(String(c.payload.text)));

describe('Telegram channel, long polling', () => {
  it('answers a message in the same chat and adds the items to the list', async () => {
    await makeChannel().start();
    api.pushUpdate(api.textUpdate(ANA, 'add milk and eggs'));

    await waitForText(ANA.id, /milk/i);
    const user = h.users.resolve('telegram', String(ANA.id));
    expect(itemNames(h, user.id).map((n) => n.toLowerCase()).sort()).toEqual(['eggs', 'milk']);
    expect(sentTexts(ANA.id)[0]).toMatch(/eggs/i);
  });

  it('shows choices as an inline keyboard; a press is answered and the message edited to the result', async () => {
    await makeChannel().start();
    api.pushUpdate(api.textUpdate(ANA, 'add cheese'));
    await waitForText(ANA.id, /cheese/i);
    api.pushUpdate(api.textUpdate(ANA, '/start'));
    await api.waitFor('sendMessage', (c) => c.payload.reply_markup !== undefined);

    const question = api.chat(ANA.id).at(-1)!;
    const buttons = question.reply_markup!.inline_keyboard.flat();
    const listButton = buttons.find((b) => /on my list/i.test(b.text))!;
    expect(listButton).toBeDefined();
    api.pushUpdate(api.callbackUpdate(ANA, question, listButton.callback_data!));

    await api.waitFor('answerCallbackQuery');
    await api.waitFor('editMessageText', (c) => c.payload.message_id === question.message_id);
    expect(api.chat(ANA.id).find((m) => m.message_id === question.message_id)!.text).toMatch(/cheese/i);
  });

  it('sends a /list command to the agent as a question about the list', async () => {
    await makeChannel().start();
    api.pushUpdate(api.textUpdate(ANA, 'add apples'));
    await waitForText(ANA.id, /apples/i);
    api.pushUpdate(api.textUpdate(ANA, '/list'));
    await waitForText(ANA.id, /Grocery list[\s\S]*apples/i);
  });

  it('answers a photo with a hint that only text is read', async () => {
    await makeChannel().start();
    const update = api.textUpdate(ANA, 'ignored');
    const { text: _text, ...message } = update.message as Record<string, unknown>;
    api.pushUpdate({ ...update, message: { ...message, photo: [{ file_id: 'p1', file_unique_id: 'u1', width: 90, height: 90 }] } });
    await waitForText(ANA.id, /only read text/i);
  });

  it('retries a reply that met a 429 flood limit, and the reply still arrives', async () => {
    api.failNext('sendMessage', { status: 429, retryAfter: 1 });
    await makeChannel().start();
    api.pushUpdate(api.textUpdate(ANA, 'add bananas'));

    await waitForText(ANA.id, /bananas/i);
    const sends = api.calls.filter((c) => c.method === 'sendMessage');
    expect(sends.map((c) => c.status)).toEqual([429, 200]);
    expect(sentTexts(ANA.id)).toHaveLength(1);
  });

  it('retries through server errors', async () => {
    api.failNext('sendMessage', { status: 502 }, 2);
    await makeChannel().start();
    api.pushUpdate(api.textUpdate(ANA, 'add oranges'));

    await waitForText(ANA.id, /oranges/i);
    expect(api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('hands out a link code with /link and redeems one with /link CODE', async () => {
    await makeChannel().start();
    const web = h.users.resolve('web', 'session-1');
    const code = h.users.createLinkCode(web.id);
    api.pushUpdate(api.textUpdate(ANA, `/link ${code}`));
    await waitForText(ANA.id, /linked/i);
    expect(h.users.resolve('telegram', String(ANA.id)).id).toBe(web.id);

    api.pushUpdate(api.textUpdate({ id: 777 }, '/link'));
    const sent = await waitForText(777, /link code is/i);
    const fresh = /code is (\w+)/.exec(String(sent.payload.text))![1]!;
    const teams = h.users.redeemLinkCode(fresh, 'teams', 'aad-1');
    expect(teams.id).toBe(h.users.resolve('telegram', '777').id);
  });

  it('stores the chat as the reference and delivers a proactive message to it', async () => {
    const ch = makeChannel();
    await ch.start();
    api.pushUpdate(api.textUpdate(ANA, '/start'));
    await waitForText(ANA.id, /grocery assistant/i);

    const user = h.users.resolve('telegram', String(ANA.id));
    const refs = h.conversations.references(user.id);
    expect(refs).toHaveLength(1);
    const { chatId } = refs[0]!.reference as TelegramReference;
    await ch.sendProactive(chatId, 'Great Value Milk dropped to $2.98', [{ label: 'Add it', value: 'add great value milk' }]);
    const last = api.chat(ANA.id).at(-1)!;
    expect(last.text).toBe('Great Value Milk dropped to $2.98');
    expect(last.reply_markup!.inline_keyboard[0]![0]!.text).toBe('Add it');
  });

  it('splits a proactive message longer than 4096 characters without losing any of it', async () => {
    const ch = makeChannel();
    const lines = Array.from({ length: 300 }, (_, i) => `line ${i + 1}: something worth reading`);
    await ch.sendProactive(ANA.id, lines.join('\n'));
    const parts = sentTexts(ANA.id);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });

  it('does not retry a refusal: a proactive message to a user who blocked the bot rejects after one call', async () => {
    const ch = makeChannel();
    api.failNext('sendMessage', { status: 403 });
    await expect(ch.sendProactive(ANA.id, 'Eggs are on sale')).rejects.toThrow(/blocked/);
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
    expect(sentTexts(ANA.id)).toEqual([]);
  });

  it('sends a choice whose value does not fit callback_data as its label, with nothing kept in memory', async () => {
    const ch = makeChannel();
    await ch.start();
    const long = 'add 2 gallons of milk and a dozen eggs and a bag of apples for the party';
    await ch.sendProactive(ANA.id, 'Milk is on sale', [{ label: 'Add milk and eggs', value: long }]);
    const message = api.chat(ANA.id).at(-1)!;
    const data = message.reply_markup!.inline_keyboard[0]![0]!.callback_data!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);

    api.pushUpdate(api.callbackUpdate(ANA, message, data));
    await api.waitFor('editMessageText', (c) => c.payload.message_id === message.message_id);
    const user = h.users.resolve('telegram', String(ANA.id));
    expect(itemNames(h, user.id).map((n) => n.toLowerCase()).sort()).toEqual(['eggs', 'milk']);
  });
});

describe('Telegram channel, webhook', () => {
  it('registers the webhook with its secret on start', async () => {
    await webhookApp();
    expect(api.webhook).toEqual({ url: 'https://grocery.example/telegram/webhook', secret: SECRET });
  });

  it('refuses an update with a wrong secret (401) and applies nothing', async () => {
    const server = await webhookApp();
    const res = await server.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'x-telegram-bot-api-secret-token': 'guess' },
      payload: api.textUpdate(ANA, 'add milk'),
    });
    expect(res.statusCode).toBe(401);
    const missing = await server.inject({ method: 'POST', url: '/telegram/webhook', payload: api.textUpdate(ANA, 'add milk') });
    expect(missing.statusCode).toBe(401);
    expect(sentTexts(ANA.id)).toEqual([]);
  });

  it('accepts an update with the right secret and replies', async () => {
    const server = await webhookApp();
    const res = await server.inject({
      method: 'POST',
      url: '/telegram/webhook',
      headers: { 'x-telegram-bot-api-secret-token': SECRET },
      payload: api.textUpdate(ANA, 'add milk'),
    });
    expect(res.statusCode).toBe(200);
    expect(sentTexts(ANA.id)[0]).toMatch(/milk/i);
  });

  it('applies an update delivered twice only once, and answers both deliveries the same', async () => {
    const server = await webhookApp();
    const update = api.textUpdate(ANA, 'add 2 yogurt');
    for (let i = 0; i < 2; i++) {
      const res = await server.inject({
        method: 'POST',
        url: '/telegram/webhook',
        headers: { 'x-telegram-bot-api-secret-token': SECRET },
        payload: update,
      });
      expect(res.statusCode).toBe(200);
    }
    const user = h.users.resolve('telegram', String(ANA.id));
    const list = h.lists.view(user.id, h.lists.defaultList(user.id).id);
    const lines = list.groups.flatMap((g) => g.lines);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(2);
    const texts = sentTexts(ANA.id);
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe(texts[0]);
  });

  it('answers 500 when the reply cannot be sent, so Telegram redelivers; the redelivery sends the stored reply', async () => {
    const server = await webhookApp();
    api.failNext('sendMessage', { status: 500 }, 5);
    const update = api.textUpdate(ANA, 'add 2 apples');
    const headers = { 'x-telegram-bot-api-secret-token': SECRET };

    const first = await server.inject({ method: 'POST', url: '/telegram/webhook', headers, payload: update });
    expect(first.statusCode).toBe(500);
    expect(sentTexts(ANA.id)).toEqual([]);

    const again = await server.inject({ method: 'POST', url: '/telegram/webhook', headers, payload: update });
    expect(again.statusCode).toBe(200);
    expect(sentTexts(ANA.id)).toHaveLength(1);
    expect(sentTexts(ANA.id)[0]).toMatch(/apples/i);
    const user = h.users.resolve('telegram', String(ANA.id));
    const lines = h.lists.view(user.id, h.lists.defaultList(user.id).id).groups.flatMap((g) => g.lines);
    expect(lines.map((l) => [l.name, l.quantity])).toEqual([['apples', 2]]);
  });
});
