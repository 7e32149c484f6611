import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableNames } from '../../helpers/temp-db.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { createAgentHarness, type AgentHarness } from '../telegram/agent-harness.js';
import { teamsAppFor } from './teams-app.js';

/**
 * Bodies posted to /api/messages that the Bot Service never sends (found by tests/hostile):
 * each used to answer 500 (or 501). Now a malformed one gets a 400 with a JSON sentence, an
 * activity type we do not handle gets a 200, and none of them runs a turn or writes anything.
 */
let h: AgentHarness;
let connector: FakeBotConnector;
let app: FastifyInstance;

beforeAll(async () => {
  h = createAgentHarness();
  connector = await startFakeBotConnector();
  ({ app } = await teamsAppFor(h));
});

afterAll(async () => {
  await app.close();
  await connector.close();
  h.cleanup();
});

const base = () => connector.messageActivity({ conversationId: 'conv-bad', userId: 'aad-bad', text: 'add milk', id: 'bad-1' });
const without = (key: string) => {
  const { [key]: _gone, ...rest } = base();
  return rest;
};

/** Row counts of every table: a request that changed nothing leaves them all as they were. */
function tableCounts(): Record<string, number> {
  return Object.fromEntries(tableNames(h.db).map((name) => [name, (h.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}

/** Bodies built when the test runs (they need the fake connector's serviceUrl). */
const MALFORMED: [string, () => unknown][] = [
  ['a body of null', () => null],
  ['a body that is a list', () => []],
  ['an empty object', () => ({})],
  ['a string body', () => 'activity'],
  ['type empty', () => ({ ...base(), type: '' })],
  ['type a number', () => ({ ...base(), type: 7 })],
  ['text a number', () => ({ ...base(), text: 12345 })],
  ['no serviceUrl', () => without('serviceUrl')],
  ['serviceUrl not a URL', () => ({ ...base(), serviceUrl: 'javascript:alert(1)' })],
  ['no conversation', () => without('conversation')],
  ['conversation id a number', () => ({ ...base(), conversation: { id: 5 } })],
  ['from a string', () => ({ ...base(), from: 'aad-victim' })],
  ['from.id a number', () => ({ ...base(), from: { id: 42 } })],
  ['id empty', () => ({ ...base(), id: '' })],
  ['membersAdded not a list', () => ({ ...base(), type: 'conversationUpdate', membersAdded: 'everyone' })],
];

const IGNORED: [string, () => unknown][] = [
  ['invoke', () => ({ ...base(), type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute' } } })],
  ['typing', () => ({ ...base(), type: 'typing' })],
  ['messageReaction', () => ({ ...base(), type: 'messageReaction', reactionsAdded: [{ type: 'like' }] })],
  ['an unknown type', () => ({ ...base(), type: 'foo' })],
  ['an unknown type without a conversation', () => ({ type: 'installationUpdate' })],
];

describe('Teams: malformed activities are refused, never a 500', () => {
  it.each(MALFORMED)('%s: 400 with a JSON sentence, nothing run', async (_what, make) => {
    const before = tableCounts();
    const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(make()) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'BAD_INPUT', message: expect.stringMatching(/\w+/) } });
    expect(connector.activities).toEqual([]);
    expect(tableCounts()).toEqual(before);
  });

  it.each(IGNORED)('%s: acknowledged with 200 and left alone', async (_what, make) => {
    const before = tableCounts();
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: make() as Record<string, unknown> });
    expect(res.statusCode).toBe(200);
    expect(connector.activities).toEqual([]);
    expect(tableCounts()).toEqual(before);
  });

  it('a body that is not JSON gets a 400, not a 500', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', headers: { 'content-type': 'application/json' }, payload: '{"type":"message"' });
    expect(res.statusCode).toBe(400);
  });

  it('a conversationUpdate naming a member without an id welcomes nobody and fails nothing', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: { ...base(), type: 'conversationUpdate', membersAdded: [{}, { name: 'no id' }] } });
    expect(res.statusCode).toBe(200);
    expect(connector.activities).toEqual([]);
  });

  it('after all of them a well-formed message is still answered', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: base() });
    expect(res.statusCode).toBe(200);
    expect(connector.texts('conv-bad')).toEqual([expect.stringMatching(/milk/i)]);
  });
});
