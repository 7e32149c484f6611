/**
 * Which line on the list a thing's name means, when the list has to be read to know: "the fish"
 * is the salmon, "the cheese" the shredded cheddar, when exactly one line is of that kind.
 */
import { KIND_MEMBERS } from '../lexicon/index.js';
import type { UnderstandingContext } from './intent.js';

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
