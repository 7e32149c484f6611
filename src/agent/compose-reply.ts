import { mergeListDeltas } from '../grocery/lists/index.js';
import type { Choice } from '../grocery/views.js';
import { comparePrices } from '../tools/get-price.js';
import { DEMO_NOTE } from '../tools/product-text.js';
import type { ToolCall, ToolResult } from '../tools/tool.js';
import type { ConversationState } from './conversation/index.js';
import type { Reply } from './reply.js';

/** A call the turn ran, with what it returned. */
export interface ExecutedCall {
  call: ToolCall;
  result: ToolResult;
}

/** How long a question we asked stays open. */
export const PENDING_TTL_MS = 10 * 60 * 1000;

/** "(demo store prices)" after every price of a turn with several: said once, at the end. */
function onceEach(text: string): string {
  if (text.indexOf(DEMO_NOTE) === text.lastIndexOf(DEMO_NOTE)) return text;
  const lines = text.split('\n');
  const notes = lines.filter((l) => l === DEMO_NOTE).length;
  if (notes < 2) return text;
  return [...lines.filter((l) => l !== DEMO_NOTE), DEMO_NOTE].join('\n');
}

/**
 * Folds the results of a turn's calls into one reply: texts in order, the last choices, every
 * changed list, the last list view and price history. The text is only ever the tools' own: what
 * the person is told happened is what happened.
 */
export function composeReply(executed: readonly ExecutedCall[]): Reply {
  const prices = executed.filter((e) => e.call.name === 'get_price');
  const verdict = prices.length === executed.length ? comparePrices(prices.map((e) => e.result)) : undefined;
  const texts = [...executed.map((e) => e.result.text), verdict].filter(Boolean).join('\n');
  const reply: Reply = { text: onceEach(texts) };
  const changed = new Set<number>();
  for (const { result } of executed) {
    if (!result.ok) continue;
    if (result.choices?.length) reply.choices = result.choices;
    result.changedListIds?.forEach((id) => changed.add(id));
    foldList(reply, result.effects?.list, result.effects?.listChange);
    if (result.effects?.priceHistory) reply.priceHistory = result.effects.priceHistory;
  }
  if (changed.size) reply.changedListIds = [...changed];
  // What the turn did: failed calls (nothing to undo, an unknown list) changed nothing.
  const done = executed.filter((e) => e.result.ok);
  if (done.length) reply.calls = done.map((e) => ({ name: e.call.name, args: e.call.args }));
  return reply;
}

/**
 * The newest of what a turn showed or changed of a list: a whole list replaces an earlier change
 * to it and the other way round; two changes to one list are sent as one, and changes that do
 * not follow each other are not sent at all (listeners then read the whole list).
 */
function foldList(reply: Reply, list: Reply['list'], delta: Reply['listChange']): void {
  if (list) {
    reply.list = list;
    if (reply.listChange?.id === list.id) delete reply.listChange;
  }
  if (!delta) return;
  if (reply.list?.id === delta.id) delete reply.list;
  const merged = reply.listChange?.id === delta.id ? mergeListDeltas(reply.listChange, delta) : delta;
  if (merged) reply.listChange = merged;
  else delete reply.listChange;
}

/**
 * The conversation state after a turn: what was shown and touched replaces what was before,
 * and a question a tool asked becomes the pending question.
 */
export function nextState(state: ConversationState, executed: readonly ExecutedCall[], now: number): ConversationState {
  const next: ConversationState = { ...state, pending: undefined };
  for (const { result } of executed) {
    if (!result.ok || !result.effects) continue;
    const fx = result.effects;
    if (fx.shown?.length) next.lastResults = fx.shown;
    if (fx.touched?.length) next.lastItems = fx.touched;
    if (fx.activeList !== undefined) next.activeList = fx.activeList;
    if (fx.confirm) next.pending = { kind: 'confirm', ...fx.confirm, expiresAt: now + PENDING_TTL_MS };
    if (fx.clarify) {
      const choices: Choice[] = fx.clarify.options.map((o, i) => ({ label: `${i + 1}) ${o.name}`, value: String(i + 1) }));
      next.pending = { kind: 'clarify', ...fx.clarify, choices, expiresAt: now + PENDING_TTL_MS };
      next.lastResults = fx.clarify.options;
    }
  }
  return next;
}
