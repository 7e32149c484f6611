/**
 * A long list's lines by name key, by product and by the last word of their name, so a lookup
 * ("is milk on my list?", the line an add merges with) reads the few lines it is about. A list's
 * lines are never changed in place: each change makes a new array, and the index of the array
 * before is carried over to the one after, changed only where the lines changed.
 */
import { itemKey } from './item-name.js';
import type { ListItem } from './types.js';

/** Lists this long are looked up through an index instead of read line by line. */
export const INDEXED_FROM = 16;

interface LineIndex {
  byKey: Map<string, ListItem[]>;
  byProduct: Map<number, ListItem[]>;
  byLastWord: Map<string, ListItem[]>;
}

/** Each state of a list (its array of lines) and its index; the arrays inside are never handed out. */
const indexes = new WeakMap<readonly ListItem[], LineIndex>();

/** Display order: position, then id (what the store's `list_items_order` index hands over). */
export function inListOrder(a: ListItem, b: ListItem): number {
  return a.position - b.position || a.id - b.id;
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

function put<K>(map: Map<K, ListItem[]>, k: K, line: ListItem): void {
  const at = map.get(k);
  if (!at) return void map.set(k, [line]);
  // Nearly always the end: new lines go last, and a changed line keeps its place.
  let i = at.length;
  while (i > 0 && inListOrder(at[i - 1]!, line) > 0) i--;
  at.splice(i, 0, line);
}

function take<K>(map: Map<K, ListItem[]>, k: K, line: ListItem): void {
  const at = map.get(k);
  const i = at ? at.indexOf(line) : -1;
  if (i < 0) return;
  if (at!.length === 1) map.delete(k);
  else at!.splice(i, 1);
}

function enter(index: LineIndex, line: ListItem): void {
  const key = itemKey(line.name);
  put(index.byKey, key, line);
  put(index.byLastWord, lastWord(key), line);
  if (line.productId !== null) put(index.byProduct, line.productId, line);
}

function leave(index: LineIndex, line: ListItem): void {
  const key = itemKey(line.name);
  take(index.byKey, key, line);
  take(index.byLastWord, lastWord(key), line);
  if (line.productId !== null) take(index.byProduct, line.productId, line);
}

function indexOf(lines: readonly ListItem[]): LineIndex {
  let index = indexes.get(lines);
  if (index) return index;
  index = { byKey: new Map(), byProduct: new Map(), byLastWord: new Map() };
  for (const line of lines) enter(index, line);
  indexes.set(lines, index);
  return index;
}

/**
 * Moves the index of `from` (if it has one) to `to`, the lines after a change that took `gone`
 * off and put `come` on (a changed line is both). `from` is looked up from scratch afterwards.
 */
export function carryIndex(from: readonly ListItem[], to: readonly ListItem[], gone: readonly ListItem[], come: readonly ListItem[]): void {
  const index = indexes.get(from);
  if (!index) return;
  indexes.delete(from);
  for (const line of gone) leave(index, line);
  for (const line of come) enter(index, line);
  indexes.set(to, index);
}

/** The lines named `key` (an {@link itemKey}), in list order. */
export function linesNamed(lines: readonly ListItem[], key: string): readonly ListItem[] {
  if (lines.length < INDEXED_FROM) return lines.filter((l) => itemKey(l.name) === key);
  return indexOf(lines).byKey.get(key) ?? [];
}

/** The lines linked to the product, in list order. */
export function linesOfProduct(lines: readonly ListItem[], productId: number): readonly ListItem[] {
  if (lines.length < INDEXED_FROM) return lines.filter((l) => l.productId === productId);
  return indexOf(lines).byProduct.get(productId) ?? [];
}

/** The lines whose name key has more words than `words` and ends with them ("tomato soup" for "soup"), in list order. */
export function linesEndingWith(lines: readonly ListItem[], words: readonly string[]): ListItem[] {
  const ends = (l: ListItem) => {
    const line = itemKey(l.name).split(' ');
    return line.length > words.length && words.every((w, i) => line[line.length - words.length + i] === w);
  };
  if (lines.length < INDEXED_FROM) return lines.filter(ends);
  return (indexOf(lines).byLastWord.get(words[words.length - 1] ?? '') ?? []).filter(ends);
}
