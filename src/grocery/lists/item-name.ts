/**
 * Item names compared the way people mean them: "Eggs", "egg" and " eggs " are one item,
 * "tomatoes" is "tomato", "berries" is "berry".
 */
import type { Product } from '../types.js';
import type { ListItem } from './types.js';

/** The singular-ish key of one word; only used to compare, never shown. */
export function singularKey(word: string): string {
  let w = word;
  if (/(?:ch|sh|x|ss|z)es$/.test(w)) w = w.slice(0, -2);
  else if (/oes$/.test(w)) w = w.slice(0, -2);
  else if (/ies$/.test(w)) w = w.slice(0, -1);
  else if (/[^su]s$/.test(w) && !/is$/.test(w)) w = w.slice(0, -1);
  // "cookies" -> "cookie" and "berries" -> "berrie" both end up as "...y".
  if (/ie$/.test(w) && w.length > 3) w = `${w.slice(0, -2)}y`;
  return w;
}

/**
 * The comparison key for an item name: lower case, punctuation and extra spaces gone, the last
 * word singular.
 *
 * @example
 * itemKey('Eggs') === itemKey('egg') // true
 */
export function itemKey(name: string): string {
  // Every lookup on a list compares against each line's key: each name is worked out once.
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= KEYS_KEPT) keys.clear();
    key = computeKey(name);
    keys.set(name, key);
  }
  return key;
}

/** Names whose keys are kept (item names are short, so about a megabyte at most). */
const KEYS_KEPT = 10_000;
const keys = new Map<string, string>();

function computeKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%&\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return '';
  words[words.length - 1] = singularKey(words[words.length - 1]!);
  return words.join(' ');
}

/** A name as stored on a line: trimmed, single-spaced, as the user wrote it. */
export function cleanItemName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Every word of a text as a comparison key: lower case, no punctuation, singular. */
export function wordKeys(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%&\s-]/gu, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(singularKey);
}

/** A line's words (its name and brand, its product's name and brand), kept per line and product: lines never change in place. */
const lineWords = new WeakMap<ListItem, { product: Product | undefined; words: Set<string> }>();

/** The words a line answers to: its name and brand, and its product's brand and name ("mozzarella" for "Great Value Shredded Mozzarella Cheese"). */
export function wordsOf(line: ListItem, product: Product | undefined): Set<string> {
  const known = lineWords.get(line);
  if (known && known.product === product) return known.words;
  const words = new Set(wordKeys(`${line.name} ${line.brand ?? ''} ${product?.brand ?? ''} ${product?.name ?? ''}`));
  lineWords.set(line, { product, words });
  return words;
}
