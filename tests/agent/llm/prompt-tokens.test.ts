import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { countPromptTokens, loadPrompts, toOllamaTools } from '../../../src/agent/llm/index.js';
import type { ToolDefinition } from '../../../src/tools/tool.js';
import { createListFixture } from './list-tools-fixture.js';

describe('prompt size', () => {
  it('keeps the system prompt between 200 and 500 tokens', async () => {
    const tokens = await countPromptTokens(loadPrompts().system, []);
    expect(tokens).toBeGreaterThanOrEqual(200);
    expect(tokens).toBeLessThanOrEqual(500);
  });

  it('counts every tool schema it sends, and more tools cost more tokens', async () => {
    const { tools } = createListFixture();
    const system = loadPrompts().system;
    const base = await countPromptTokens(system, []);
    const one = await countPromptTokens(system, tools.slice(0, 1));
    const all = await countPromptTokens(system, tools);
    expect(one).toBeGreaterThan(base);
    expect(all).toBeGreaterThan(one);
    expect(all).toBeLessThan(base + 400);
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
