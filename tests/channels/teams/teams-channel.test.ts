import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TeamsChannel, type TeamsChannelDeps, type TeamsReference } from '../../../src/channels/teams/index.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { createAgentHarness, itemNames, type AgentHarness } from '../telegram/agent-harness.js';
import { teamsAppFor } from './teams-app.js';

const CONV = 'a:1personal-chat-ana';
const ANA = 'aad-ana-0001';

let h: AgentHarness;
let connector: FakeBotConnector;
let app: FastifyInstance | undefined;
let teams: TeamsChannel;

beforeEach(async () => {
  h = createAgentHarness();
  connector = await startFakeBotConnector();
});

afterEach(async () => {
  await app?.close();
  await connector.close();
  h.cleanup();
  app = undefined;
});

async function teamsApp(opts: Partial<TeamsChannelDeps> = {}): Promise<FastifyInstance> {
  ({ teams, app } = await teamsAppFor(h, opts));
  return app;
}

function post(server: FastifyInstance, activity: Record<string, unknown>, headers: Record<string, string> = {}) {
  return server.inject({ method: 'POST', url: '/api/messages', payload: activity, headers });
}

const anaUserId = () => h.users.resolve('teams', ANA).id;

describe('Teams channel', () => {
  it('answers a message Activity posted to /api/messages with a reply at the connector', async () => {
    const server = await teamsApp();
    const incoming = connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk and eggs', id: 'msg-1' });
    const res = await post(server, incoming);

    expect(res.statusCode).toBe(200);
    const [reply] = await connector.waitForActivities(CONV, 1);
    expect(reply!.replyToId).toBe('msg-1');
    expect(reply!.activity.text).toMatch(/milk/i);
    expect(itemNames(h, anaUserId()).map((n) => n.toLowerCase()).sort()).toEqual(['eggs', 'milk']);
  });

  it('strips the bot mention Teams puts in front of a group-chat message', async () => {
    const server = await teamsApp();
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: '<at>Grocery</at> add apples' }));
    await connector.waitForActivities(CONV, 1);
    expect(itemNames(h, anaUserId())).toEqual(['apples']);
  });

  it('applies an activity delivered twice once, and answers both the same', async () => {
    const server = await teamsApp();
    const incoming = connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add 3 apples', id: 'msg-dup' });
    await post(server, incoming);
    await post(server, incoming);

    const replies = await connector.waitForActivities(CONV, 2);
    expect(replies[1]!.activity.text).toBe(replies[0]!.activity.text);
    const lines = h.lists.view(anaUserId(), h.lists.defaultList(anaUserId()).id).groups.flatMap((g) => g.lines);
    expect(lines.map((l) => [l.name, l.quantity])).toEqual([['apples', 3]]);
  });

  it('stores the conversation reference and delivers a proactive message through it', async () => {
    const server = await teamsApp();
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk' }));
    await connector.waitForActivities(CONV, 1);

    const refs = h.conversations.references(anaUserId());
    expect(refs.map((r) => r.channel)).toEqual(['teams']);
    await teams.sendProactive(refs[0]!.reference as TeamsReference, 'Milk dropped to $2.98 at your store.');

    const all = await connector.waitForActivities(CONV, 2);
    // A new message (POST .../activities), not a reply to what the person said earlier nor to a made-up id.
    expect(all[1]!.replyToId).toBeUndefined();
    expect(all[1]!.activity.replyToId).toBeUndefined();
    expect(all[1]!.activity.text).toBe('Milk dropped to $2.98 at your store.');
  });

  it('draws choices as an Adaptive Card whose Action.Submit is handled as the choice', async () => {
    const server = await teamsApp();
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add cheese' }));
    await connector.waitForActivities(CONV, 1);
    const reference = h.conversations.references(anaUserId())[0]!.reference as TeamsReference;
    await teams.sendProactive(reference, 'Anything else?', [{ label: "What's on my list?", value: "what's on my list?" }]);

    const card = (await connector.waitForActivities(CONV, 2))[1]!.activity.attachments![0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.body[0].text).toBe('Anything else?');
    const action = card.content.actions[0];
    expect(action.type).toBe('Action.Submit');
    expect(action.title).toBe("What's on my list?");

    // Teams posts the button's data back as the activity's value, with no text.
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, value: action.data }));
    const replies = await connector.waitForActivities(CONV, 3);
    expect(replies[2]!.activity.text).toMatch(/Grocery list[\s\S]*cheese/i);
  });

  it('draws choices as imBack suggested actions when asked, and a press arrives as the value', async () => {
    const server = await teamsApp({ choiceStyle: 'suggested' });
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add eggs' }));
    await connector.waitForActivities(CONV, 1);
    const reference = h.conversations.references(anaUserId())[0]!.reference as TeamsReference;
    await teams.sendProactive(reference, 'Anything else?', [{ label: 'Show my list', value: "what's on my list?" }]);

    const suggested = (await connector.waitForActivities(CONV, 2))[1]!.activity.suggestedActions!.actions[0]!;
    expect(suggested).toMatchObject({ type: 'imBack', title: 'Show my list' });
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: suggested.value }));
    expect((await connector.waitForActivities(CONV, 3))[2]!.activity.text).toMatch(/eggs/i);
  });

  it('links a Teams identity to another channel with "link CODE", so the same list shows', async () => {
    const server = await teamsApp();
    const telegram = h.users.resolve('telegram', '501');
    h.lists.addItems(telegram.id, h.lists.defaultList(telegram.id).id, [{ name: 'oranges' }]);
    const code = h.users.createLinkCode(telegram.id);

    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: `link ${code}` }));
    expect((await connector.waitForActivities(CONV, 1))[0]!.activity.text).toMatch(/linked/i);
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: "what's on my list?" }));
    expect((await connector.waitForActivities(CONV, 2))[1]!.activity.text).toMatch(/oranges/i);
  });

  it('hands out a link code for "link" alone', async () => {
    const server = await teamsApp();
    await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'link' }));
    const text = (await connector.waitForActivities(CONV, 1))[0]!.activity.text!;
    const code = /code is (\w+)/.exec(text)![1]!;
    expect(h.users.redeemLinkCode(code, 'telegram', '9001').id).toBe(anaUserId());
  });

  it('welcomes a person who adds the app and keeps the conversation for alerts', async () => {
    const server = await teamsApp();
    const update = {
      ...connector.messageActivity({ conversationId: CONV, userId: ANA }),
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:grocery-bot' }, { id: `29:${ANA}`, aadObjectId: ANA }],
    };
    expect((await post(server, update)).statusCode).toBe(200);
    expect((await connector.waitForActivities(CONV, 1))[0]!.activity.text).toMatch(/grocery assistant/i);
    expect(h.conversations.references(anaUserId())).toHaveLength(1);
  });
});

describe('Teams channel with credentials', () => {
  const creds = { appId: '00000000-1111-2222-3333-444444444444', appPassword: 'not-a-real-secret', tenantId: 'tenant-1' };

  it('refuses a request without a bearer token (401) and sends nothing', async () => {
    const server = await teamsApp(creds);
    const res = await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk' }));
    expect(res.statusCode).toBe(401);
    expect(connector.activities).toEqual([]);
    expect(h.conversations.references(anaUserId())).toEqual([]);
  });

  it('refuses a request whose bearer token is not a valid JWT (401)', async () => {
    const server = await teamsApp(creds);
    const res = await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk' }), {
      authorization: 'Bearer not.a.jwt',
    });
    expect(res.statusCode).toBe(401);
    const basic = await post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk' }), {
      authorization: 'Basic dXNlcjpwYXNz',
    });
    expect(basic.statusCode).toBe(401);
    expect(connector.activities).toEqual([]);
  });
});

describe('Teams channel, signed tokens', () => {
  const appId = '00000000-1111-2222-3333-444444444444';
  const claims = () => ({
    aud: appId,
    iss: `${connector.authority}/v2.0`,
    serviceurl: connector.serviceUrl,
    iat: Math.floor(Date.now() / 1000) - 60,
    nbf: Math.floor(Date.now() / 1000) - 60,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const creds = () => ({ appId, appPassword: 'not-a-real-secret', authority: connector.authority });

  const send = (server: FastifyInstance, token: string) =>
    post(server, connector.messageActivity({ conversationId: CONV, userId: ANA, text: 'add milk' }), { authorization: `Bearer ${token}` });

  it('refuses a token signed with a key the authority did not publish (401) and runs nothing', async () => {
    const server = await teamsApp(creds());
    const res = await send(server, connector.signToken(claims(), { forged: true }));
    expect(res.statusCode).toBe(401);
    expect(connector.activities).toEqual([]);
    expect(itemNames(h, anaUserId())).toEqual([]);
  });

  it('refuses a properly signed token issued for another bot (401)', async () => {
    const server = await teamsApp(creds());
    const res = await send(server, connector.signToken({ ...claims(), aud: 'some-other-bot' }));
    expect(res.statusCode).toBe(401);
  });

  it('refuses an expired token (401)', async () => {
    const server = await teamsApp(creds());
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    const res = await send(server, connector.signToken({ ...claims(), iat: hourAgo - 600, nbf: hourAgo - 600, exp: hourAgo }));
    expect(res.statusCode).toBe(401);
  });

  it('lets a token signed with the published key through validation', async () => {
    const server = await teamsApp(creds());
    const res = await send(server, connector.signToken(claims()));
    // Past validation the SDK asks Entra for an outbound token over HTTPS, which a local fake
    // cannot serve; what matters here is that the request was not refused as unauthenticated.
    expect(res.statusCode).not.toBe(401);
    expect(res.body).not.toMatch(/msal|authority/i);
    const forged = await send(server, connector.signToken(claims(), { forged: true }));
    expect(forged.statusCode).toBe(401);
  });
});
