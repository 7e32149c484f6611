import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TeamsChannel, type TeamsReference } from '../../../src/channels/teams/index.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { createAgentHarness, itemNames, type AgentHarness } from '../telegram/agent-harness.js';
import { startFailingProxy, type FailingProxy } from './failing-proxy.js';
import { teamsAppFor } from './teams-app.js';

/**
 * The Bot Connector answering 429 (Retry-After) or 5xx to the bot's replies and proactive
 * messages: a proxy in front of the fake connector fails chosen calls, the channel retries.
 */
const CONV = 'a:1personal-chat-ana';
const ANA = 'aad-ana-0001';

let h: AgentHarness;
let connector: FakeBotConnector;
let proxy: FailingProxy;
let app: FastifyInstance;
let teams: TeamsChannel;

beforeEach(async () => {
  h = createAgentHarness();
  connector = await startFakeBotConnector();
  proxy = await startFailingProxy(connector.serviceUrl);
  ({ teams, app } = await teamsAppFor(h, { retry: { baseDelayMs: 20 } }));
});

afterEach(async () => {
  await app.close();
  await proxy.close();
  await connector.close();
  h.cleanup();
});

const activityCalls = (m: string, p: string) => m === 'POST' && p.includes('/activities');
/** A message activity whose serviceUrl (where the reply goes) is the failing proxy. */
const message = (text: string, id?: string) => ({ ...connector.messageActivity({ conversationId: CONV, userId: ANA, text, id }), serviceUrl: proxy.url });
const post = (activity: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/messages', payload: activity });
const anaUserId = () => h.users.resolve('teams', ANA).id;
const statuses = () => proxy.log.filter((l) => activityCalls(l.method, l.path)).map((l) => l.status);

describe('Teams: the Bot Connector answering 429 or 500', () => {
  it('a reply met with 429 then 500 is retried, after the Retry-After it named, and arrives exactly once', async () => {
    proxy.failNext(activityCalls, { status: 429, retryAfterSeconds: 1 });
    proxy.failNext(activityCalls, { status: 500 });

    const res = await post(message('add milk', 'msg-429'));
    expect(res.statusCode).toBe(200);
    expect(statuses()).toEqual([429, 500, 200]);
    const [first, second] = proxy.log;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000);
    expect(connector.texts(CONV)).toEqual([expect.stringMatching(/milk/i)]);
    expect(connector.activities[0]!.replyToId).toBe('msg-429');
    expect(itemNames(h, anaUserId())).toEqual(['milk']);
  });

  it('a proactive message met with 429 then 500 arrives exactly once', async () => {
    await post(message('add eggs'));
    const reference = h.conversations.references(anaUserId())[0]!.reference as TeamsReference;
    proxy.failNext(activityCalls, { status: 429, retryAfterSeconds: 1 });
    proxy.failNext(activityCalls, { status: 500 });

    await teams.sendProactive(reference, 'Eggs dropped to $2.49.');
    expect(statuses()).toEqual([200, 429, 500, 200]);
    expect(connector.texts(CONV)).toEqual([expect.stringMatching(/eggs/i), 'Eggs dropped to $2.49.']);
  });

  it('a connector failing every attempt answers 500 so the Bot Service redelivers; the redelivery sends the stored reply, applied once', async () => {
    proxy.failNext(activityCalls, { status: 503 }, 4);
    const incoming = message('add 2 apples', 'msg-down');

    const first = await post(incoming);
    expect(first.statusCode).toBe(500);
    expect(first.json().error.message).toMatch(/went wrong/i);
    expect(statuses()).toEqual([503, 503, 503, 503]);
    expect(connector.texts(CONV)).toEqual([]);

    const again = await post(incoming);
    expect(again.statusCode).toBe(200);
    expect(connector.texts(CONV)).toEqual([expect.stringMatching(/apples/i)]);
    const lines = h.lists.view(anaUserId(), h.lists.defaultList(anaUserId()).id).groups.flatMap((g) => g.lines);
    expect(lines.map((l) => [l.name, l.quantity])).toEqual([['apples', 2]]);
  });

  it('a Retry-After longer than the wait budget is not waited for', async () => {
    proxy.failNext(activityCalls, { status: 429, retryAfterSeconds: 120 });
    const started = Date.now();
    const res = await post(message('add pears'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(res.statusCode).toBe(500);
    expect(statuses()).toEqual([429]);
  });

  it('a refusal (403) is not retried, and nothing else is written to the person', async () => {
    proxy.failNext(activityCalls, { status: 403 });
    const res = await post(message('add plums'));
    expect(res.statusCode).toBe(200);
    expect(statuses()).toEqual([403]);
    expect(connector.texts(CONV)).toEqual([]);
  });

  it('a proactive message the connector keeps refusing rejects, so the notifier can retry it later', async () => {
    await post(message('add bread'));
    const reference = h.conversations.references(anaUserId())[0]!.reference as TeamsReference;
    proxy.failNext(activityCalls, { status: 403 });
    await expect(teams.sendProactive(reference, 'Bread dropped to $1.99.')).rejects.toThrow(/403/);
    proxy.failNext(activityCalls, { status: 500 }, 4);
    await expect(teams.sendProactive(reference, 'Bread dropped to $1.99.')).rejects.toThrow(/500/);
    // Only the first turn's reply: no "something went wrong" sent in the alert's place.
    expect(connector.texts(CONV)).toEqual([expect.stringMatching(/bread/i)]);
  });
});
