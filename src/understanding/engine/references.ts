import type { UnderstandingContext } from './intent.js';
import { unitByName } from '../../grocery/quantity/index.js';
import { CHEAPEST_WORDS, CHOICE_LABELS, COUNT_WORDS, PRICIEST_WORDS, REFERENCE_PRONOUNS, SEVERAL_MARKERS, SEVERAL_NOISE, wordTable } from '../lexicon/index.js';

/** Something an earlier turn showed or touched, picked out by a phrase like "the second one". */
export interface Referent {
  name: string;
  productId?: number;
  quantity?: number;
  unit?: string;
}

const ORDINALS: Readonly<Record<string, number>> = wordTable({
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
});
const LONGEST_PRONOUN = Math.max(...[...REFERENCE_PRONOUNS].map((p) => p.split(' ').length));

type Pick = { kind: 'pronoun' } | { kind: 'ordinal'; index: number } | { kind: 'last' } | { kind: 'cheapest' } | { kind: 'priciest' }
  | { kind: 'several'; count: number; from: 'first' | 'last' };

const COUNTS: Readonly<Record<string, number>> = wordTable({ two: 2, three: 3, four: 4, five: 5, '2': 2, '3': 3, '4': 4, '5': 5, both: 2 });

/** "those two", "both of them", "the last two", "the first three things": several things at once. */
function severalOf(words: readonly string[]): Pick | undefined {
  const rest = words.filter((w) => !SEVERAL_NOISE.has(w));
  const from = rest[0] === 'first' ? 'first' : 'last';
  const counted = rest.filter((w) => w !== 'first' && w !== 'last');
  if (counted.length !== 1 || COUNTS[counted[0]!] === undefined) return undefined;
  // "two" alone is an amount, not a reference: it needs "those", "the", "both", "first" or "last" beside it.
  if (counted[0] !== 'both' && rest.length === 1 && !words.some((w) => SEVERAL_MARKERS.has(w))) return undefined;
  return { kind: 'several', count: COUNTS[counted[0]!]!, from };
}

/** What kind of reference a phrase is, or undefined when it names a thing instead. */
export function referenceKind(tokens: readonly string[]): Pick | undefined {
  // Past the longest pronoun phrase, only one word besides the labels ("the 3rd option") can refer.
  let counted = 0;
  let unlabelled = 0;
  for (const t of tokens) {
    if (t === 'the' || t === 'of' || t === 'please') continue;
    counted++;
    if (!CHOICE_LABELS.has(t)) unlabelled++;
  }
  if (counted > LONGEST_PRONOUN && unlabelled !== 1) return undefined;
  const words = tokens.filter((t) => t !== 'the' && t !== 'of' && t !== 'please');
  const phrase = words.join(' ');
  if (REFERENCE_PRONOUNS.has(phrase) || REFERENCE_PRONOUNS.has(tokens.join(' '))) return { kind: 'pronoun' };
  const several = severalOf(tokens.filter((t) => t !== 'please'));
  if (several) return several;
  const rest = words.filter((w) => w !== 'one' && w !== 'option' && w !== 'number' && w !== 'choice' && w !== 'item' && w !== 'thing' && w !== 'no');
  if (rest.length !== 1) return undefined;
  const w = rest[0]!;
  const hash = /^#(\d{1,2})$/.exec(w);
  if (hash) return { kind: 'ordinal', index: Number(hash[1]) - 1 };
  const labelled = words.some((x) => x === 'number' || x === 'option' || x === 'choice' || x === 'no' || x === 'one');
  if (/^\d{1,2}$/.test(w) && labelled) return { kind: 'ordinal', index: Number(w) - 1 };
  if (ORDINALS[w] !== undefined && (labelled || !COUNT_WORDS.has(w))) return { kind: 'ordinal', index: ORDINALS[w]! - 1 };
  if (!words.includes('one') && !words.includes('option') && !words.includes('item') && !words.includes('thing')) return undefined;
  if (w === 'last') return { kind: 'last' };
  if (CHEAPEST_WORDS.has(w)) return { kind: 'cheapest' };
  if (PRICIEST_WORDS.has(w)) return { kind: 'priciest' };
  return undefined;
}

/** The list's lines in the order they were added, as referents (read only when asked). */
function onTheList(context: UnderstandingContext): Referent[] {
  return (context.lines?.() ?? []).map((l) => fromTouched({ name: l.name, quantity: l.quantity, ...(l.unit ? { unit: l.unit } : {}) }));
}

function fromShown(shown: NonNullable<UnderstandingContext['lastResults']>[number]): Referent {
  return { name: shown.name, productId: shown.productId };
}

function fromTouched(item: NonNullable<UnderstandingContext['lastItems']>[number]): Referent {
  const r: Referent = { name: item.name };
  if (typeof item.productId === 'number') r.productId = item.productId;
  if (item.quantity !== undefined) r.quantity = item.quantity;
  if (item.unit !== undefined) r.unit = item.unit;
  return r;
}

/**
 * Resolves a reference against the conversation. `prefer` says which memory a bare pronoun means
 * first: "add it" means what was just shown, "remove that" what was just touched.
 * Returns undefined when the phrase is not a reference, [] when it is one with nothing to point at.
 *
 * @example
 * resolveReference(['the', 'second', 'one'], { lastResults: [a, b] }, 'shown') // [b as a Referent]
 */
export function resolveReference(tokens: readonly string[], context: UnderstandingContext, prefer: 'shown' | 'touched'): Referent[] | undefined {
  const kind = referenceKind(tokens);
  if (!kind) return undefined;
  const shown = context.lastResults ?? [];
  const touched = context.lastItems ?? [];
  switch (kind.kind) {
    case 'pronoun': {
      if (prefer === 'shown' && shown.length === 1) return [fromShown(shown[0]!)];
      if (touched.length) return touched.map(fromTouched);
      return shown.length === 1 ? [fromShown(shown[0]!)] : [];
    }
    case 'ordinal': {
      if (shown.length && !(prefer === 'touched' && touched.length)) return shown[kind.index] ? [fromShown(shown[kind.index]!)] : [];
      // "the first thing": among several just touched, the first of them; else the list's first line.
      if (touched.length > 1 && touched[kind.index]) return [fromTouched(touched[kind.index]!)];
      const line = onTheList(context)[kind.index];
      if (line) return [line];
      return touched[kind.index] ? [fromTouched(touched[kind.index]!)] : [];
    }
    case 'last':
      // "nvm the last thing" after an add means the last thing added; after a search, the last shown.
      if (prefer === 'touched' && touched.length) return [fromTouched(touched[touched.length - 1]!)];
      return shown.length ? [fromShown(shown[shown.length - 1]!)] : touched.length ? [fromTouched(touched[touched.length - 1]!)] : [];
    case 'several': {
      let pool = prefer === 'touched' && touched.length ? touched.map(fromTouched) : shown.length ? shown.map(fromShown) : touched.map(fromTouched);
      // "the last two items" after one thing was touched: the list's lines.
      if (pool.length < kind.count && !(shown.length && prefer === 'shown')) pool = onTheList(context);
      if (pool.length < kind.count) return [];
      return kind.from === 'first' ? pool.slice(0, kind.count) : pool.slice(-kind.count);
    }
    case 'cheapest':
    case 'priciest': {
      const priced = shown.filter((s) => typeof s.priceCents === 'number');
      if (priced.length !== shown.length || priced.length === 0) return [];
      const pick = priced.reduce((a, b) => ((kind.kind === 'cheapest' ? b.priceCents! < a.priceCents! : b.priceCents! > a.priceCents!) ? b : a));
      return [fromShown(pick)];
    }
  }
}

/**
 * Of several things a new amount could be for, the one it fits: "make it four pints" after a
 * pint of milk, a bag of courgettes and a tin of tomatoes is the milk, the only one measured as
 * a volume; "2 bags" is the one counted in bags. Undefined unless exactly one fits.
 *
 * @example
 * fittingAmount([{ name: 'milk', unit: 'pt' }, { name: 'tomatoes', unit: 'can' }], 'pt') // milk
 */
export function fittingAmount(refs: readonly Referent[], unit: string | undefined): Referent | undefined {
  const said = unit === undefined ? undefined : unitByName(unit);
  if (!said || said.dimension === 'count') return undefined;
  const fits = refs.filter((r) => {
    const had = r.unit === undefined ? undefined : unitByName(r.unit);
    if (!had) return false;
    return said.dimension === 'package' ? had.name === said.name : had.dimension === said.dimension;
  });
  return fits.length === 1 ? fits[0] : undefined;
}
