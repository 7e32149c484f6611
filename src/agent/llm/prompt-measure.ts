/**
 * How many llama3 tokens a request costs, and how many of them Ollama can take from its prompt
 * cache. Ollama renders the chat with the model's template and keeps the KV cache of the last
 * prompt a slot read: a new prompt reuses it up to the first token that differs. So what matters
 * is the whole prompt as the template renders it, counted with llama3's own tokenizer (a 128k BPE,
 * not cl100k), and the longest token prefix that every request shares.
 *
 * Used by the benchmark, `grocery-agent eval --llm` and the tests; the tokenizer (llama3-tokenizer-js,
 * its vocabulary inside the package, nothing downloaded) is loaded on first use, never by the server.
 */
import type { OllamaTool } from './ollama-tools.js';

/** A message as Ollama's /api/chat takes it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  tool_calls?: { function: { name: string; arguments: Record<string, unknown> } }[];
}

const HEADER = (role: string) => `<|start_header_id|>${role}<|end_header_id|>`;
const EOT = '<|eot_id|>';

/**
 * The prompt Ollama builds from `messages` (and `tools`) with the stock llama3.2 template
 * (`ollama show llama3.2 --template`). Tools go into the last user message, after the history,
 * which is why offering tools natively leaves nothing past the system prompt to reuse.
 *
 * @example
 * renderLlama32([{ role: 'system', content: system }, { role: 'user', content: 'add milk' }])
 */
export function renderLlama32(messages: readonly ChatMessage[], tools: readonly OllamaTool[] = []): string {
  const collated = collate(messages);
  const system = collated.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  let out = `${HEADER('system')}\n\nCutting Knowledge Date: December 2023\n\n${system}`;
  if (tools.length) out += 'When you receive a tool call response, use the output to format an answer to the orginal user question.\n\nYou are a helpful assistant with tool calling capabilities.';
  out += EOT;
  collated.forEach((m, i) => {
    const last = i === collated.length - 1;
    if (m.role === 'user') {
      out += HEADER('user');
      if (tools.length && last) {
        out += '\n\nGiven the following functions, please respond with a JSON for a function call with its proper arguments that best answers the given prompt.\n\n';
        out += 'Respond in the format {"name": function name, "parameters": dictionary of argument name and its value}. Do not use variables.\n\n';
        out += tools.map((t) => `${JSON.stringify(t)}\n`).join('');
        out += `\n${m.content}${EOT}`;
      } else {
        out += `\n\n${m.content}${EOT}`;
      }
      if (last) out += `${HEADER('assistant')}\n\n`;
    } else if (m.role === 'assistant') {
      out += HEADER('assistant');
      out += m.tool_calls?.length
        ? `\n${m.tool_calls.map((c) => `\n{"name": "${c.function.name}", "parameters": ${JSON.stringify(c.function.arguments)}}`).join('')}`
        : `\n\n${m.content}`;
      if (!last) out += EOT;
    } else if (m.role === 'tool') {
      out += `${HEADER('ipython')}\n\n${m.content}${EOT}`;
      if (last) out += `${HEADER('assistant')}\n\n`;
    }
  });
  return out;
}

/** Ollama merges consecutive messages of the same role before rendering. */
function collate(messages: readonly ChatMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const m of messages) {
    const prev = out[out.length - 1];
    if (prev && prev.role === m.role && !prev.tool_calls && !m.tool_calls) out[out.length - 1] = { ...prev, content: `${prev.content}\n\n${m.content}` };
    else out.push(m);
  }
  return out;
}

type Encode = (text: string) => number[];
let encoder: Promise<Encode> | undefined;

/** The llama3 tokenizer's encoder (with the begin-of-text token, as llama.cpp adds it). */
export function llama3Encoder(): Promise<Encode> {
  encoder ??= import('llama3-tokenizer-js').then((m) => (text: string) => m.default.encode(text, { bos: true, eos: false }));
  return encoder;
}

/** llama3 tokens of a rendered prompt. */
export async function countLlama3Tokens(prompt: string): Promise<number> {
  return (await llama3Encoder())(prompt).length;
}

/**
 * Tokens every one of `prompts` starts with, token for token: what Ollama's prompt cache can
 * serve for each request after the first, whichever person or turn it is.
 */
export async function sharedPrefixTokens(prompts: readonly string[]): Promise<number> {
  const encode = await llama3Encoder();
  const encoded = prompts.map(encode);
  if (encoded.length === 0) return 0;
  let n = 0;
  const shortest = Math.min(...encoded.map((e) => e.length));
  while (n < shortest && encoded.every((e) => e[n] === encoded[0]![n])) n++;
  return n;
}
