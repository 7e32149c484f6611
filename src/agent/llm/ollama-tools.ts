import { z } from 'zod';
import type { ToolDefinition } from '../../tools/tool.js';

/** A tool in the OpenAI function format that ChatOllama.bindTools passes to Ollama unchanged. */
export interface OllamaTool {
  type: 'function';
  function: { name: string; description: string; parameters: Record<string, unknown> };
}

/**
 * Keywords the model does not need: zod checks them on every call and a violation goes back to
 * the model as a readable error, so spending prompt tokens on them in ~20 schemas buys nothing.
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
 * Adapts our tool definitions to the function format LangChain binds to ChatOllama. We build the
 * JSON schema here (instead of handing LangChain the zod object) so that what is sent is exactly
 * what `countPromptTokens` measures, and so validation-only keywords never reach a small model's
 * context (about 15 tokens a tool).
 *
 * @example
 * model.bindTools(toOllamaTools(definitions));
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
