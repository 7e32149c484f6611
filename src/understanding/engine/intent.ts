import type { ToolCall } from '../../tools/tool.js';
import { plausibleName, type ItemParse, type ParsedItem } from './items.js';
import type { Slots } from './patterns.js';
import type { VocabularyIndex } from './vocabulary.js';

/** What the understanding may use from earlier turns. */
export interface UnderstandingContext {
  /** What was last shown as numbered choices. */
  lastResults?: { productId: number; name: string; priceCents?: number }[];
  /** Items the previous turn touched. */
  lastItems?: { name: string; productId?: number | null; quantity?: number; unit?: string }[];
  activeList?: string;
  pending?: 'confirm' | 'clarify';
  /**
   * The line of this name on the list the conversation is about, as its amount, if there is one.
   * Asked only when a message restates or scales an amount ("eggs 18", "double the bananas"), so
   * the list is read only then.
   */
  onList?: (name: string) => { quantity: number; unit?: string | null } | undefined;
  /** The list's lines in the order they were added; read only for a place on it ("the first thing", "the last two items"). */
  lines?: () => { name: string; quantity: number; unit?: string | null }[];
}

/** What one clause turned into. */
export interface Outcome {
  calls: ToolCall[];
  /** 0..1, before penalties for typos and skipped words. */
  confidence: number;
  reply?: string;
  /** Buttons for a reply that asks which ("Which should be 5: chips or salsa?"): each value says the request in full. */
  choices?: { label: string; value: string }[];
  /** The calls are a swap: the removal and the add that takes its place, one change for the person. */
  swap?: boolean;
}

/** Everything an intent builder can read besides its slots. */
export interface IntentEnv {
  vocab: VocabularyIndex;
  /** The list the clause named ("my costco list" -> "costco"); undefined for the default list. */
  list?: string;
  /** True when the clause mentioned a list at all ("my list", "the party list"). */
  listMentioned: boolean;
  context: UnderstandingContext;
  /** The clause's tokens as the rule saw them. */
  tokens: readonly string[];
  items(tokens: readonly string[]): ItemParse;
}

/**
 * `env` for a rule reading `tokens`. Spelled out rather than spread: a rule is tried for every
 * clause, and spreading an object is many times slower than building one of a fixed shape.
 */
export function envFor(env: IntentEnv, tokens: readonly string[]): IntentEnv {
  return { vocab: env.vocab, list: env.list, listMentioned: env.listMentioned, context: env.context, tokens, items: env.items };
}

/** One intent of the grammar: the phrasings that say it and how they become tool calls. */
export interface IntentRule {
  name: string;
  patterns: readonly string[];
  /** Words the rule reads besides its patterns' literals, so typo correction leaves them alone. */
  words?: readonly string[];
  /**
   * Words one of which every clause the rule accepts holds (its builder declines the rest), so
   * a clause with none of them is passed over unmatched. Left out when any clause may do.
   */
  requires?: ReadonlySet<string>;
  /**
   * Returns undefined when the slots do not fit after all, so later rules get a chance. The
   * slots and env may be shared with the other rules tried on the clause: read them, never change them.
   */
  build(slots: Slots, env: IntentEnv): Outcome | undefined;
}

/** Confidence when every word was accounted for and every item is known to the catalog. */
export const SURE = 0.95;
/** Items the catalog does not know but whose names read as things ("blank cds", "sharpies"): the request was clear. */
export const PLAUSIBLE_ITEM = 0.85;
/** Items whose names hold words a thing's name does not ("fries on the shopping lisr"): asked about first. */
export const UNKNOWN_ITEM = 0.6;
/** A reference to an earlier turn with nothing to refer to. */
export const UNRESOLVED = 0.3;

/** A tool call, with the clause's list added when one was named. */
export function call(name: string, args: Record<string, unknown>, env: IntentEnv, listKey = 'list'): ToolCall {
  return { name, args: env.list !== undefined ? { ...args, [listKey]: env.list } : args };
}

/** An item as tool arguments: only the fields the user stated. */
export function itemArgs(item: ParsedItem, keep: readonly (keyof ParsedItem)[] = ['name', 'quantity', 'unit', 'brand', 'note']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keep) if (item[k] !== undefined) out[k] = item[k];
  return out;
}

/** Confidence for calls built from parsed items. */
export function itemConfidence(parse: ItemParse): number {
  if (parse.unknown > 0) return parse.items.every((i) => plausibleName(i.name)) ? PLAUSIBLE_ITEM : UNKNOWN_ITEM;
  return parse.splitByVocabulary ? 0.85 : SURE;
}

/** A clause's words as the intent rules are given them, and what the rules know about it. */
export interface RuleReading {
  rest: string[];
  env: IntentEnv;
  /** Read from inside a request wrapper ("can i ...", "i need you to ..."). */
  wrapped?: boolean;
}
