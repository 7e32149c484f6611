/**
 * A Teams group chat (and a team channel) with two and three people, over the demo store and
 * the fake Bot Connector: everyone who mentions the bot edits the chat's own list, each person
 * has their own questions and undo, mentions and entities like `&nbsp;` are read as typed,
 * personal things are answered "ask me in a private chat", and the group is never anyone's
 * address for alerts.
 */
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOT_ID, startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { createAgentHarness, type AgentHarness } from '../telegram/agent-harness.js';
import { teamsAppFor } from './teams-app.js';

const CHAT = '19:flat-3b-chat@thread.v2';
const GROUP = { type: 'groupChat' as const, name: 'Flat 3B' };
const PEOPLE = { alice: 'aad-alice-0001', bob: 'aad-bob-0002', carol: 'aad-carol-0003' };
type Person = keyof typeof PEOPLE;

let h: AgentHarness;
let connector: FakeBotConnector;
let app: FastifyInstance | undefined;

beforeEach(async () => {
  h = createAgentHarness({ demoStore: true });
  connector = await startFakeBotConnector();
  ({ app } = await teamsAppFor(h));
});
afterEach(async () => {
  await app?.close();
  await connector.close();
  h.cleanup();
});

/** `who` mentions the bot in the group chat with `text`; resolves with the bot's answer. */
async function say(who: Person, text: string, conversationId = CHAT, group = GROUP): Promise<string> {
  const before = connector.activities.filter((a) => a.conversationId === conversationId).length;
  const activity = connector.messageActivity({ conversationId, userId: PEOPLE[who], userName: who, text: `<at>Grocery</at>&nbsp;${text}`, group });
  const res = await app!.inject({ method: 'POST', url: '/api/messages', payload: activity });
  expect(res.statusCode).toBe(200);
  const all = await connector.waitForActivities(conversationId, before + 1);
  const reply = all[before]!;
  // Each answer goes to the message that asked (a reply in the thread), so everyone sees whose it is.
  expect(reply.replyToId).toBe(activity.id);
  return reply.activity.text ?? reply.activity.attachments?.[0]?.content?.body?.[0]?.text ?? '';
}

const userOf = (who: Person) => h.users.resolve('teams', PEOPLE[who]).id;
function chatList(conversationId = CHAT) {
  const row = h.db.prepare("SELECT list_id FROM chat_lists WHERE channel = 'teams' AND chat_key = ?").get(conversationId) as { list_id: number };
  return h.lists.view(userOf('alice'), row.list_id);
}
const itemNames = () => chatList().groups.flatMap((g) => g.lines.map((l) => l.itemName.toLowerCase())).sort();

describe('Teams group chat, two people', () => {
  it('reads "<at>Grocery</at>&nbsp;add butter" as "add butter", onto the chat\'s own list named after it', async () => {
    expect(await say('alice', 'add butter')).toMatch(/butter.* to your Flat 3B list/i);
    expect(await say('bob', 'add M&amp;Ms')).toMatch(/to your Flat 3B list/i);
    expect(itemNames()).toEqual(['butter', "m&m's"]);
    expect(itemNames()).not.toContain('nbsp');
    expect(await say('bob', "what's on the list?")).toMatch(/Flat 3B[\s\S]*butter/i);
    expect(h.conversations.references(userOf('alice'))).toEqual([]);
    expect(h.conversations.references(userOf('bob'))).toEqual([]);
  });

  it('answers "link" with "ask me in a private chat" and makes no code; undo is per person', async () => {
    expect(await say('alice', 'link')).toMatch(/ask me in a private chat/i);
    expect(h.db.prepare('SELECT count(*) AS n FROM link_codes').get()).toEqual({ n: 0 });
    await say('alice', 'add bananas');
    await say('bob', 'add coffee');
    expect(await say('alice', 'undo')).toMatch(/someone else's/i);
    expect(await say('bob', 'undo')).toMatch(/undid: added coffee/i);
    expect(itemNames()).toEqual(['bananas']);
  });
});

describe('Teams group chat, three people', () => {
  it("keeps each person's question their own", async () => {
    expect(await say('alice', 'add milk')).toMatch(/which milk/i);
    expect(await say('carol', '1')).toMatch(/nothing waiting/i);
    expect(await say('bob', 'add black pepper')).toMatch(/which black pepper/i);
    expect(await say('alice', '1')).toMatch(/Great Value Whole Milk/);
    expect(await say('bob', '2')).toMatch(/McCormick/);
    expect(itemNames()).toHaveLength(2);
    // Carol joined the chat's list when she first spoke, and edits it like the others.
    expect(await say('carol', 'add eggs')).toMatch(/to your Flat 3B list/i);
    expect(h.db.prepare('SELECT role FROM list_members WHERE list_id = ? ORDER BY user_id').all(chatList().id)).toEqual([{ role: 'owner' }, { role: 'editor' }, { role: 'editor' }]);
  });

  it('in a team channel, names the list after the channel and keeps what Carol told me private', async () => {
    const channel = { type: 'channel' as const, teamName: 'Household' };
    const general = '19:general@thread.tacv2';
    expect(await say('carol', 'add rice', general, channel)).toMatch(/to your Household list/i);
    expect(await say('carol', 'what do you know about me?', general, channel)).toMatch(/ask me in a private chat/i);
  });
});

describe('Teams membership changes', () => {
  it('says hello once when the bot is added to a group chat, and nothing when people join it', async () => {
    const post = (activity: Record<string, unknown>) => app!.inject({ method: 'POST', url: '/api/messages', payload: activity });
    await post(connector.membersAddedActivity({ conversationId: CHAT, membersAdded: [{ id: BOT_ID }], by: PEOPLE.alice, group: GROUP }));
    const [hello] = await connector.waitForActivities(CHAT, 1);
    expect(hello!.activity.text).toMatch(/shared grocery list/i);

    await post(connector.membersAddedActivity({ conversationId: CHAT, membersAdded: [{ id: `29:${PEOPLE.carol}`, aadObjectId: PEOPLE.carol }], group: GROUP }));
    await say('bob', 'add tea');
    expect(connector.texts(CHAT).filter((t) => /shared grocery list|grocery assistant/i.test(t))).toHaveLength(1);
    // Adding Carol made no conversation hers: alerts will never be posted in the group.
    expect(h.conversations.references(userOf('carol'))).toEqual([]);
  });
});
