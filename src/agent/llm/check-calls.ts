import type { ToolCall, ToolDefinition } from '../../tools/tool.js';
import { stripIdentity } from '../execute-tool-call.js';
import type { ProposedCall } from './read-answer.js';

/**
 * The proposed calls that name a tool the model was offered and whose arguments pass that tool's
 * zod schema; the rest are dropped (and counted), never run and never put to the person.
 *
 * @example
 * checkCalls(answer.calls, offered) // { calls: [{ name: 'add_to_list', args: { items: [{ name: 'milk' }] } }], dropped: 0 }
 */
export function checkCalls(proposed: readonly ProposedCall[], offered: ReadonlyMap<string, ToolDefinition>): { calls: ToolCall[]; dropped: number } {
  const calls: ToolCall[] = [];
  for (const p of proposed) {
    const tool = offered.get(p.name);
    if (!tool || tool.internal || !p.args || typeof p.args !== 'object' || Array.isArray(p.args)) continue;
    const args = stripIdentity(p.args) as Record<string, unknown>;
    if (tool.input.safeParse(args).success) calls.push({ name: p.name, args });
  }
  return { calls, dropped: proposed.length - calls.length };
}
