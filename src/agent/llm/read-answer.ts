import type { AIMessage } from '@langchain/core/messages';

/** A call as the model wrote it, before it is checked against the tools. */
export interface ProposedCall {
  name: string;
  args: unknown;
}

/** What the model's answer says, read as leniently as it can be without guessing. */
export type ModelAnswer =
  | { ok: true; calls: ProposedCall[]; say: string }
  | { ok: false; reason: 'empty' | 'unparseable' };

/**
 * The JSON schema passed as Ollama's `format`: Ollama constrains the model's sampling to it, so a
 * real Ollama always answers `{"calls":[...],"say":"..."}`. It never enters the prompt, so it
 * costs no tokens and does not change the cached prefix.
 *
 * @example
 * new ChatOllama({ ..., format: answerFormat(['add_to_list', 'view_list']) })
 */
export function answerFormat(toolNames: readonly string[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: {
      calls: {
        type: 'array',
        items: { type: 'object', properties: { tool: { type: 'string', enum: [...toolNames] }, args: { type: 'object' } }, required: ['tool', 'args'] },
      },
      say: { type: 'string' },
    },
    required: ['calls', 'say'],
  };
}

/**
 * Reads the model's answer: the structured JSON the format asks for; native tool calls (a runtime
 * that ignores `format`, or a model that answers with `message.tool_calls`); or a call written as
 * text, llama3.2's own `{"name": ..., "parameters": ...}`, with prose around it, which is dropped.
 * Plain text without braces is words only. An empty answer, or braces that hold no call, are not
 * read at all: the turn falls back to what the offline path decided.
 *
 * @example
 * readAnswer(await model.invoke(messages)) // { ok: true, calls: [{ name: 'view_list', args: {} }], say: '' }
 */
export function readAnswer(message: Pick<AIMessage, 'content' | 'tool_calls'>): ModelAnswer {
  const text = textOf(message.content);
  if (message.tool_calls?.length) return { ok: true, calls: message.tool_calls.map((c) => ({ name: c.name, args: c.args })), say: text };
  if (!text) return { ok: false, reason: 'empty' };
  const whole = parseJson(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  if (whole !== undefined) return fromJson(whole) ?? { ok: false, reason: 'unparseable' };
  const start = text.indexOf('{');
  if (start < 0) return { ok: true, calls: [], say: text };
  for (let end = text.lastIndexOf('}'); end > start; end = text.lastIndexOf('}', end - 1)) {
    const inner = parseJson(text.slice(start, end + 1));
    const read = inner === undefined ? undefined : fromJson(inner);
    // Prose around a call is the model talking about what it is about to do: only the call counts.
    if (read?.ok && read.calls.length) return { ok: true, calls: read.calls, say: '' };
  }
  return { ok: false, reason: 'unparseable' };
}

function fromJson(value: unknown): ModelAnswer | undefined {
  if (Array.isArray(value)) {
    const calls = value.map(asCall);
    return calls.every(Boolean) ? { ok: true, calls: calls as ProposedCall[], say: '' } : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.calls)) {
    const calls = v.calls.map(asCall);
    if (!calls.every(Boolean)) return undefined;
    return { ok: true, calls: calls as ProposedCall[], say: typeof v.say === 'string' ? v.say.trim() : '' };
  }
  const one = asCall(v);
  return one ? { ok: true, calls: [one], say: '' } : undefined;
}

/** `{"tool": ..., "args": ...}` as asked, or llama3.2's `{"name": ..., "parameters": ...}`, or OpenAI's `arguments`. */
function asCall(value: unknown): ProposedCall | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const name = typeof v.tool === 'string' ? v.tool : typeof v.name === 'string' ? v.name : undefined;
  const args = v.args ?? v.parameters ?? v.arguments;
  if (!name || (args !== undefined && (typeof args !== 'object' || args === null))) return undefined;
  return { name, args: args ?? {} };
}

function parseJson(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

function textOf(content: AIMessage['content']): string {
  if (typeof content === 'string') return content.trim();
  return content
    .map((part) => (typeof part === 'string' ? part : part.type === 'text' ? String(part.text) : ''))
    .join('')
    .trim();
}
