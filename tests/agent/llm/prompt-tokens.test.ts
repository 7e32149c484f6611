import { z } from 'zod';
import type { BaseMessage } from '@langchain/core/messages';
import { describe, expect, it } from 'vitest';
import {
  buildSystemPrompt,
  countLlama3Tokens,
  loadPrompts,
  renderLlama32,
  sharedPrefixTokens,
  toMessages,
  toOllamaTools,
  type ChatMessage,
} from '../../../src/agent/llm/index.js';
import { VARIABLE_BYTES } from '../../../src/agent/llm/create-llm-agent.js';
import { createTools, modelTools, type ToolDeps } from '../../../src/tools/index.js';
import type { ToolDefinition } from '../../../src/tools/tool.js';
import { sampleTurns } from './sample-turns.js';

const tools = modelTools(createTools(new Proxy({}, { get: () => undefined }) as unknown as ToolDeps));
const system = buildSystemPrompt(loadPrompts().system, tools);
const roles: Record<string, ChatMessage['role']> = { system: 'system', human: 'user', ai: 'assistant' };
const render = (messages: BaseMessage[]) => renderLlama32(messages.map((m) => ({ role: roles[m.getType()] ?? 'user', content: String(m.content) })));

/** Measured with llama3's own tokenizer, over the prompt as Ollama's llama3.2 template renders it. */
describe('prompt size and cache reuse (llama3 tokens)', () => {
  it('counts with the llama3 tokenizer, special tokens and the begin-of-text token included', async () => {
    expect(await countLlama3Tokens('Hello world')).toBe(3);
    expect(await countLlama3Tokens('<|start_header_id|>user<|end_header_id|>\n\nhi<|eot_id|>')).toBe(7);
  });

  it('keeps the system prompt, every tool in it, under 450 tokens', async () => {
    const tokens = await countLlama3Tokens(renderLlama32([{ role: 'system', content: system }]));
    expect(tokens).toBeGreaterThan(300);
    expect(tokens).toBeLessThan(450);
  });

  it('keeps every request of four people over three turns under 700 tokens, all starting with the same cached prefix', async () => {
    const prompts = sampleTurns().map((t) => render(toMessages(system, t, 4)!));
    for (const p of prompts) expect(await countLlama3Tokens(p)).toBeLessThanOrEqual(700);
    const systemOnly = await countLlama3Tokens(renderLlama32([{ role: 'system', content: system }]));
    expect(await sharedPrefixTokens(prompts)).toBeGreaterThanOrEqual(systemOnly);
  });

  it('stays under 700 tokens at the byte budget: the longest message sent, with a long history', async () => {
    const sentence = 'we are having a few friends over on saturday and i want to do tacos and a salad, ';
    const text = sentence.repeat(Math.ceil(VARIABLE_BYTES / sentence.length)).slice(0, VARIABLE_BYTES - 120);
    const history = Array.from({ length: 8 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', text: `Grocery list — 12 items, about $48.20\nProduce: 3 lemons, 2 lb apples, ${i}` }) as const);
    const messages = toMessages(system, { text, history, hints: ['add_to_list', 'search_products', 'view_list', 'match_deals'] }, 4);
    expect(messages).toBeDefined();
    expect(await countLlama3Tokens(render(messages!))).toBeLessThanOrEqual(700);
  });

  it('with native tools, llama3.2 puts every schema in the last message: nothing past the system prompt is shared', async () => {
    const [a, b] = sampleTurns();
    const bare = loadPrompts().system.replace(/Tools \(\? optional\):\n\{\{tools\}\}\n/, '');
    const chat = (t: typeof a) => toMessages(bare, { ...t!, hints: [] }, 4)!.map((m) => ({ role: roles[m.getType()] ?? 'user', content: String(m.content) }));
    const withTools = [renderLlama32(chat(a), toOllamaTools(tools)), renderLlama32(chat(b), toOllamaTools(tools))];
    const systemOnly = await countLlama3Tokens(renderLlama32([{ role: 'system', content: bare }], toOllamaTools(tools)));
    // The system block and the first message's header ("<|start_header_id|>user<|end_header_id|>\n\n").
    expect(await sharedPrefixTokens(withTools)).toBeLessThanOrEqual(systemOnly + 4);
    expect(await countLlama3Tokens(withTools[0]!)).toBeGreaterThan(1400);
  });

  it('sends JSON schemas without validation-only keywords, keeping descriptions and argument names', () => {
    const input = z.object({
      name: z.string().min(1).max(40).describe('list name'),
      format: z.enum(['short', 'long']).optional().describe('how much detail'),
    });
    const tool: ToolDefinition<typeof input> = { name: 'create_list', description: 'Make a list.', input, execute: () => ({ ok: true, data: null, text: '' }) };
    expect(toOllamaTools([tool])).toEqual([
      {
        type: 'function',
        function: {
          name: 'create_list',
          description: 'Make a list.',
          parameters: {
            type: 'object',
            properties: {
              name: { type: 'string', description: 'list name' },
              format: { type: 'string', enum: ['short', 'long'], description: 'how much detail' },
            },
            required: ['name'],
          },
        },
      },
    ]);
  });
});
