import { beforeEach, describe, expect, it } from 'vitest';
import { tableNames } from '../../helpers/temp-db.js';
import type { FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { useTelegramTestBed, type AgentHarness } from './agent-harness.js';

/**
 * Updates Telegram itself never sends (a message whose `chat` is null, one without `from`),
 * which only someone holding the webhook secret could post. They used to fail the handler with
 * a 500, and Telegram redelivers a 500 forever; now they are acknowledged and dropped.
 */
const ANA = { id: 501, first_name: 'Ana' };

const bed = useTelegramTestBed();
let h: AgentHarness;
let api: FakeTelegramApi;
beforeEach(() => {
  ({ h, api } = bed);
});
const makeChannel = (webhook: boolean) => bed.channel(webhook);

/** Row counts of every table: an update that changed nothing leaves them all as they were. */
function tableCounts(): Record<string, number> {
  return Object.fromEntries(tableNames(h.db).map((name) => [name, (h.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/** Each forged update, built from a real text update (so only the named part is wrong). */
const FORGED: [string, (u: any) => unknown][] = [
  ['a message whose chat is null', (u) => ({ ...u, message: { ...u.message, chat: null } })],
  ['a message without a chat', (u) => ({ ...u, message: { ...u.message, chat: undefined } })],
  ['a message without from', (u) => ({ ...u, message: { ...u.message, from: undefined } })],
  ['a message whose from is null', (u) => ({ ...u, message: { ...u.message, from: null } })],
  ['a command without from', (u) => ({ ...u, message: { ...u.message, from: undefined, text: '/list', entities: [{ type: 'bot_command', offset: 0, length: 5 }] } })],
  ['a message whose from.id is a string', (u) => ({ ...u, message: { ...u.message, from: { id: 'victim', is_bot: false, first_name: 'x' } } })],
  ['a message whose text is a number', (u) => ({ ...u, message: { ...u.message, text: 12345 } })],
  ['a photo with a null chat', (u) => ({ ...u, message: { ...u.message, text: undefined, chat: null, photo: [{ file_id: 'p', file_unique_id: 'u', width: 1, height: 1 }] } })],
  ['a button press without from', (u) => ({ update_id: u.update_id, callback_query: { id: 'q1', chat_instance: 'c', data: 'v:add milk', message: { message_id: 1, date: 1, chat: u.message.chat, text: 'old' } } })],
  ['a button press whose message has a null chat', (u) => ({ update_id: u.update_id, callback_query: { id: 'q2', from: u.message.from, chat_instance: 'c', data: 'v:add milk', message: { message_id: 1, date: 1, chat: null, text: 'old' } } })],
];

describe('Telegram: malformed updates are acknowledged and dropped, never a 500', () => {
  it.each(FORGED)('webhook: %s gets 200, no reply, nothing written', async (_what, forge) => {
    const app = await bed.webhookApp();
    const before = tableCounts();

    const res = await bed.postUpdate(app, forge(api.textUpdate(ANA, 'add milk')) as Record<string, unknown>);
    expect(res.statusCode).toBe(200);
    expect(api.calls.filter((c) => c.method !== 'getMe' && c.method !== 'setWebhook')).toEqual([]);
    expect(tableCounts()).toEqual(before);
  });

  it('long polling: a message whose chat is null is skipped and the next message is still answered', async () => {
    await makeChannel(false).start();
    api.pushUpdate(FORGED[0]![1](api.textUpdate(ANA, 'add milk')) as Record<string, unknown>);
    api.pushUpdate(api.textUpdate(ANA, 'add eggs'));

    await api.waitFor('sendMessage', (c) => /eggs/i.test(String(c.payload.text)));
    expect(api.chat(ANA.id).map((m) => m.text)).toEqual([expect.stringMatching(/eggs/i)]);
  });
});
