import type { ToolDefinition } from '../../tools/tool.js';
import { toOllamaTools } from './ollama-tools.js';

/**
 * Tokens the fixed part of every request costs: the system prompt plus the tool schemas as
 * ChatOllama sends them (`tools` in the /api/chat body, serialized as JSON).
 *
 * Counted with cl100k_base (js-tiktoken, bundled with @langchain/core). llama3's tokenizer is a
 * different 128k-token BPE, so this is an approximation, usually within ~10%; good enough to keep
 * the prompt budget honest. Ollama wraps tools in its chat template, which adds a few tokens more.
 * The rank table is loaded lazily (it is large) and from the package, never from the network.
 *
 * @example
 * const tokens = await countPromptTokens(loadPrompts().system, tools);
 */
export async function countPromptTokens(systemPrompt: string, tools: readonly ToolDefinition[]): Promise<number> {
  const { Tiktoken } = await import('js-tiktoken/lite');
  const { default: cl100k } = await import('js-tiktoken/ranks/cl100k_base');
  const enc = new Tiktoken(cl100k);
  const schemas = toOllamaTools(tools).map((t) => JSON.stringify(t));
  return enc.encode(systemPrompt).length + schemas.reduce((sum, s) => sum + enc.encode(s).length, 0);
}
