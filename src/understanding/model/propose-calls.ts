/**
 * An intent and the tagger's spans turned into tool calls. A single-tool intent gets every ITEM
 * span; a compound one ("remove_from_list+add_to_list") shares them out in the order said,
 * cutting the run of spans where the words between two of them are most ("take off the eggs and
 * milk and put bagels on" -> eggs, milk | bagels). Acts and `none` are no calls.
 */
import type { ToolCall } from '../../tools/tool.js';
import type { VocabularyIndex } from '../engine/vocabulary.js';
import { buildCall } from './call-builders.js';
import { partsOf, type IntentPart } from './intent-label.js';
import type { Span } from './span-labels.js';

/** Tools whose arguments come from ITEM spans. */
const ITEM_TOOLS = new Set(['add_to_list', 'remove_from_list', 'update_list_item', 'check_item', 'get_price', 'search_products', 'find_substitutes',
  'track_price', 'stop_tracking', 'match_deals', 'ingredients_for']);

/** Splits `spans` (in order) into `k` runs, cutting at the k-1 widest gaps between neighbours. */
function shareOut(spans: readonly Span[], k: number): Span[][] | undefined {
  if (k <= 1) return [[...spans]];
  if (spans.length < k) return undefined;
  const gaps = spans.slice(1).map((s, i) => ({ at: i + 1, width: s.start - spans[i]!.end }));
  const cuts = gaps.sort((a, b) => b.width - a.width || a.at - b.at).slice(0, k - 1).map((g) => g.at).sort((a, b) => a - b);
  return [0, ...cuts].map((from, j) => spans.slice(from, cuts[j] ?? spans.length));
}

/**
 * The calls (and act) an intent asks for, read from the spans; undefined when the message does
 * not give what one of its tools needs.
 *
 * @example
 * proposeCalls('add_to_list', ['add', 'milk'], [{ label: 'ITEM', start: 1, end: 2, text: 'milk' }], vocab)
 * // { calls: [{ name: 'add_to_list', args: { items: [{ name: 'milk' }] } }] }
 */
export function proposeCalls(intent: string, tokens: readonly string[], spans: readonly Span[], vocab: VocabularyIndex): { calls: ToolCall[]; act?: string } | undefined {
  if (intent === 'none') return { calls: [] };
  if (intent.startsWith('act:')) return { calls: [], act: intent.slice(4) };
  const parts = partsOf(intent);
  const takes = (p: IntentPart) => ITEM_TOOLS.has(p.tool) || (p.tool === 'view_list' && p.variant === 'item');
  const groups = shareOut(spans.filter((s) => s.label === 'ITEM'), parts.filter(takes).length);
  if (!groups) return undefined;
  const calls: ToolCall[] = [];
  let next = 0;
  for (const part of parts) {
    const call = buildCall(part.tool, { tokens, items: takes(part) ? groups[next++]! : [], spans, vocab, ...(part.variant ? { variant: part.variant } : {}) });
    if (!call) return undefined;
    calls.push(call);
  }
  return { calls };
}
