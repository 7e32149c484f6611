import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { createCue, reply, startFakeOllama, type Cue, type FakeOllama } from '../../fakes/fake-ollama.js';
import { createAgentHarness, itemNames, type AgentHarness } from '../telegram/agent-harness.js';
import { teamsAppFor } from './teams-app.js';

const CONV = 'a:1personal-chat-ana';
const ANA = 'aad-ana-0001';
let ollama: FakeOllama;
let cue: Cue;
let h: AgentHarness;
let connector: FakeBotConnector;
let app: FastifyInstance;

beforeAll(async () => {
  ollama = await startFakeOllama(() => reply.onCue(cue, reply.answer([], 'Taco night needs tortillas, beef, cheese and salsa. Shall I put them on your list?')));
});
afterAll(() => ollama.close());
afterEach(async () => {
  await app?.close();
  await connector.close();
  h.cleanup();
});

describe('Teams while the language model thinks', () => {
  it('answers the request at once with a typing activity, answers later messages meanwhile, and sends the answer when the model is done', async () => {
    cue = createCue();
    h = createAgentHarness({ ollamaHost: ollama.url });
    connector = await startFakeBotConnector();
    ({ app } = await teamsAppFor(h));
    const post = (text: string, id: string) =>
      app.inject({ method: 'POST', url: '/api/messages', payload: connector.messageActivity({ conversationId: CONV, userId: ANA, text, id }) });

    // The Bot Service waits 15 s at most: the request is answered while the model still thinks.
    expect((await post('plan me a taco night', 'msg-1')).statusCode).toBe(200);
    const [typing] = await connector.waitForActivities(CONV, 1, 25_000);
    expect(typing!.activity.type).toBe('typing');

    expect((await post('add 3 lemons', 'msg-2')).statusCode).toBe(200);
    const second = await connector.waitForActivities(CONV, 2, 25_000);
    expect(second[1]!.activity.text).toMatch(/lemons/i);

    cue.release();
    const all = await connector.waitForActivities(CONV, 3, 25_000);
    expect(all[2]!.activity.type).toBe('message');
    expect(all[2]!.activity.text).toMatch(/^Taco night needs/);
    expect(itemNames(h, h.users.resolve('teams', ANA).id).map((n) => n.toLowerCase())).toEqual(['lemons']);
  });
});
