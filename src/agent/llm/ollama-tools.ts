import { z } from 'zod';
import type { ToolDefinition } from '../../tools/tool.js';

/** A tool in the OpenAI function format, as Ollama's /api/chat takes it in `tools`. */
export interface OllamaTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/**
 * Keywords the model does not need: zod checks them on every call, so spending prompt tokens on
 * them in ~20 schemas buys nothing.
 */
const DROPPED = new Set([
  '$schema',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'pattern',
  'format',
]);

/**
 * Our tool definitions in the function format Ollama takes as native tools, without the
 * validation-only keywords (about 15 tokens a tool). The agent does not send native tools (it
 * asks for one structured answer, see create-llm-agent.ts); the benchmark renders these to
 * measure what native tool calls would cost.
 *
 * @example
 * renderLlama32(messages, toOllamaTools(definitions)) // the prompt Ollama would build with native tools
 */
export function toOllamaTools(tools: readonly ToolDefinition[]): OllamaTool[] {
  return tools.map((t) => ({
    type: 'function',
    function: {
      name: t.name,
      description: t.description,
      parameters: prune(z.toJSONSchema(t.input, { io: 'input', unrepresentable: 'any' })) as Record<string, unknown>,
    },
  }));
}

function prune(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(prune);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROPPED.has(k) || (k === 'additionalProperties' && v === false)) continue;
    // Under `properties` the keys are argument names (one may well be called "format"): keep them all.
    out[k] = k === 'properties' && v && typeof v === 'object' ? mapValues(v as Record<string, unknown>, prune) : prune(v);
  }
  return out;
}

function mapValues(obj: Record<string, unknown>, fn: (v: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fn(v)]));
}
