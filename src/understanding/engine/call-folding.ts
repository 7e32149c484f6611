/**
 * Calls of one message read together: the one thing just added, and a question about a thing
 * that a condition turns into adding it.
 */
import type { ToolCall } from '../../tools/tool.js';

/** The name of the one item an add_to_list call adds, if it adds exactly one. */
export function onlyAddedItem(call: ToolCall | undefined): string | undefined {
  if (call?.name !== 'add_to_list') return undefined;
  const items = (call.args as { items?: { name: string }[] }).items;
  return items?.length === 1 ? items[0]!.name : undefined;
}

/**
 * "is paprika on my list? if not, add it": the things asked about are added (adding merges with
 * what is there, so the answer to the question does not change what to do).
 */
export function addWhatWasAsked(calls: readonly ToolCall[]): ToolCall[] {
  const asked = calls.filter((c) => c.name === 'view_list' && typeof c.args.item === 'string');
  if (asked.length === 0) return [...calls];
  const list = asked[0]!.args.list;
  const add: ToolCall = { name: 'add_to_list', args: { items: asked.map((c) => ({ name: c.args.item })), ...(list !== undefined ? { list } : {}) } };
  return [...calls.filter((c) => !asked.includes(c)), add];
}
