/**
 * Which line on the list a thing's name means, when the list has to be read to know: "the fish"
 * is the salmon, "the cheese" the shredded cheddar, when exactly one line is of that kind.
 */
import { KIND_MEMBERS } from '../lexicon/index.js';
import type { UnderstandingContext } from './intent.js';
import type { VocabularyIndex } from './vocabulary.js';

/** A line as the understanding sees it: its name and amount. */
export interface LineMeant {
  name: string;
  quantity: number;
  unit?: string | null;
}

/** A word's singular for comparing ("berries" -> "berry", "loaves" stays apart, "buns" -> "bun"). */
function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|ss|o)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return word;
}

const KINDS = new Map<string, ReadonlySet<string>>(Object.entries(KIND_MEMBERS).map(([kind, words]) => [singular(kind), new Set(words.map(singular))]));

/**
 * The line `name` means: the one the list finds by that name (its own matching: "bread" is the
 * wholemeal bread), or else, when `name` is a kind ("fish", "meat"), the one line of that kind.
 * Undefined when the list holds none, or several of the kind (which one is then not guessed).
 *
 * @example
 * lineMeant('fish', context) // { name: 'salmon', quantity: 1, unit: 'lb' } when salmon is the only fish on the list
 */
export function lineMeant(name: string, context: UnderstandingContext): LineMeant | undefined {
  const line = context.onList?.(name);
  if (line) return { name, ...line };
  const members = name.includes(' ') ? undefined : KINDS.get(singular(name));
  if (!members) return undefined;
  const hits = (context.lines?.() ?? []).filter((l) => l.name.toLowerCase().split(/\s+/).some((w) => members.has(singular(w))));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The name to change a line by: `name` itself, or the line of the kind it names ("the fish" -> "salmon"). */
export function lineName(name: string, context: UnderstandingContext): string {
  return lineMeant(name, context)?.name ?? name;
}

/** The kinds a message names as things ("rice" in "we'll have it with rice"), for {@link kindNamed}. */
export function kindsSaid(tokens: readonly string[], vocab: VocabularyIndex): ReadonlySet<string> {
  return new Set(tokens.map(singular).filter((w) => KINDS.has(w) && vocab.hasPhrase(w)));
}

/**
 * "we'll have it with rice. A kilo of basmati": a thing named by one word the catalog does not
 * know, which the lexicon files under a kind the same message names, is named with that kind
 * ("basmati rice"). Any other name is returned as it is.
 *
 * @example
 * kindNamed('basmati', new Set(['rice']), vocab) // 'basmati rice'
 */
export function kindNamed(name: string, kinds: ReadonlySet<string>, vocab: VocabularyIndex): string {
  if (kinds.size === 0 || name.includes(' ') || vocab.knowsWord(name)) return name;
  const word = singular(name);
  const fits = [...kinds].filter((kind) => kind !== word && KINDS.get(kind)!.has(word));
  return fits.length === 1 ? `${name} ${fits[0]}` : name;
}

/** True when two words are of one kind the lexicon knows ("mozzarella" and "cheddar" are cheeses), neither being the kind itself. */
export function siblings(a: string, b: string): boolean {
  const [x, y] = [singular(a), singular(b)];
  if (x === y || KINDS.has(x) || KINDS.has(y)) return false;
  return [...KINDS.values()].some((members) => members.has(x) && members.has(y));
}
