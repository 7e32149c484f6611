/**
 * A swap said in words ("swap the whole milk for 2%", "not the turkey, ground beef instead")
 * reads as a removal and an add, as the labelling standard writes it; the agent runs it as one
 * change, replace_list_item, so the new thing keeps the old one's amount and one undo takes the
 * whole swap back.
 */
import type { ToolCall } from '../tools/tool.js';
import type { UnderstandingResult } from './ports.js';

interface NamedItem {
  name?: unknown;
  [key: string]: unknown;
}

/** The understanding with each swap it marked as one replace_list_item call. */
export function withSwaps(understood: UnderstandingResult): UnderstandingResult {
  if (!understood.swaps?.length) return understood;
  const at = new Set(understood.swaps);
  const calls: ToolCall[] = [];
  for (let i = 0; i < understood.calls.length; i++) {
    const call = understood.calls[i]!;
    const next = understood.calls[i + 1];
    const removed = (call.args.items as NamedItem[] | undefined) ?? [];
    const added = (next?.args.items as NamedItem[] | undefined) ?? [];
    if (at.has(i) && next && removed.length === 1 && added.length === 1 && call.args.list === next.args.list) {
      calls.push({ name: 'replace_list_item', args: { name: removed[0]!.name, items: added, ...(call.args.list !== undefined ? { list: call.args.list } : {}) } });
      i++;
      continue;
    }
    calls.push(call);
  }
  return { ...understood, calls };
}
