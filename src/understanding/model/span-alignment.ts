/**
 * Training tags for the tagger, derived from the labelled calls: each item name, list name,
 * looked-up thing and preference value is found among the message's tokens and marked with its
 * span label. Names are written lower case without articles, quantities or units, plural as
 * said, so they are found word by word; a stated quantity or unit just before the name (or a
 * count such as "x2" after it) and a brand just before it join the item's span, so the span reads
 * as the user wrote the item ("2 gallons of milk"). A line whose names cannot all be found is not
 * used (the caller counts them).
 */
import { matchQuantityPrefix } from '../../grocery/quantity/index.js';
import { isBreak, ITEM_BREAK, tokenize } from '../engine/tokenizer.js';
import type { LabelledCall } from './intent-label.js';
import type { SpanLabel } from './span-labels.js';

/** One name to find: its label, its words, and whether a quantity, unit or brand was stated with it. */
interface Target {
  label: SpanLabel;
  words: string[];
  stated: boolean;
  brand?: string[];
}

/** Arguments that name a thing (ITEM) for each tool; `items` arrays are read separately. */
const THING_ARGS: Readonly<Record<string, string>> = {
  get_price: 'query', search_products: 'query', find_substitutes: 'name', track_price: 'name', stop_tracking: 'name',
  check_item: 'name', update_list_item: 'name', view_list: 'item', ingredients_for: 'dish',
};

const words = (text: string) => tokenize(text).filter((t) => !isBreak(t));

function targetsOf(calls: readonly LabelledCall[]): Target[] {
  const out: Target[] = [];
  const push = (label: SpanLabel, value: unknown, stated = false, brand?: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    out.push({ label, words: words(value), stated, ...(typeof brand === 'string' ? { brand: words(brand) } : {}) });
  };
  for (const { name, args } of calls) {
    for (const item of Array.isArray(args.items) ? args.items : []) {
      if (typeof item === 'string') push('ITEM', item);
      else if (item && typeof item === 'object') {
        const it = item as Record<string, unknown>;
        push('ITEM', it.name, it.quantity !== undefined || it.unit !== undefined, it.brand);
      }
    }
    const thing = THING_ARGS[name];
    if (thing) push('ITEM', args[thing]);
    if (name === 'create_list') push('LIST', args.name);
    else if (name === 'rename_list') push('NAME', args.name);
    push('LIST', args.list);
    if (name === 'remember_preference' || name === 'forget_preference') push('VALUE', args.value);
  }
  return out;
}

/** Bounded Levenshtein distance (stops counting past 2): typos in the text the label corrected. */
function closeEnough(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.replace(/'/g, '') === b.replace(/'/g, '')) return true;
  const shorter = Math.min(a.length, b.length);
  const allowed = shorter >= 8 ? 2 : shorter >= 4 ? 1 : 0;
  if (allowed === 0 || Math.abs(a.length - b.length) > allowed) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]! <= allowed;
}

/** The first place `phrase` stands in `tokens` on tokens no earlier span took. */
function find(tokens: readonly string[], phrase: readonly string[], taken: readonly boolean[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (taken[i + k] || !closeEnough(tokens[i + k]!, phrase[k]!)) continue outer;
    return i;
  }
  return -1;
}

/** Filler a quantity may leave before the name: "2 of the yogurts". */
const BETWEEN = new Set(['the', 'of', 'my']);

/** How many tokens before `start` read as a quantity ("2 gallons of", "a dozen"), or 0. */
function quantityBefore(tokens: readonly string[], start: number, taken: readonly boolean[]): number {
  for (let k = Math.min(8, start); k >= 1; k--) {
    if (taken.slice(start - k, start).some(Boolean)) continue;
    const slice = tokens.slice(start - k, start);
    // "3 x greek yogurt": a count written as multiplication.
    if (k === 2 && /^\d+$/.test(slice[0]!) && (slice[1] === 'x' || slice[1] === '*')) return k;
    const q = matchQuantityPrefix(slice);
    if (q && slice.slice(q.consumed).every((t) => BETWEEN.has(t))) return k;
  }
  return 0;
}

/** How many tokens after `end` give a count: "eggs x2", "apples 3 lbs", "eggs, 2 dozen". */
function quantityAfter(tokens: readonly string[], end: number): number {
  if (/^(?:x\d+(?:\.\d+)?|\d+x)$/.test(tokens[end] ?? '')) return 1;
  const comma = tokens[end] === ITEM_BREAK ? 1 : 0;
  for (let k = Math.min(3, tokens.length - end - comma); k >= 1; k--) {
    const slice = tokens.slice(end + comma, end + comma + k);
    if (slice.some(isBreak)) continue;
    if (matchQuantityPrefix(slice)?.consumed === k) return comma + k;
  }
  return 0;
}

/**
 * The BIO tags of a labelled line, or undefined when one of its names is not in the text.
 *
 * @example
 * alignTags(tokenize('add 2 gallons of milk to my costco list'), [{ name: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }], list: 'costco' } }])
 * // ['O', 'B-ITEM', 'I-ITEM', 'I-ITEM', 'I-ITEM', 'O', 'O', 'B-LIST', 'O']
 */
export function alignTags(tokens: readonly string[], calls: readonly LabelledCall[]): string[] | undefined {
  const tags = tokens.map(() => 'O');
  const taken = tokens.map(() => false);
  for (const target of targetsOf(calls)) {
    if (target.words.length === 0) return undefined;
    let start = find(tokens, target.words, taken);
    if (start < 0) return undefined;
    let end = start + target.words.length;
    if (target.brand && target.brand.length > 0) {
      const at = start - target.brand.length;
      if (at >= 0 && find(tokens, target.brand, taken, at) === at) start = at;
    }
    if (target.stated) {
      const before = quantityBefore(tokens, start, taken);
      if (before > 0) start -= before;
      else end += quantityAfter(tokens, end);
    }
    for (let i = start; i < end; i++) {
      tags[i] = i === start ? `B-${target.label}` : `I-${target.label}`;
      taken[i] = true;
    }
  }
  return tags;
}
