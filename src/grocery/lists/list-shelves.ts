/**
 * A list priced and shelved by aisle, kept for each state of its lines: the groups a view shows,
 * the estimated total and the count of lines without a product. A change to a few lines of a long
 * list carries the shelving of the lines before it over to the lines after it, pricing and placing
 * only the lines it took off or put on; a view of an unchanged list (while no product has changed)
 * prices nothing.
 */
import type { ListItem, ListView, ListViewLine, ProductLookup } from './types.js';
import { wordsOf } from './item-name.js';
import { INDEXED_FROM, inListOrder } from './line-index.js';
import { OTHER_GROUP, productIdsToPrice, viewLineOf } from './list-view.js';

/** One aisle's lines in list order; `lines` is replaced, never changed, once a view has it. */
interface Shelf {
  aisle: string;
  /** Department and aisle store order of the shelf's first line's product. */
  order: [number, number];
  lines: ListViewLine[];
}

interface Placed {
  line: ListViewLine;
  item: ListItem;
  shelf: Shelf;
}

/** The shelving of one state of a list's lines. */
interface Shelving {
  /** The product epoch the lines were priced in; a new epoch prices them again. */
  epoch: object | undefined;
  shelves: Map<string, Shelf>;
  other: Shelf;
  byId: Map<number, Placed>;
  total: number;
  /** The shelves with lines, in store order, "Other" last: made again when a shelf comes, goes or moves. */
  groups?: { aisle: string; lines: ListViewLine[] }[];
  sorted?: Shelf[];
  /** The lines by each word they answer to (see wordsOf), made on first use and kept up to date after. */
  words?: Map<string, ListItem[]>;
}

const shelvings = new WeakMap<readonly ListItem[], Shelving>();
/** Which shelving, for which state of the lines, a view was made from: for {@link placeOf}. */
const madeFrom = new WeakMap<ListView, { shelving: Shelving; lines: readonly ListItem[] }>();

function orderOf(line: ListViewLine): [number, number] {
  const product = line.product!;
  return [product.department.storeOrder, product.aisle?.storeOrder ?? -1];
}

function shelfFor(s: Shelving, line: ListViewLine): Shelf {
  // Products without an aisle are shelved by department, at the department's start.
  if (!line.product) return s.other;
  const aisle = line.product.aisle?.name || line.product.department.name;
  let shelf = s.shelves.get(aisle);
  if (!shelf) {
    shelf = { aisle, order: orderOf(line), lines: [] };
    s.shelves.set(aisle, shelf);
  }
  return shelf;
}

/** The shelf's order follows its first line; a shelf that moves or empties re-sorts the groups. */
function settleOrder(s: Shelving, shelf: Shelf): void {
  s.groups = undefined;
  if (shelf === s.other) return;
  if (shelf.lines.length === 0) {
    s.shelves.delete(shelf.aisle);
    s.sorted = undefined;
    return;
  }
  const order = orderOf(shelf.lines[0]!);
  if (order[0] !== shelf.order[0] || order[1] !== shelf.order[1]) {
    shelf.order = order;
    s.sorted = undefined;
  }
  if (shelf.lines.length === 1) s.sorted = undefined;
}

function place(s: Shelving, item: ListItem, line: ListViewLine): void {
  const shelf = shelfFor(s, line);
  const lines = shelf.lines.slice();
  // Nearly always the end: new lines go last, and a changed line keeps its place.
  let i = lines.length;
  while (i > 0 && inListOrder(s.byId.get(lines[i - 1]!.id)!.item, item) > 0) i--;
  lines.splice(i, 0, line);
  shelf.lines = lines;
  s.byId.set(item.id, { line, item, shelf });
  if (s.words) for (const word of wordsOf(item, line.product ?? undefined)) enterWord(s.words, word, item);
  if (line.product) s.total += line.priceCents ?? 0;
  if (i === 0 || lines.length === 1) settleOrder(s, shelf);
  else s.groups = undefined;
}

function unplace(s: Shelving, itemId: number): void {
  const placed = s.byId.get(itemId);
  if (!placed) return;
  s.byId.delete(itemId);
  const { shelf, line, item } = placed;
  if (s.words) for (const word of wordsOf(item, line.product ?? undefined)) leaveWord(s.words, word, item);
  const i = shelf.lines.indexOf(line);
  shelf.lines = shelf.lines.filter((_, k) => k !== i);
  if (line.product) s.total -= line.priceCents ?? 0;
  if (i === 0) settleOrder(s, shelf);
  else s.groups = undefined;
}

function build(items: readonly ListItem[], products: ProductLookup, epoch: object | undefined): Shelving {
  const ids = productIdsToPrice(items, epoch);
  const found = ids.length > 0 ? products.getMany(ids) : new Map();
  const s: Shelving = { epoch, shelves: new Map(), other: { aisle: OTHER_GROUP, order: [Infinity, Infinity], lines: [] }, byId: new Map(), total: 0 };
  for (const item of items) {
    const line = viewLineOf(item, found, epoch);
    const shelf = shelfFor(s, line);
    shelf.lines.push(line);
    s.byId.set(item.id, { line, item, shelf });
    if (line.product) s.total += line.priceCents ?? 0;
  }
  return s;
}

/** The shelving of `items` in the current product epoch, made (and kept for this state) when there is none. */
function shelvingOf(items: readonly ListItem[], products: ProductLookup): Shelving {
  const epoch = products.epoch?.();
  const known = shelvings.get(items);
  if (known && epoch !== undefined && known.epoch === epoch) return known;
  const made = build(items, products, epoch);
  shelvings.set(items, made);
  return made;
}

/**
 * Moves the shelving of `from` (if it has one, priced in the current epoch) to `to`, the lines
 * after a change that took `gone` off and put `come` on (a changed line is both): only those lines
 * are priced and placed, and the total moves by their prices.
 */
export function carryShelving(
  from: readonly ListItem[],
  to: readonly ListItem[],
  gone: readonly ListItem[],
  come: readonly ListItem[],
  products: ProductLookup,
): void {
  const s = shelvings.get(from);
  if (!s) return;
  shelvings.delete(from);
  const epoch = products.epoch?.();
  if (epoch === undefined || s.epoch !== epoch) return;
  for (const item of gone) unplace(s, item.id);
  const ids = [...new Set(come.flatMap((i) => (i.productId !== null ? [i.productId] : [])))];
  const found = ids.length > 0 ? products.getMany(ids) : new Map();
  for (const item of come) place(s, item, viewLineOf(item, found, epoch));
  shelvings.set(to, s);
}

function groupsOf(s: Shelving): { aisle: string; lines: ListViewLine[] }[] {
  if (s.groups) return s.groups;
  s.sorted ??= [...s.shelves.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.aisle.localeCompare(b.aisle));
  const groups = s.sorted.map(({ aisle, lines }) => ({ aisle, lines }));
  if (s.other.lines.length > 0) groups.push({ aisle: OTHER_GROUP, lines: s.other.lines });
  return (s.groups = groups);
}

/**
 * The list grouped by aisle in store order (department order, then aisle order), lines in the
 * order they were added, unmatched lines in "Other" at the end; with the estimated total
 * (price × packages needed for every linked line) and the count of lines without a product.
 */
export function buildListView(list: { id: number; name: string; version: number }, items: readonly ListItem[], products: ProductLookup): ListView {
  const s = shelvingOf(items, products);
  const view: ListView = {
    id: list.id,
    name: list.name,
    version: list.version,
    groups: groupsOf(s),
    estimatedTotalCents: s.total,
    unmatchedCount: s.other.lines.length,
    itemCount: items.length,
  };
  madeFrom.set(view, { shelving: s, lines: items });
  return view;
}

/**
 * Where line `id` is in `view`: its aisle, the line before it there (null when first) and the
 * line itself; undefined when it is not on the list. Looked up, not searched, in a view of a
 * list's lines as they still are.
 */
export function placeOf(view: ListView, id: number): { aisle: string; after: number | null; line: ListViewLine } | undefined {
  const made = madeFrom.get(view);
  if (made && shelvings.get(made.lines) === made.shelving) {
    const placed = made.shelving.byId.get(id);
    if (!placed) return undefined;
    const lines = placed.shelf.lines;
    const i = lines.indexOf(placed.line);
    return { aisle: placed.shelf.aisle, after: i > 0 ? lines[i - 1]!.id : null, line: placed.line };
  }
  for (const group of view.groups) {
    const i = group.lines.findIndex((l) => l.id === id);
    if (i >= 0) return { aisle: group.aisle, after: i > 0 ? group.lines[i - 1]!.id : null, line: group.lines[i]! };
  }
  return undefined;
}

function enterWord(words: Map<string, ListItem[]>, word: string, item: ListItem): void {
  const at = words.get(word);
  if (at) at.push(item);
  else words.set(word, [item]);
}

function leaveWord(words: Map<string, ListItem[]>, word: string, item: ListItem): void {
  const at = words.get(word);
  const i = at ? at.indexOf(item) : -1;
  if (i < 0) return;
  if (at!.length === 1) words.delete(word);
  else at!.splice(i, 1);
}

function wordIndex(s: Shelving): Map<string, ListItem[]> {
  if (s.words) return s.words;
  const words = new Map<string, ListItem[]>();
  for (const { item, line } of s.byId.values()) for (const word of wordsOf(item, line.product ?? undefined)) enterWord(words, word, item);
  return (s.words = words);
}

/**
 * The lines whose words (name and brand, the product's brand and name) hold every one of `said`:
 * on a long list, looked up by the rarest of them in a word index kept with the shelving, not by
 * reading every line and its product.
 */
export function linesWithWords(items: readonly ListItem[], said: readonly string[], products: ProductLookup): ListItem[] {
  if (items.length < INDEXED_FROM) {
    const found = products.getMany(items.flatMap((l) => (l.productId !== null ? [l.productId] : [])));
    return items.filter((l) => {
      const have = wordsOf(l, l.productId !== null ? found.get(l.productId) : undefined);
      return said.every((w) => have.has(w));
    });
  }
  const s = shelvingOf(items, products);
  const index = wordIndex(s);
  let fewest: ListItem[] | undefined;
  for (const word of said) {
    const at = index.get(word);
    if (!at) return [];
    if (!fewest || at.length < fewest.length) fewest = at;
  }
  return fewest!.filter((item) => {
    const have = wordsOf(item, s.byId.get(item.id)!.line.product ?? undefined);
    return said.every((w) => have.has(w));
  });
}
