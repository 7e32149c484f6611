import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlmAgent, type LlmAgentOptions } from '../../../src/agent/llm/index.js';
import { createLogger } from '../../../src/logger.js';
import { createCue, reply, startFakeOllama, type FakeOllama, type FakeReply, type FakeScript } from '../../fakes/fake-ollama.js';
import { manualDeadline } from '../../helpers/manual-deadline.js';
import { createListFixture } from './list-tools-fixture.js';

const logger = createLogger({ level: 'silent' });
const history = [] as { role: 'user' | 'assistant'; text: string }[];

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(script: FakeScript | FakeReply[], overrides: Partial<LlmAgentOptions> = {}) {
  fake = await startFakeOllama(script);
  const fixture = createListFixture();
  const agent = createLlmAgent({ host: fake.url, model: 'llama3.2', timeoutMs: 60_000, tools: fixture.tools, logger, ...overrides });
  return { fake, agent };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('LLM path against a fake Ollama', () => {
  it('asks for one structured answer: stream, model, format schema, the system prompt first, no tool schemas', async () => {
    const { fake, agent } = await setup([reply.answer([], 'Hi! What do you need?')]);
    const outcome = await agent.propose({ text: 'hello', history: [{ role: 'user', text: 'hi' }, { role: 'assistant', text: 'Hello!' }], hints: ['view_list', 'undo_last_change'] });

    expect(outcome).toEqual({ ok: true, calls: [], say: 'Hi! What do you need?', dropped: 0, promptTokens: expect.any(Number) });
    const body = fake.chatRequests()[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.model).toBe('llama3.2');
    expect(body.keep_alive).toBe('30m');
    expect(body.options.temperature).toBe(0);
    expect(body.options.num_predict).toBe(256);
    expect(body.tools).toBeUndefined();
    expect(body.format.required).toEqual(['calls', 'say']);
    expect(body.format.properties.calls.items.properties.tool.enum.sort()).toEqual(['add_to_list', 'get_price', 'view_list']);
    expect(body.messages[0]).toEqual({ role: 'system', content: agent.systemPrompt });
    expect(body.messages.slice(1).map((m: { role: string; content: string }) => [m.role, m.content])).toEqual([
      ['user', 'hi'],
      ['assistant', 'Hello!'],
      // Only tools the model may call are hinted.
      ['user', 'hello\n\n(Tools that may fit: view_list)'],
    ]);
  });

  it('starts every request of every person with the same system prompt, byte for byte, naming every tool', async () => {
    const { fake, agent } = await setup([reply.answer([])]);
    await agent.propose({ text: 'add milk', history });
    await agent.propose({ text: 'what is on my list', history: [{ role: 'user', text: 'hi' }, { role: 'assistant', text: 'Hello!' }], hints: ['view_list'] });
    const [a, b] = fake.chatRequests().map((r) => r.body.messages[0].content as string);
    expect(a).toBe(b);
    for (const name of ['add_to_list', 'view_list', 'get_price']) expect(a).toContain(`${name}(`);
    expect(a).not.toContain('{{tools}}');
  });

  it('keeps the last few messages, cut short, within the budget', async () => {
    const { fake, agent } = await setup([reply.answer([])]);
    const long = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', text: `turn ${i} ${'x'.repeat(i === 19 ? 500 : 10)}` }) as const);
    await agent.propose({ text: 'and bread', history: long });

    const contents = fake.chatRequests()[0]!.body.messages.map((m: { content: string }) => m.content);
    expect(contents.slice(1, -1)).toEqual(['turn 16 xxxxxxxxxx', 'turn 17 xxxxxxxxxx', 'turn 18 xxxxxxxxxx', `turn 19 ${'x'.repeat(191)}…`]);
    expect(contents.at(-1)).toBe('and bread');
  });

  it('does not send a message too long for the prompt budget', async () => {
    const { fake, agent } = await setup([reply.answer([])]);
    expect(await agent.propose({ text: 'milk, '.repeat(200), history })).toEqual({ ok: false, reason: 'too_long' });
    expect(fake.chatRequests()).toHaveLength(0);
  });

  it("proposes the calls that pass their tool's schema, drops the rest and any user id", async () => {
    const { agent } = await setup([
      reply.answer([
        { tool: 'add_to_list', args: { userId: 99, user_id: 99, items: [{ name: 'milk', quantity: 2, unit: 'gal' }] } },
        { tool: 'add_to_list', args: { items: [{ name: 'bread', quantity: -1 }] } },
        { tool: 'buy_groceries', args: { what: 'milk' } },
      ]),
    ]);
    const outcome = await agent.propose({ text: 'add 2 gallons of milk', history });
    expect(outcome).toMatchObject({ ok: true, calls: [{ name: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }] } }], dropped: 2 });
  });

  it('reads native tool calls and a call written as text with prose around it', async () => {
    const { agent } = await setup([
      reply.tools({ name: 'add_to_list', arguments: { items: [{ name: 'eggs' }] } }, { name: 'view_list', arguments: {} }),
      reply.text('Sure! Here you go: {"name": "view_list", "parameters": {"item": "eggs"}} Let me know.'),
    ]);
    expect(await agent.propose({ text: 'add eggs and show me the list', history })).toMatchObject({ ok: true, calls: [{ name: 'add_to_list' }, { name: 'view_list', args: {} }] });
    expect(await agent.propose({ text: 'do i have eggs', history })).toEqual({ ok: true, calls: [{ name: 'view_list', args: { item: 'eggs' } }], say: '', dropped: 0, promptTokens: expect.any(Number) });
  });

  it('gives up on an empty answer, braces that hold no call, and calls that are all invalid', async () => {
    const { agent } = await setup([reply.text(''), reply.text('{"calls": [oops'), reply.answer([{ tool: 'add_to_list', args: { items: 'bread' } }])]);
    expect(await agent.propose({ text: 'add bread', history })).toEqual({ ok: false, reason: 'empty' });
    expect(await agent.propose({ text: 'add bread', history })).toEqual({ ok: false, reason: 'unparseable' });
    expect(await agent.propose({ text: 'add bread', history })).toEqual({ ok: false, reason: 'invalid' });
    expect(agent.breaker.state()).toBe('closed');
  });

  it('answers ok:false when Ollama is not running', async () => {
    const fixture = createListFixture();
    const agent = createLlmAgent({ host: `http://127.0.0.1:${await closedPort()}`, model: 'llama3.2', timeoutMs: 60_000, tools: fixture.tools, logger });
    expect(await agent.propose({ text: 'add milk', history })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('gives up at the time limit, closes the request, and never counts a timeout against the model', async () => {
    const clock = manualDeadline();
    const cue = createCue();
    const { fake, agent } = await setup([reply.onCue(cue, reply.answer([]))], { timeoutMs: 20_000, deadline: clock.deadline, breaker: { failureThreshold: 2, cooldownMs: 60_000 } });
    for (let i = 0; i < 3; i++) {
      const pending = agent.propose({ text: 'plan a party', history });
      await fake.untilChats(i + 1);
      clock.expire();
      expect(await pending).toEqual({ ok: false, reason: 'timeout' });
    }
    expect(agent.breaker.state()).toBe('closed');
    await expect.poll(() => fake.chatRequests().every((r) => r.abortedByClient), { timeout: 20_000 }).toBe(true);
    expect(clock.asked[0]).toBeLessThanOrEqual(20_000);
    cue.release();
  });

  it('counts the time a message waited before it was sent against its limit', async () => {
    const clock = manualDeadline();
    const { agent } = await setup([reply.answer([])], { timeoutMs: 20_000, deadline: clock.deadline });
    await agent.propose({ text: 'hi', history, startedAt: performance.now() - 5_000 });
    expect(clock.asked[0]).toBeLessThanOrEqual(15_000);
  });

  it('reports a missing model (404), a server error (500) and a dropped connection as unavailable', async () => {
    const { agent } = await setup([reply.notFound('llama3.2'), reply.error(500, 'out of memory'), reply.drop()], { breaker: { failureThreshold: 10 } });
    for (let i = 0; i < 3; i++) expect(await agent.propose({ text: 'add milk', history })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('opens the circuit after the configured number of errors, short-circuits, and closes after a good probe', async () => {
    let now = Date.UTC(2026, 0, 5);
    const script: FakeReply[] = [reply.error(500, 'boom'), reply.error(500, 'boom'), reply.answer([], 'Back again.')];
    const { fake, agent } = await setup(script, { breaker: { failureThreshold: 2, cooldownMs: 45_000 }, clock: () => now });

    for (let i = 0; i < 2; i++) expect(await agent.propose({ text: 'hi', history })).toEqual({ ok: false, reason: 'unavailable' });
    expect(await agent.propose({ text: 'hi', history })).toEqual({ ok: false, reason: 'circuit_open' });
    expect(fake.chatRequests()).toHaveLength(2);

    now += 44_999;
    expect(await agent.propose({ text: 'hi', history })).toEqual({ ok: false, reason: 'circuit_open' });
    now += 1;
    expect(await agent.propose({ text: 'hi', history })).toMatchObject({ ok: true, say: 'Back again.' });
    expect(agent.breaker.state()).toBe('closed');
  });

  it('sends one request at a time, first come first served', async () => {
    const first = createCue();
    const { fake, agent } = await setup((req) => (req.body.messages.at(-1).content === 'A' ? reply.onCue(first, reply.answer([], 'for A')) : reply.answer([], 'for B')));
    const answered: string[] = [];
    const a = agent.propose({ text: 'A', history }).then((o) => answered.push(o.ok ? o.say : 'failed'));
    await fake.untilChats(1);
    const b = agent.propose({ text: 'B', history }).then((o) => answered.push(o.ok ? o.say : 'failed'));
    expect(fake.chatRequests()).toHaveLength(1);
    first.release();
    await Promise.all([a, b]);
    expect(answered).toEqual(['for A', 'for B']);
    expect(fake.chatRequests().map((r) => r.body.messages.at(-1).content)).toEqual(['A', 'B']);
  });

  it('never sends a message whose time ran out while it waited its turn', async () => {
    const first = createCue();
    const clock = manualDeadline();
    const { fake, agent } = await setup([reply.onCue(first, reply.answer([], 'for A')), reply.answer([], 'for B')], { deadline: clock.deadline });
    const a = agent.propose({ text: 'A', history });
    await fake.untilChats(1);
    const b = agent.propose({ text: 'B', history });
    clock.expire(1);
    expect(await b).toEqual({ ok: false, reason: 'timeout' });
    first.release();
    expect(await a).toMatchObject({ ok: true, say: 'for A' });
    expect(fake.chatRequests()).toHaveLength(1);
  });
});
