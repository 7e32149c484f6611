import { AIMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import type { Logger } from '../../logger.js';
import type { ToolContext, ToolDefinition, ToolResult } from '../../tools/tool.js';
import { executeToolCall } from '../execute-tool-call.js';

/** A chat model with our tools bound: the one thing the loop needs from LangChain. */
export interface ToolCallingModel {
  invoke(messages: BaseMessage[], options: { signal: AbortSignal }): Promise<AIMessage>;
}

/** A tool call the loop ran, with what the tool answered. */
export interface ExecutedCall {
  name: string;
  args: unknown;
  result: ToolResult;
}

/** How the loop ended. Failures to reach the model are thrown, not returned. */
export type ToolLoopResult =
  | { ok: true; text: string; calls: ExecutedCall[] }
  | { ok: false; reason: 'step_limit' | 'error'; calls: ExecutedCall[] };

/** What one run of the loop works with. */
export interface ToolLoopInput {
  model: ToolCallingModel;
  tools: ReadonlyMap<string, ToolDefinition>;
  /** System prompt, history and the new user message. Tool turns are appended as the loop goes. */
  messages: BaseMessage[];
  /** The turn's context; its `signal` bounds every tool call. */
  ctx: ToolContext;
  signal: AbortSignal;
  /** Most model calls in one run. */
  maxSteps: number;
  logger?: Logger;
}

/** Codes from executeToolCall that mean the model itself got the call wrong. */
const MALFORMED = new Set(['INVALID_ARGUMENTS', 'UNKNOWN_TOOL']);

/**
 * The tool-calling loop: ask the model, run the tools it asks for, feed the results back, until
 * it answers in text or `maxSteps` model calls are used up. A call with an unknown tool or
 * arguments that fail the tool's schema is sent back to the model as a tool message naming the
 * problem, once per run; a second malformed call ends the run with reason 'error', because a
 * small model that misses twice rarely gets it on the third try and the router has a fallback.
 *
 * @example
 * const result = await runToolLoop({ model, tools, messages, ctx, signal, maxSteps: 4 });
 */
export async function runToolLoop(input: ToolLoopInput): Promise<ToolLoopResult> {
  const { model, tools, messages, signal, logger } = input;
  const ctx: ToolContext = { ...input.ctx, signal };
  const calls: ExecutedCall[] = [];
  let repairsLeft = 1;

  for (let step = 0; step < input.maxSteps; step++) {
    const answer = await model.invoke(messages, { signal });
    messages.push(answer);
    const requested = [
      ...(answer.tool_calls ?? []).map((c) => ({ id: c.id ?? '', name: c.name, args: c.args as Record<string, unknown> })),
      // Arguments that were not even JSON: treated as a malformed call with no arguments to fix.
      ...(answer.invalid_tool_calls ?? []).map((c) => ({ id: c.id ?? '', name: c.name ?? '', args: undefined })),
    ];
    if (requested.length === 0) return { ok: true, text: textOf(answer), calls };

    let malformedThisStep = false;
    for (const call of requested) {
      const result =
        call.args === undefined
          ? malformedJson()
          : await executeToolCall(tools, { name: call.name, args: call.args }, ctx, logger);
      if (!result.ok && MALFORMED.has(result.error.code)) {
        logger?.info({ tool: call.name, problem: result.error.message, repairsLeft }, 'llm made a malformed tool call');
        if (repairsLeft === 0) return { ok: false, reason: 'error', calls };
        malformedThisStep = true;
        messages.push(new ToolMessage({ tool_call_id: call.id, name: call.name, content: `${result.error.message} Fix the call and try again.` }));
        continue;
      }
      calls.push({ name: call.name, args: call.args, result });
      messages.push(new ToolMessage({ tool_call_id: call.id, name: call.name, content: toolMessageText(result) }));
    }
    if (malformedThisStep) repairsLeft -= 1;
  }
  return { ok: false, reason: 'step_limit', calls };
}

/** What the model reads back from a tool: its own words, or the error with its code. */
function toolMessageText(result: ToolResult): string {
  return result.ok ? result.text : `Error ${result.error.code}: ${result.error.message}`;
}

function malformedJson(): ToolResult {
  const message = 'The arguments were not valid JSON.';
  return { ok: false, error: { code: 'INVALID_ARGUMENTS', message }, text: message };
}

function textOf(message: AIMessage): string {
  if (typeof message.content === 'string') return message.content.trim();
  return message.content
    .map((part) => (typeof part === 'string' ? part : part.type === 'text' ? String(part.text) : ''))
    .join('')
    .trim();
}
