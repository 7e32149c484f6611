/**
 * A Telegram group with two and three people in it, over the demo store and the fake Bot API:
 * everyone edits the group's own list (named after the group), each person has their own
 * questions and undo, personal things are answered "ask me in a private chat", and nothing about
 * the group is kept as anyone's address for alerts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { useTelegramTestBed, type AgentHarness } from './agent-harness.js';

const FLAT = { id: -1001234, title: 'Flat 3B' };
const ALICE = { id: 601, first_name: 'Alice' };
const BOB = { id: 602, first_name: 'Bob' };
const CAROL = { id: 603, first_name: 'Carol' };

const bed = useTelegramTestBed({ demoStore: true });
let h: AgentHarness;
let api: FakeTelegramApi;
beforeEach(async () => {
  ({ h, api } = bed);
  await bed.channel().start();
});

/** Someone says `text` in the group; resolves with the bot's answer to that message. */
async function say(from: { id: number; first_name: string }, text: string, opts: { replyTo?: number } = {}): Promise<string> {
  const replyTo = opts.replyTo === undefined ? undefined : api.chat(FLAT.id).find((m) => m.message_id === opts.replyTo);
  const update = api.groupTextUpdate(FLAT, from, text, { replyTo });
  api.pushUpdate(update);
  const asked = (update.message as { message_id: number }).message_id;
  const call = await api.waitFor('sendMessage', (c) => c.payload.chat_id === FLAT.id && (c.payload.reply_parameters as { message_id?: number } | undefined)?.message_id === asked);
  return String(call.payload.text);
}

const userOf = (person: { id: number }) => h.users.resolve('telegram', String(person.id)).id;
const groupList = () => {
  const row = h.db.prepare("SELECT list_id FROM chat_lists WHERE channel = 'telegram' AND chat_key = ?").get(String(FLAT.id)) as { list_id: number };
  return h.lists.view(userOf(ALICE), row.list_id);
};
const lineNames = () => groupList().groups.flatMap((g) => g.lines.map((l) => l.itemName));

describe('Telegram group chat, two people', () => {
  it("edits one list named after the group, answers each person's own message, and /list@bot shows it to both", async () => {
    expect(await say(ALICE, 'add bananas')).toMatch(/Added .*bananas.* to your Flat 3B list/i);
    expect(await say(BOB, 'add a dozen eggs')).toMatch(/eggs.* to your Flat 3B list/i);
    expect(groupList().name).toBe('Flat 3B');
    expect(lineNames().map((n) => n.toLowerCase()).sort()).toEqual(['bananas', 'eggs']);

    const listed = await say(BOB, '/list@grocery_test_bot');
    expect(listed).toMatch(/Flat 3B/);
    expect(listed).toMatch(/banana/i);
    expect(listed).toMatch(/egg/i);
    // Alice owns the list she started; Bob edits it; neither's own default list was touched.
    const members = h.db.prepare('SELECT user_id, role FROM list_members WHERE list_id = ? ORDER BY user_id').all(groupList().id);
    expect(members).toEqual([
      { user_id: userOf(ALICE), role: 'owner' },
      { user_id: userOf(BOB), role: 'editor' },
    ]);
  });

  it('keeps no reference to the group for personal messages, and hands out no link code there', async () => {
    await say(ALICE, 'add apples');
    expect(await say(ALICE, '/link@grocery_test_bot')).toMatch(/ask me in a private chat/i);
    expect(await say(BOB, 'link')).toMatch(/ask me in a private chat/i);
    expect(h.db.prepare('SELECT count(*) AS n FROM link_codes').get()).toEqual({ n: 0 });
    expect(h.conversations.references(userOf(ALICE))).toEqual([]);
    expect(h.conversations.references(userOf(BOB))).toEqual([]);

    // In her private chat the same command works and the chat becomes her address.
    api.pushUpdate(api.textUpdate(ALICE, '/link'));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ALICE.id && /link code is/i.test(String(c.payload.text)));
    api.pushUpdate(api.textUpdate(ALICE, 'hi'));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === ALICE.id && !/link code/i.test(String(c.payload.text)));
    expect(h.conversations.references(userOf(ALICE)).map((r) => r.reference)).toEqual([{ chatId: ALICE.id }]);
  });

  it("undo takes back only the speaker's own change", async () => {
    await say(ALICE, 'add bananas');
    await say(BOB, 'add coffee');
    expect(await say(ALICE, 'undo')).toMatch(/someone else's/i);
    expect(lineNames().map((n) => n.toLowerCase()).sort()).toEqual(['bananas', 'coffee']);
    expect(await say(BOB, 'undo')).toMatch(/undid: added coffee/i);
    expect(await say(ALICE, 'undo')).toMatch(/undid: added bananas/i);
    expect(lineNames()).toEqual([]);
  });

  it('greets the group once when added, and stays out of chatter not meant for it', async () => {
    api.pushUpdate(api.botAddedUpdate(FLAT, ALICE));
    await api.waitFor('sendMessage', (c) => c.payload.chat_id === FLAT.id && /shared grocery list/i.test(String(c.payload.text)));

    api.pushUpdate(api.groupTextUpdate(FLAT, BOB, 'see you all tonight!'));
    // A message after it that is for the bot is answered; the chatter before it never was.
    expect(await say(ALICE, '@grocery_test_bot add milk')).toMatch(/which milk/i);
    const botLines = api.history(FLAT.id).filter((l) => l.from === 'Grocery');
    expect(botLines).toHaveLength(2);
  });
});

describe('Telegram group chat, three people', () => {
  it('keeps each person’s question their own: an answer from someone else does not pick for them', async () => {
    expect(await say(ALICE, 'add milk')).toMatch(/which milk/i);
    expect(await say(BOB, 'add black pepper')).toMatch(/which black pepper/i);
    // Carol has no question open: her "2" picks nothing for Alice or Bob.
    expect(await say(CAROL, '2')).toMatch(/nothing waiting/i);
    // Both lines are on the list as said, neither linked to a product yet.
    const products = () => groupList().groups.flatMap((g) => g.lines.map((l) => l.product?.name ?? null));
    expect(lineNames().sort()).toEqual(['black pepper', 'milk']);
    expect(products()).toEqual([null, null]);
    expect(await say(ALICE, '1')).toMatch(/Great Value Whole Milk/);
    expect(await say(BOB, '2')).toMatch(/McCormick/);
    expect(await say(CAROL, "what's on the list?")).toMatch(/milk[\s\S]*pepper|pepper[\s\S]*milk/i);
    expect(h.db.prepare('SELECT count(*) AS n FROM list_members WHERE list_id = ?').get(groupList().id)).toEqual({ n: 3 });
  });

  it('answers personal questions with "ask me in a private chat", and per-person settings apply to the speaker only', async () => {
    expect(await say(CAROL, 'what do you know about me?')).toMatch(/ask me in a private chat/i);
    expect(await say(BOB, 'stop alerts')).toMatch(/alerts are off/i);
    await say(ALICE, 'add apples');
    expect(h.users.get(userOf(BOB))!.alertsEnabled).toBe(false);
    expect(h.users.get(userOf(ALICE))!.alertsEnabled).toBe(true);
  });
});
