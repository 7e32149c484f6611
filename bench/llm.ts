/**
 * LLM path benchmark. No model runs here (none is installed): it measures what we control.
 * - the fixed prompt every request carries: system prompt plus tool schemas, in tokens;
 * - the overhead our path adds around the model: a tool call -> tool result -> answer round trip
 *   against the fake Ollama on localhost (LangChain, HTTP, NDJSON parsing, validation, the loop);
 * - how fast a dead Ollama is answered (connection refused) and how close a slow one is cut off.
 */
import { createLlmAgent, countPromptTokens, loadPrompts } from '../src/agent/llm/index.js';
import { createLogger } from '../src/logger.js';
import { createTools, modelTools, type ToolDefinition, type ToolDeps } from '../src/tools/index.js';
import { createListFixture } from '../tests/agent/llm/list-tools-fixture.js';
import { reply, startFakeOllama } from '../tests/fakes/fake-ollama.js';
import { percentile } from './percentiles.js';

const ROUND_TRIPS = 60;

/**
 * Figures: `llm_prompt_tokens` (system prompt + every tool schema, cl100k approximation),
 * `llm_system_prompt_tokens`, `llm_prompt_tools` (how many tools were measured),
 * `llm_tool_tokens_max`, `llm_roundtrip_p50_ms` / `_p95_ms`, `llm_unavailable_ms`, `llm_timeout_800_ms`.
 */
export async function run(): Promise<Record<string, number>> {
  const system = loadPrompts().system;
  const tools = registryTools();
  const perTool = await Promise.all(tools.map((t) => countPromptTokens('', [t])));
  const figures: Record<string, number> = {
    llm_prompt_tokens: await countPromptTokens(system, tools),
    llm_system_prompt_tokens: await countPromptTokens(system, []),
    llm_prompt_tools: tools.length,
    llm_tool_tokens_max: Math.max(0, ...perTool),
  };
  return { ...figures, ...(await timings()) };
}

/**
 * The tools the model is offered, from the real registry. Only names, descriptions and schemas
 * are read, so the tools are built over empty dependencies.
 */
function registryTools(): ToolDefinition[] {
  return modelTools(createTools(new Proxy({}, { get: () => undefined }) as unknown as ToolDeps));
}

async function timings(): Promise<Record<string, number>> {
  const logger = createLogger({ level: 'silent' });
  const ctx = { userId: 1, conversationId: 'bench', channel: 'bench', now: Date.UTC(2026, 0, 1) };
  const { tools } = createListFixture();
  const fake = await startFakeOllama((_req, i) =>
    i % 2 === 0 ? reply.call('add_to_list', { items: [{ name: 'milk', quantity: 2, unit: 'gal' }] }) : reply.text('Added 2 gallons of milk.'),
  );
  const slow = await startFakeOllama([reply.slow(5000)]);
  try {
    const agent = createLlmAgent({ host: fake.url, model: 'llama3.2', timeoutMs: 5000, tools, logger });
    const samples: number[] = [];
    for (let i = 0; i < ROUND_TRIPS + 10; i++) {
      const t = performance.now();
      const outcome = await agent.run({ text: 'add 2 gallons of milk', history: [], ctx });
      if (!outcome.ok) throw new Error('round trip against the fake Ollama failed');
      if (i >= 10) samples.push(performance.now() - t); // the first runs warm up LangChain and the sockets
    }

    const dead = createLlmAgent({ host: 'http://127.0.0.1:9', model: 'llama3.2', timeoutMs: 5000, tools, logger });
    let t = performance.now();
    await dead.run({ text: 'add milk', history: [], ctx });
    const unavailable = performance.now() - t;

    const late = createLlmAgent({ host: slow.url, model: 'llama3.2', timeoutMs: 800, tools, logger });
    t = performance.now();
    await late.run({ text: 'add milk', history: [], ctx });
    const timeout = performance.now() - t;

    return {
      llm_roundtrip_p50_ms: percentile(samples, 50),
      llm_roundtrip_p95_ms: percentile(samples, 95),
      llm_unavailable_ms: Math.round(unavailable * 10) / 10,
      llm_timeout_800_ms: Math.round(timeout * 10) / 10,
    };
  } finally {
    await fake.close();
    await slow.close();
  }
}
