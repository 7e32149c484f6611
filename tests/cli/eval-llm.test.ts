import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalCommand } from '../../src/cli/eval-command.js';
import type { LlmSetScore } from '../../evals/llm-evals.js';
import { reply, startFakeOllama, type FakeOllama, type FakeReply } from '../fakes/fake-ollama.js';

/**
 * Wrong answers a small model gives, one after another: changes nobody asked for, words claiming
 * what no tool did, a destructive call, an empty answer, garbage, a call written as prose.
 */
const WRONG: FakeReply[] = [
  reply.answer([{ tool: 'clear_list', args: {} }], 'Your list is cleared.'),
  reply.answer([{ tool: 'add_to_list', args: { items: [{ name: 'caviar', quantity: 3 }] } }], "Done! I've added caviar."),
  reply.answer([{ tool: 'remove_from_list', args: { items: [{ name: 'milk' }] } }], 'Removed eggs.'),
  reply.text("Done! I've added 10 lbs of chicken to your list."),
  reply.text(''),
  reply.text('{"calls": [oops'),
  reply.text('Sure! {"name": "add_to_list", "parameters": {"items": [{"name": "lobster"}]}} Enjoy!'),
  reply.answer([{ tool: 'set_budget', args: { amount: 5 } }, { tool: 'view_list', args: {} }], 'You have 3 items and a $5 budget.'),
];

let fake: FakeOllama;
beforeAll(async () => {
  fake = await startFakeOllama((_req, i) => WRONG[i % WRONG.length]!);
});
afterAll(() => fake.close());

describe('grocery-agent eval --llm', () => {
  it('says what it needs when no model is configured', async () => {
    expect(await evalCommand(['--llm'], {}, () => undefined)).toBe(2);
  });

  it('against a model that is always wrong: nothing unasked is written, nothing it claims is said, and every set is reported', async () => {
    let out = '';
    const code = await evalCommand(['--llm', '--json'], { OLLAMA_HOST: fake.url, OLLAMA_MODEL: 'llama3.2:3b' }, (t) => (out += t));
    expect(code).toBe(0);
    const { model, sets } = JSON.parse(out) as { model: string; sets: LlmSetScore[] };
    expect(model).toBe('llama3.2:3b');
    expect(sets.map((s) => s.set)).toEqual(expect.arrayContaining(['labelled', 'real-dev', 'held-out-offtopic']));
    const consulted = sets.reduce((n, s) => n + s.consulted, 0);
    expect(consulted).toBeGreaterThan(100);
    expect(fake.chatRequests().length).toBe(consulted);
    for (const s of sets) {
      // The wrong answers add no write nobody asked for; they are questions at most.
      expect(s.wrongWrites, s.set).toBe(s.wrongWritesOffline);
      // No model words were shown but small talk: every claim of an action was dropped.
      expect(s.wordsShown, s.set).toBe(0);
      expect(s.answered + Object.values(s.fallbacks).reduce((a, b) => a + (b ?? 0), 0), s.set).toBe(s.consulted);
      if (s.consulted > 0) expect(s.latencyMs, s.set).not.toBeNull();
    }
    const fallbacks = sets.reduce((acc, s) => ({ ...acc, ...Object.fromEntries(Object.entries(s.fallbacks).map(([k, v]) => [k, (acc[k] ?? 0) + (v ?? 0)])) }), {} as Record<string, number>);
    expect(Object.keys(fallbacks).sort()).toEqual(['empty', 'unparseable']);
    expect(sets.reduce((n, s) => n + s.wordsDropped, 0)).toBeGreaterThan(0);
  }, 300_000);

  it('prints a table per set with latency percentiles', async () => {
    let out = '';
    await evalCommand(['--llm'], { OLLAMA_HOST: fake.url }, (t) => (out += t));
    expect(out).toMatch(/^Language model: llama3\.2/);
    expect(out).toMatch(/p50\/p90\/p99 ms/);
    expect(out).toMatch(/^labelled\s+\d+/m);
  }, 300_000);
});
