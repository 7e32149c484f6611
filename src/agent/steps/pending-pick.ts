import type { ToolCall } from '../../tools/tool.js';
import * as canned from '../canned-replies.js';
import type { PendingQuestion } from '../conversation/index.js';
import { pickOption } from '../pick-option.js';
import type { Step } from '../turn-context.js';

/** A message that is only a number: "2", "#3". */
const BARE_NUMBER = /^#?\d{1,2}$/;

/**
 * An answer to "which one?" ("2", "the organic one") finishes the call that asked; a bare number
 * after numbered search results or deals puts that product on the list.
 */
export const pendingPick: Step = (turn) => {
  const state = turn.state!;
  if (state.pending?.kind === 'clarify') {
    const picked = pickOption(turn.text, state.pending.options);
    if (picked !== undefined) turn.plan = { kind: 'run', calls: [applyPick(state.pending, picked)], source: 'offline', mindClarify: true };
    return;
  }
  if (!BARE_NUMBER.test(turn.text)) return;
  const n = Number(turn.text.replace('#', ''));
  const shown = state.offered !== undefined && n >= 1 && n <= state.offered ? state.lastResults?.[n - 1] : undefined;
  turn.plan = shown
    ? { kind: 'run', calls: [{ name: 'add_to_list', args: { items: [{ name: shown.name, productId: shown.productId }] } }], source: 'offline', mindClarify: true }
    : { kind: 'say', reply: { text: canned.NOTHING_PENDING_TEXT, source: 'offline' } };
};

function applyPick(pending: Extract<PendingQuestion, { kind: 'clarify' }>, index: number): ToolCall {
  const option = pending.options[index]!;
  const args = structuredClone(pending.call.args) as Record<string, unknown>;
  if ('itemIndex' in pending.slot) {
    const items = (args.items as Record<string, unknown>[] | undefined) ?? [];
    if (items[pending.slot.itemIndex]) items[pending.slot.itemIndex] = { ...items[pending.slot.itemIndex], productId: option.productId };
  } else {
    args.productId = option.productId;
  }
  return { name: pending.call.name, args };
}
