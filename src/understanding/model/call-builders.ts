/**
 * How each tool's arguments are read from the tagger's spans, per docs/understanding.md: items
 * from ITEM spans (read by the grammar's item parser, which splits off quantities, units and
 * brands), a list from a LIST span, and the few amounts a tool needs (a new quantity, a target
 * price, a budget) from the words around. A builder returns undefined when the message does not
 * give what the tool needs, or gives more than its schema allows: the model then proposes
 * nothing rather than a call that would fail.
 */
import { matchQuantityPrefix } from '../../grocery/quantity/index.js';
import { readShareCode } from '../../grocery/lists/index.js';
import type { ToolCall } from '../../tools/tool.js';
import { parseItems, type ParsedItem } from '../engine/items.js';
import { NEVER_ENDS_A_NAME } from '../lexicon/index.js';
import { matchMoney, PERIOD_WORDS } from '../engine/money.js';
import { searchFilters } from '../intents/support/search.js';
import { isBreak } from '../engine/tokenizer.js';
import type { VocabularyIndex } from '../engine/vocabulary.js';
import type { Span } from './span-labels.js';

/** What a builder reads: the message's tokens, the spans it may use, and the catalog's words. */
export interface BuildInput {
  tokens: readonly string[];
  /** The ITEM spans this call may use (a compound's calls share them out). */
  items: readonly Span[];
  spans: readonly Span[];
  vocab: VocabularyIndex;
  /** The intent's variant for this tool: `item` for view_list, a preference's kind. */
  variant?: string;
}

type Args = Record<string, unknown>;
type Builder = (input: BuildInput) => Args | undefined;

/** The schemas' limits (src/tools): names up to 120 characters, lists 60, dishes 80, values 100, 50 items a call. */
const MAX_NAME = 120;
const MAX_LIST = 60;
const MAX_DISH = 80;
const MAX_VALUE = 100;
const MAX_ITEMS = 50;
/** How far around a span the words that qualify it (a price, a new amount) are looked for. */
const WINDOW = 12;

/** No item is named in more words than this; a longer ITEM span is a tagging slip, not an item. */
const MAX_SPAN_TOKENS = 16;

/** The items an ITEM span names, none when it names none (or is too long to be one). */
function itemsOf(span: Span, input: BuildInput): ParsedItem[] {
  if (span.end - span.start > MAX_SPAN_TOKENS) return [];
  // "some tortillas would be good": a span that took the verb after the thing with it ends before it.
  let end = span.end;
  while (end - span.start > 1 && NEVER_ENDS_A_NAME.has(input.tokens[end - 1]!)) end--;
  return parseItems(input.tokens.slice(span.start, end), input.vocab).items;
}

/** The first span with this label, as plain words. */
function spanText(input: BuildInput, label: Span['label']): string | undefined {
  const span = input.spans.find((s) => s.label === label);
  return span ? span.text.replace(/\s*[,.]\s*/g, ' ').trim() || undefined : undefined;
}

function withList(args: Args, input: BuildInput): Args | undefined {
  const list = spanText(input, 'LIST');
  if (list === undefined) return args;
  return list.length <= MAX_LIST ? { ...args, list } : undefined;
}

/** The name of the first item span, read as an item (articles and quantities dropped). */
function thing(input: BuildInput, max = MAX_NAME): string | undefined {
  const span = input.items[0];
  const name = span ? itemsOf(span, input)[0]?.name : undefined;
  return name !== undefined && name.length <= max ? name : undefined;
}

function itemList(input: BuildInput): Args[] | undefined {
  const perSpan = input.items.map((s) => itemsOf(s, input));
  if (perSpan.some((items) => items.length === 0)) return undefined;
  const items = perSpan.flat().map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)));
  if (items.length === 0 || items.length > MAX_ITEMS || items.some((i) => String(i.name).length > MAX_NAME)) return undefined;
  return items;
}

/**
 * The new amount of an item: a quantity said right before it ("make it 3 avocados not 2"), else
 * the first one after it ("change the milk to 3 gallons"), else one before it further back.
 */
function newAmount(input: BuildInput): { quantity: number; unit?: string } | undefined {
  const span = input.items[0];
  if (!span) return undefined;
  const inside = itemsOf(span, input)[0];
  if (inside?.quantity !== undefined) return amountOf(inside.quantity, inside.unit);
  const { tokens } = input;
  for (let k = Math.min(6, span.start); k >= 1; k--) {
    const q = matchQuantityPrefix(tokens.slice(span.start - k, span.start));
    if (q && q.consumed === k && !['a', 'an'].includes(tokens[span.start - k]!)) return amountOf(q.quantity.amount, q.quantity.unit);
  }
  const around = [...range(span.end, Math.min(tokens.length, span.end + WINDOW)), ...range(Math.max(0, span.start - WINDOW), span.start)];
  for (const i of around) {
    if (isBreak(tokens[i]) || tokens[i] === 'a' || tokens[i] === 'an') continue;
    const q = matchQuantityPrefix(tokens.slice(i, i + WINDOW));
    if (q) return amountOf(q.quantity.amount, q.quantity.unit);
  }
  return undefined;
}

function amountOf(quantity: number, unit?: string): { quantity: number; unit?: string } | undefined {
  return quantity > 0 && quantity <= 10_000 ? { quantity, ...(unit ? { unit } : {}) } : undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** Words after which a number is a price to wait for ("drops below 8", "hits 5"). */
const PRICE_LEADS = new Set(['below', 'under', 'to', 'hits', 'reaches', 'than', 'at', 'beneath']);

/** The price a tracker waits for: money said as money, or a number after "below", "under", "to". */
function targetPrice(input: BuildInput): number | undefined {
  const { tokens } = input;
  const inItem = (i: number) => input.items.some((s) => i >= s.start && i < s.end);
  for (let i = 0; i < tokens.length; i++) {
    if (inItem(i)) continue;
    const m = matchMoney(tokens, i);
    if (m && (m.explicit || PRICE_LEADS.has(tokens[i - 1] ?? ''))) return m.dollars;
  }
  return undefined;
}

/** Filters of a search ("under $5", "cheapest") read from the words around its query. */
function searchArgs(input: BuildInput): Args {
  const span = input.items[0];
  if (!span) return {};
  const { tokens } = input;
  const before = searchFilters(tokens.slice(Math.max(0, span.start - WINDOW), span.start)).args;
  const after = searchFilters(tokens.slice(span.end, span.end + WINDOW)).args;
  return { ...before, ...after };
}

/** A share code anywhere in the message: one token ("KD8F4J") or two ("kd8 f4j"). */
function shareCode(tokens: readonly string[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const code = readShareCode(tokens[i]!) ?? (tokens[i + 1] ? readShareCode(`${tokens[i]}${tokens[i + 1]}`) : undefined);
    if (code && /\d/.test(code) && /[A-Z]/.test(code)) return code;
  }
  return undefined;
}

function budget(tokens: readonly string[]): Args | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const m = matchMoney(tokens, i, 'budget');
    if (!m || m.dollars <= 0 || m.dollars > 100_000) continue;
    const period = tokens.slice(i + m.length, i + m.length + 3).map((t) => PERIOD_WORDS[t]).find(Boolean);
    return { amount: m.dollars, ...(period ? { period } : {}) };
  }
  return undefined;
}

const listOnly: Builder = (input) => withList({}, input);
const named = (key: string, max = MAX_NAME): Builder => (input) => {
  const name = thing(input, max);
  return name === undefined ? undefined : withList({ [key]: name }, input);
};

/** The builder of each tool the model proposes. */
const BUILDERS: Readonly<Record<string, Builder>> = {
  add_to_list: (input) => {
    const items = itemList(input);
    return items && withList({ items }, input);
  },
  remove_from_list: (input) => {
    const items = itemList(input);
    return items && withList({ items }, input);
  },
  update_list_item: (input) => {
    const name = thing(input);
    const amount = newAmount(input);
    return name === undefined || amount === undefined ? undefined : withList({ name, ...amount }, input);
  },
  view_list: (input) => (input.variant === 'item' ? named('item')(input) : listOnly(input)),
  clear_list: listOnly,
  list_total: listOnly,
  share_list: listOnly,
  export_list: listOnly,
  remove_checked: listOnly,
  leave_list: listOnly,
  what_you_know: () => ({}),
  create_list: (input) => {
    const name = spanText(input, 'LIST');
    return name !== undefined && name.length <= MAX_LIST ? { name } : undefined;
  },
  delete_list: (input) => {
    const list = spanText(input, 'LIST');
    return list !== undefined && list.length <= MAX_LIST ? { list } : undefined;
  },
  rename_list: (input) => {
    const name = spanText(input, 'NAME');
    return name !== undefined && name.length <= MAX_LIST ? withList({ name }, input) : undefined;
  },
  check_item: named('name'),
  get_price: (input) => {
    const query = thing(input);
    return query === undefined ? undefined : { query };
  },
  search_products: (input) => {
    const query = thing(input);
    return query === undefined ? undefined : { query, ...searchArgs(input) };
  },
  find_substitutes: (input) => {
    const name = thing(input);
    return name === undefined ? undefined : { name };
  },
  track_price: (input) => {
    const name = thing(input);
    const price = targetPrice(input);
    return name === undefined ? undefined : { name, ...(price !== undefined ? { targetPrice: price } : {}) };
  },
  stop_tracking: (input) => {
    const name = thing(input);
    return name === undefined ? undefined : { name };
  },
  match_deals: (input) => {
    const perSpan = input.items.map((s) => itemsOf(s, input).map((i) => i.name));
    if (perSpan.some((n) => n.length === 0)) return undefined;
    const names = perSpan.flat();
    if (names.length > 30 || names.some((n) => n.length > MAX_NAME)) return undefined;
    return withList(names.length > 0 ? { items: names } : {}, input);
  },
  ingredients_for: named('dish', MAX_DISH),
  set_budget: (input) => budget(input.tokens),
  join_list: (input) => {
    const code = shareCode(input.tokens);
    return code === undefined ? undefined : { code };
  },
  remember_preference: (input) => {
    const value = spanText(input, 'VALUE');
    if (input.variant === undefined || value === undefined || value.length > MAX_VALUE) return undefined;
    // A brand or store the catalog knows, spelled as it spells it ("great value" -> "Great Value").
    const known = input.variant === 'brand' || input.variant === 'store' ? input.vocab.brandNamed(value) : undefined;
    return { kind: input.variant, value: known ?? value };
  },
  forget_preference: (input) => {
    const value = spanText(input, 'VALUE');
    return value !== undefined && value.length <= MAX_VALUE ? { value } : undefined;
  },
};

/** The tools the model can propose calls for. */
export const PROPOSABLE_TOOLS: readonly string[] = Object.keys(BUILDERS).sort();

/** The call of `tool` read from the input, or undefined when it cannot be built. */
export function buildCall(tool: string, input: BuildInput): ToolCall | undefined {
  const args = BUILDERS[tool]?.(input);
  return args === undefined ? undefined : { name: tool, args };
}
