/**
 * What the offline path does with what the understanding made of a message: run it, ask first,
 * or only answer. Nothing is written to a list on a guess: a change the understanding is not
 * sure of is put to the person as a question with buttons ("Add carrots to your list?" [Yes]
 * [No]), and runs only on "yes". Looking things up writes nothing, so an unsure lookup just runs.
 * The agent and `grocery-agent nlu` share this, so the command shows what the product would do.
 */
import { formatQuantity, quantityOf } from '../grocery/quantity/index.js';
import type { Choice } from '../grocery/views.js';
import type { ToolCall } from '../tools/tool.js';
import type { UnderstandingResult } from './ports.js';

/** What the offline path does with one understanding. */
export type OfflineDecision =
  | { kind: 'run'; calls: ToolCall[] }
  | { kind: 'ask'; calls: ToolCall[]; prompt: string; choices: Choice[] }
  | { kind: 'reply' };

/** Where the offline path stops trusting itself. */
export interface DecisionThresholds {
  /** At or above: calls run as understood. */
  threshold: number;
  /** Below the threshold but at or above this: lookups run, changes are asked about first. Below: not understood. */
  floor: number;
}

/** The thresholds the agent uses unless told otherwise. */
export const DEFAULT_THRESHOLDS: DecisionThresholds = { threshold: 0.75, floor: 0.4 };

/**
 * Tools that change what a person has. clear_list and delete_list ask for confirmation
 * themselves, and ingredients_for only offers, so they are not in it.
 */
const CHANGES: ReadonlySet<string> = new Set([
  'add_to_list', 'remove_from_list', 'update_list_item', 'replace_list_item', 'create_list', 'rename_list', 'set_budget', 'track_price', 'stop_tracking',
  'remember_preference', 'forget_preference', 'share_list', 'join_list', 'leave_list', 'check_item', 'remove_checked',
]);

/** True when running `call` would change something the person has without asking them first. */
export function changesSomething(call: ToolCall): boolean {
  return CHANGES.has(call.name);
}

/** The buttons of a question the offline path asks. */
export const ASK_CHOICES: Choice[] = [
  { label: 'Yes', value: 'yes' },
  { label: 'No', value: 'no' },
];

/**
 * Decides what to do with an understanding.
 *
 * @example
 * decideOffline({ calls: [{ name: 'add_to_list', args: { items: [{ name: 'carrots' }] } }], confidence: 0.6 })
 * // { kind: 'ask', calls: [...], prompt: 'Add carrots to your list?', choices: ASK_CHOICES }
 */
export function decideOffline(understood: UnderstandingResult, t: DecisionThresholds = DEFAULT_THRESHOLDS): OfflineDecision {
  const calls = understood.calls;
  if (calls.length === 0) return { kind: 'reply' };
  if (understood.confidence >= t.threshold) return { kind: 'run', calls };
  if (understood.confidence < t.floor) return { kind: 'reply' };
  if (!calls.some(changesSomething)) return { kind: 'run', calls };
  return { kind: 'ask', calls, prompt: askPrompt(calls), choices: ASK_CHOICES };
}

/** The question that puts `calls` to the person: "Take bread off your list and add milk?". */
export function askPrompt(calls: readonly ToolCall[]): string {
  const parts = calls.map(describeCall);
  const sentence = parts.map((p, i) => (i === 0 ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(', then ');
  return `${sentence}?`;
}

interface ItemArg {
  name?: unknown;
  quantity?: unknown;
  unit?: unknown;
}

/** "2 cans tuna", "1 tub margarine", "3 apples": as the list says amounts, units in the plural when more than one. */
function itemText(item: ItemArg): string {
  const amount = typeof item.quantity === 'number' ? `${formatQuantity(quantityOf(item.quantity, typeof item.unit === 'string' ? item.unit : undefined))} ` : '';
  return `${amount}${String(item.name ?? 'that')}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'that';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function listText(args: Record<string, unknown>): string {
  return typeof args.list === 'string' ? `your ${args.list} list` : 'your list';
}

/** One call in words, as a request the person can say yes to. */
function describeCall(call: ToolCall): string {
  const a = call.args;
  const items = Array.isArray(a.items) ? joinNames((a.items as ItemArg[]).map(itemText)) : undefined;
  switch (call.name) {
    case 'add_to_list':
      return `Add ${items} to ${listText(a)}`;
    case 'remove_from_list':
      return `Take ${items} off ${listText(a)}`;
    case 'replace_list_item':
      return `Swap ${String(a.name)} for ${items} on ${listText(a)}`;
    case 'update_list_item':
      return typeof a.quantity === 'number' ? `Change ${String(a.name)} to ${itemText({ name: '', quantity: a.quantity, unit: a.unit }).trim()}` : `Change ${String(a.name)} on ${listText(a)}`;
    case 'check_item':
      return a.checked === false ? `Uncheck ${String(a.name)}` : `Check off ${String(a.name)}`;
    case 'remove_checked':
      return `Take the checked-off items off ${listText(a)}`;
    case 'create_list':
      return `Make a new list called ${String(a.name)}`;
    case 'rename_list':
      return `Rename ${listText(a)} to ${String(a.name)}`;
    case 'set_budget':
      return `Set your budget to $${String(a.amount)}${typeof a.period === 'string' ? ` a ${a.period}` : ''}`;
    case 'track_price':
      return `Watch the price of ${String(a.name ?? 'that')}${typeof a.targetPrice === 'number' ? ` and tell you when it is under $${a.targetPrice}` : ''}`;
    case 'stop_tracking':
      return `Stop watching ${String(a.name ?? 'that')}`;
    case 'remember_preference':
      return `Remember ${preferenceText(String(a.kind), String(a.value))}`;
    case 'forget_preference':
      return `Forget ${String(a.value)}`;
    case 'share_list':
      return `Share ${listText(a)}`;
    case 'join_list':
      return `Join the list with code ${String(a.code)}`;
    case 'leave_list':
      return `Leave ${listText(a)}`;
    default:
      return `Do ${call.name.replace(/_/g, ' ')}`;
  }
}

function preferenceText(kind: string, value: string): string {
  switch (kind) {
    case 'likes':
      return `that you like ${value}`;
    case 'dislikes':
      return `that you don't like ${value}`;
    case 'diet':
      return `that you eat ${value}`;
    case 'allergy':
      return `that you're allergic to ${value}`;
    case 'brand':
      return `that you like ${value}`;
    case 'store':
      return `that you shop at ${value}`;
    default:
      return value;
  }
}
