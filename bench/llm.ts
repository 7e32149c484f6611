/**
 * LLM path benchmark. No model runs here (none is installed): it measures what we control.
 *
 * - Prompt size in llama3 tokens, as Ollama's llama3.2 template renders each request, over twelve
 *   realistic requests from four people (tests/agent/llm/sample-turns.ts), and the token prefix every one of
 *   them shares (what Ollama's prompt cache serves instead of reading it again). Three ways are
 *   measured: what the agent does (one structured answer held to a JSON schema with `format`,
 *   the tools listed in the fixed system prompt), and for comparison native tool calls with all
 *   fourteen tools, or with only the few the hints point at.
 * - The overhead our path adds around the model against the fake Ollama on localhost, and how
 *   fast a dead Ollama is answered.
 */
import type { BaseMessage } from '@langchain/core/messages';
import { buildSystemPrompt, countLlama3Tokens, createLlmAgent, loadPrompts, renderLlama32, sharedPrefixTokens, toMessages, toOllamaTools, type ChatMessage } from '../src/agent/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createTools, modelTools, type ToolDefinition, type ToolDeps } from '../src/tools/index.js';
import { createListFixture } from '../tests/agent/llm/list-tools-fixture.js';
import { reply, startFakeOllama } from '../tests/fakes/fake-ollama.js';
import { sampleTurns } from '../tests/agent/llm/sample-turns.js';
import { percentile } from './percentiles.js';

const ROUND_TRIPS = 60;

/**
 * Figures: `llm_prompt_tokens_llama3` (largest request, llama3 tokens), `llm_prompt_tokens_llama3_p50`,
 * `llm_prompt_prefix_shared_tokens` (tokens every request starts with), `llm_prompt_unshared_tokens_max`
 * (what a request reads past the cache at most), `llm_system_prompt_tokens_llama3`; the same four
 * for `llm_native_tools_*` (all tools as Ollama tools) and `llm_native_hinted_tools_*` (only the
 * hinted ones); `llm_roundtrip_p50_ms` / `_p95_ms`, `llm_unavailable_ms`.
 */
export async function run(): Promise<Record<string, number>> {
  return { ...(await promptFigures()), ...(await timings()) };
}

/** The tools the model is offered, from the real registry (only names and schemas are read). */
function registryTools(): ToolDefinition[] {
  return modelTools(createTools(new Proxy({}, { get: () => undefined }) as unknown as ToolDeps));
}

function toChat(messages: readonly BaseMessage[]): ChatMessage[] {
  const roles: Record<string, ChatMessage['role']> = { system: 'system', human: 'user', ai: 'assistant', tool: 'tool' };
  const role = (m: BaseMessage): ChatMessage['role'] => roles[m.getType()] ?? 'user';
  return messages.map((m) => ({ role: role(m), content: String(m.content) }));
}

async function measure(prefix: string, prompts: string[]): Promise<Record<string, number>> {
  const tokens = await Promise.all(prompts.map(countLlama3Tokens));
  const shared = await sharedPrefixTokens(prompts);
  return {
    [`${prefix}_prompt_tokens_llama3`]: Math.max(...tokens),
    [`${prefix}_prompt_tokens_llama3_p50`]: percentile(tokens, 50),
    [`${prefix}_prompt_prefix_shared_tokens`]: shared,
    [`${prefix}_prompt_unshared_tokens_max`]: Math.max(...tokens) - shared,
  };
}

async function promptFigures(): Promise<Record<string, number>> {
  const tools = registryTools();
  const byName = new Map(tools.map((t) => [t.name, t]));
  const template = loadPrompts().system;
  const system = buildSystemPrompt(template, tools);
  const turns = sampleTurns();
  const structured = turns.map((t) => renderLlama32(toChat(toMessages(system, t, 4)!)));
  // The same rules without the tool lines, the tools sent as Ollama tools instead.
  const bare = template.replace(/Tools \(\? optional\):\n\{\{tools\}\}\n/, '');
  const native = turns.map((t) => renderLlama32(toChat(toMessages(bare, { ...t, hints: [] }, 4)!), toOllamaTools(tools)));
  const hinted = turns.map((t) => {
    const few = t.hints.map((h) => byName.get(h)).filter((x): x is ToolDefinition => Boolean(x));
    return renderLlama32(toChat(toMessages(bare, { ...t, hints: [] }, 4)!), toOllamaTools(few.length ? few : tools.slice(0, 3)));
  });
  const onlySystem = renderLlama32([{ role: 'system', content: system }]);
  return {
    ...(await measure('llm', structured)),
    llm_system_prompt_tokens_llama3: await countLlama3Tokens(onlySystem),
    llm_prompt_budget_tokens: 700,
    ...(await measure('llm_native_tools', native)),
    ...(await measure('llm_native_hinted_tools', hinted)),
  };
}

async function timings(): Promise<Record<string, number>> {
  const logger = createLogger({ level: 'silent' });
  const { tools } = createListFixture();
  const fake = await startFakeOllama([reply.answer([{ tool: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }] } }])]);
  try {
    const agent = createLlmAgent({ host: fake.url, model: 'llama3.2', timeoutMs: 5000, tools, logger });
    const samples: number[] = [];
    for (let i = 0; i < ROUND_TRIPS + 10; i++) {
      const t = performance.now();
      const outcome = await agent.propose({ text: 'add 2 gallons of milk', history: [] });
      if (!outcome.ok) throw new Error('round trip against the fake Ollama failed');
      if (i >= 10) samples.push(performance.now() - t); // the first runs warm up LangChain and the sockets
    }
    const dead = createLlmAgent({ host: 'http://127.0.0.1:9', model: 'llama3.2', timeoutMs: 5000, tools, logger });
    const t = performance.now();
    await dead.propose({ text: 'add milk', history: [] });
    return {
      llm_roundtrip_p50_ms: percentile(samples, 50),
      llm_roundtrip_p95_ms: percentile(samples, 95),
      llm_unavailable_ms: Math.round((performance.now() - t) * 10) / 10,
    };
  } finally {
    await fake.close();
  }
}
