import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLlmAgent, loadPrompts, toOllamaTools, type LlmAgentOptions } from '../../../src/agent/llm/index.js';
import { createLogger } from '../../../src/logger.js';
import type { ToolContext } from '../../../src/tools/tool.js';
import { reply, startFakeOllama, type FakeOllama, type FakeReply, type FakeScript } from '../../fakes/fake-ollama.js';
import { createListFixture } from './list-tools-fixture.js';

const logger = createLogger({ level: 'silent' });
const ctx: ToolContext = { userId: 7, conversationId: 'web:7', channel: 'web', now: Date.UTC(2026, 0, 5) };
const history = [] as { role: 'user' | 'assistant'; text: string }[];

let fake: FakeOllama | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(script: FakeScript | FakeReply[], overrides: Partial<LlmAgentOptions> = {}) {
  fake = await startFakeOllama(script);
  const fixture = createListFixture();
  const agent = createLlmAgent({ host: fake.url, model: 'llama3.2', timeoutMs: 2000, tools: fixture.tools, logger, ...overrides });
  return { fake, agent, lists: fixture.lists };
}

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('LLM agent against a fake Ollama', () => {
  it('sends stream: true, the model name, the system prompt and our tool schemas', async () => {
    const { fake, agent } = await setup([reply.text('Hi! What do you need?')]);
    const outcome = await agent.run({ text: 'hello', history: [{ role: 'user', text: 'hi' }, { role: 'assistant', text: 'Hello!' }], ctx });

    expect(outcome).toEqual({ ok: true, text: 'Hi! What do you need?', calls: [] });
    const body = fake.chatRequests()[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.model).toBe('llama3.2');
    expect(body.keep_alive).toBe('30m');
    expect(body.options.temperature).toBe(0);
    expect(body.messages[0]).toEqual({ role: 'system', content: loadPrompts().system });
    expect(body.messages.slice(1).map((m: { role: string; content: string }) => [m.role, m.content])).toEqual([
      ['user', 'hi'],
      ['assistant', 'Hello!'],
      ['user', 'hello'],
    ]);
    // What countPromptTokens measures is exactly what goes on the wire.
    expect(body.tools).toEqual(toOllamaTools(createListFixture().tools));
    const add = body.tools.find((t: { function: { name: string } }) => t.function.name === 'add_to_list');
    expect(body.tools.map((t: { function: { name: string } }) => t.function.name).sort()).toEqual(['add_to_list', 'get_price', 'view_list']);
    expect(add.type).toBe('function');
    expect(add.function.parameters.required).toEqual(['items']);
    expect(add.function.parameters.properties.items.items.properties.quantity.description).toBe('how many; default 1');
  });

  it('sends only the last 8 turns of a long conversation', async () => {
    const { fake, agent } = await setup([reply.text('Sure.')]);
    const long = Array.from({ length: 20 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', text: `turn ${i}` }) as const);
    await agent.run({ text: 'and bread', history: long, ctx });

    const contents = fake.chatRequests()[0]!.body.messages.map((m: { content: string }) => m.content);
    expect(contents.slice(1)).toEqual(['turn 12', 'turn 13', 'turn 14', 'turn 15', 'turn 16', 'turn 17', 'turn 18', 'turn 19', 'and bread']);
  });

  it('runs a tool call, sends the result back, and returns the final answer', async () => {
    const { fake, agent, lists } = await setup([
      reply.call('add_to_list', { items: [{ name: 'milk', quantity: 2, unit: 'gal' }] }),
      reply.text('Added 2 gallons of milk to your list.', { chunks: 4 }),
    ]);
    const outcome = await agent.run({ text: 'add 2 gallons of milk', history, ctx });

    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.text).toBe('Added 2 gallons of milk to your list.');
    expect(outcome.calls).toHaveLength(1);
    expect(outcome.calls[0]!.name).toBe('add_to_list');
    expect(outcome.calls[0]!.result).toMatchObject({ ok: true, text: 'Added 2 gal milk.' });
    expect(lists.get(7)).toEqual(['2 gal milk']);

    const second = fake.chatRequests()[1]!.body.messages;
    expect(second.at(-2)).toMatchObject({
      role: 'assistant',
      tool_calls: [{ function: { name: 'add_to_list', arguments: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }] } } }],
    });
    expect(second.at(-1)).toEqual({ role: 'tool', content: 'Added 2 gal milk.' });
  });

  it('runs several tool calls from one model message', async () => {
    const { agent, lists } = await setup([
      reply.tools({ name: 'add_to_list', arguments: { items: [{ name: 'eggs' }] } }, { name: 'view_list', arguments: {} }),
      reply.text('Done.'),
    ]);
    const outcome = await agent.run({ text: 'add eggs and show me the list', history, ctx });
    expect(outcome.ok && outcome.calls.map((c) => c.result.text)).toEqual(['Added 1 eggs.', 'On your list: 1 eggs.']);
    expect(lists.get(7)).toEqual(['1 eggs']);
  });

  it('feeds a malformed call back naming the argument, and accepts the repaired call', async () => {
    const { fake, agent, lists } = await setup([
      reply.call('add_to_list', { items: [{ name: 'bread', quantity: -1 }] }),
      reply.call('add_to_list', { items: [{ name: 'bread', quantity: 1 }] }),
      reply.text('Bread is on your list.'),
    ]);
    const outcome = await agent.run({ text: 'add bread', history, ctx });

    expect(outcome).toMatchObject({ ok: true, text: 'Bread is on your list.' });
    expect(lists.get(7)).toEqual(['1 bread']);
    const feedback = fake.chatRequests()[1]!.body.messages.at(-1);
    expect(feedback.role).toBe('tool');
    expect(feedback.content).toContain('items.0.quantity');
    expect(feedback.content).toMatch(/too small|>0|greater/i);
  });

  it('ends with ok:false after a second malformed call, without touching the list', async () => {
    const { fake, agent, lists } = await setup([
      reply.call('add_to_list', { items: [] }),
      reply.call('add_to_list', { items: 'bread' }),
      reply.text('never asked for'),
    ]);
    const outcome = await agent.run({ text: 'add bread', history, ctx });

    expect(outcome).toEqual({ ok: false, reason: 'error' });
    expect(fake.chatRequests()).toHaveLength(2);
    expect(lists.get(7) ?? []).toEqual([]);
  });

  it('tells the model about an unknown tool once, then gives up if it insists', async () => {
    const { fake, agent } = await setup([reply.call('buy_groceries', { what: 'milk' }), reply.call('order_online', {})]);
    const outcome = await agent.run({ text: 'buy milk', history, ctx });

    expect(outcome).toEqual({ ok: false, reason: 'error' });
    const feedback = fake.chatRequests()[1]!.body.messages.at(-1);
    expect(feedback.role).toBe('tool');
    expect(feedback.content).toContain('buy_groceries');
    expect(feedback.content).toContain('add_to_list');
  });

  it("acts for the turn's user even when the model passes another user's id", async () => {
    const { agent, lists } = await setup([
      reply.call('add_to_list', { userId: 99, user_id: 99, user: 'mallory', items: [{ name: 'caviar' }] }),
      reply.text('Added caviar.'),
    ]);
    const outcome = await agent.run({ text: 'add caviar', history, ctx });

    expect(outcome.ok).toBe(true);
    expect(lists.get(7)).toEqual(['1 caviar']);
    expect(lists.has(99)).toBe(false);
  });

  it('stops at the step cap when the model keeps calling tools', async () => {
    const { fake, agent } = await setup(() => reply.call('view_list', {}), { maxSteps: 3 });
    const outcome = await agent.run({ text: 'what is on my list', history, ctx });

    expect(outcome).toEqual({ ok: false, reason: 'step_limit' });
    expect(fake.chatRequests()).toHaveLength(3);
  });

  it('answers ok:false within a second when Ollama is not running', async () => {
    const fixture = createListFixture();
    const agent = createLlmAgent({ host: `http://127.0.0.1:${await closedPort()}`, model: 'llama3.2', timeoutMs: 5000, tools: fixture.tools, logger });
    const started = performance.now();
    const outcome = await agent.run({ text: 'add milk', history, ctx });

    expect(outcome).toEqual({ ok: false, reason: 'unavailable' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('answers within the timeout when the model is slow, and really closes the request', async () => {
    const { fake, agent } = await setup([reply.slow(5000, reply.text('late answer'))], { timeoutMs: 800 });
    const started = performance.now();
    const outcome = await agent.run({ text: 'add milk', history, ctx });
    const elapsed = performance.now() - started;

    expect(outcome).toEqual({ ok: false, reason: 'timeout' });
    expect(elapsed).toBeGreaterThanOrEqual(750);
    expect(elapsed).toBeLessThan(1200); // 800 ms plus slack for a busy 2-core machine
    await expect.poll(() => fake.chatRequests()[0]!.abortedByClient, { timeout: 500 }).toBe(true);
  });

  it('stops when the caller aborts the turn', async () => {
    const { agent } = await setup([reply.slow(5000)]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const outcome = await agent.run({ text: 'add milk', history, ctx, signal: controller.signal });

    expect(outcome.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
    expect(agent.breaker.state()).toBe('closed');
  });

  it('bounds a slow tool by its own timeout and lets the model read the failure', async () => {
    fake = await startFakeOllama([reply.call('get_price', { query: 'milk' }), reply.text('Sorry, prices are slow right now.')]);
    const fixture = createListFixture({ slowToolMs: 3000 });
    const agent = createLlmAgent({ host: fake.url, model: 'llama3.2', timeoutMs: 2000, tools: fixture.tools, logger });
    const outcome = await agent.run({ text: 'price of milk', history, ctx });

    expect(outcome.ok && outcome.calls[0]!.result.ok).toBe(false);
    expect(fake.chatRequests()[1]!.body.messages.at(-1).content).toMatch(/^Error TOOL_TIMEOUT/);
  });

  it('reports a missing model (404) as unavailable', async () => {
    const { agent } = await setup([reply.notFound('llama3.2')]);
    expect(await agent.run({ text: 'add milk', history, ctx })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('reports a server error (500) and a dropped connection as unavailable', async () => {
    const { agent } = await setup([reply.error(500, 'out of memory'), reply.drop()]);
    expect(await agent.run({ text: 'add milk', history, ctx })).toEqual({ ok: false, reason: 'unavailable' });
    expect(await agent.run({ text: 'add milk', history, ctx })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('opens the circuit after repeated failures, short-circuits, and closes after a good probe', async () => {
    let now = Date.UTC(2026, 0, 5);
    const script: FakeReply[] = [reply.error(500, 'boom'), reply.error(500, 'boom'), reply.error(500, 'boom'), reply.text('Back again.')];
    const { fake, agent } = await setup(script, { breaker: { failureThreshold: 3, cooldownMs: 30_000 }, clock: () => now });

    for (let i = 0; i < 3; i++) expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: false, reason: 'unavailable' });
    const started = performance.now();
    expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: false, reason: 'circuit_open' });
    expect(performance.now() - started).toBeLessThan(50);
    expect(fake.chatRequests()).toHaveLength(3);

    now += 30_000;
    expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: true, text: 'Back again.', calls: [] });
    expect(agent.breaker.state()).toBe('closed');
    expect(fake.chatRequests()).toHaveLength(4);
  });

  it('counts timeouts towards the circuit', async () => {
    const { fake, agent } = await setup([reply.slow(5000)], { timeoutMs: 200, breaker: { failureThreshold: 2, cooldownMs: 60_000 } });
    expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: false, reason: 'timeout' });
    expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: false, reason: 'timeout' });
    expect(await agent.run({ text: 'hi', history, ctx })).toEqual({ ok: false, reason: 'circuit_open' });
    expect(fake.chatRequests()).toHaveLength(2);
  });
});
