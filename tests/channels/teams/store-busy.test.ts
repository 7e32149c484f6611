import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { holdWriteLock } from '../../faults/fault-harness.js';
import { createAgentHarness, itemNames, type AgentHarness } from '../telegram/agent-harness.js';
import { teamsAppFor } from './teams-app.js';

/**
 * Another process holds SQLite's write lock past the busy timeout while a Teams message
 * arrives: the person is asked to send it again (it used to end in "Something went wrong"),
 * nothing is applied, and the resend is.
 */
const CONV = 'a:1personal-chat-ana';
const ANA = 'aad-ana-0001';

let h: AgentHarness;
let connector: FakeBotConnector;
let app: FastifyInstance;

beforeEach(async () => {
  h = createAgentHarness();
  h.db.pragma('busy_timeout = 100');
  connector = await startFakeBotConnector();
  ({ app } = await teamsAppFor(h));
});

afterEach(async () => {
  await app.close();
  await connector.close();
  h.cleanup();
});

const post = (text: string, id: string) =>
  app.inject({ method: 'POST', url: '/api/messages', payload: connector.messageActivity({ conversationId: CONV, userId: ANA, text, id }) });

describe('Teams: a turn that meets a busy store', () => {
  it('replies with the try-again text, applies nothing, and the resend is applied once', async () => {
    const lock = await holdWriteLock(h.db.name, 1500);
    const res = await post('add pears', 'msg-busy');
    expect(res.statusCode).toBe(200);
    expect(connector.texts(CONV)).toEqual(["I'm a bit busy — please send that again in a moment."]);
    await lock.released;

    expect(itemNames(h, h.users.resolve('teams', ANA).id)).toEqual([]);
    await post('add pears', 'msg-busy');
    await post('add pears', 'msg-busy');
    expect(connector.texts(CONV).slice(1)).toEqual([expect.stringMatching(/added pears/i), expect.stringMatching(/added pears/i)]);
    expect(itemNames(h, h.users.resolve('teams', ANA).id)).toEqual(['pears']);
  });

  it('"link" while the store is busy gets the try-again text, not "something went wrong"', async () => {
    const lock = await holdWriteLock(h.db.name, 1500);
    await post('link', 'msg-link');
    expect(connector.texts(CONV)).toEqual(["I'm a bit busy — please send that again in a moment."]);
    await lock.released;
  });
});
