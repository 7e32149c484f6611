/**
 * A line named by fewer words than it has ("the cups" for the paper cups): meant only when no
 * other line ends the same way, so nothing is taken off on a guess.
 */
import type { UnderstandingContext } from './intent.js';
import { lineMeant } from './list-lines.js';

const key = (word: string) => word.replace(/(es|s)$/, '');

/**
 * True when `name` means one line of the list: the list finds it, and no two lines end with its
 * words (when the list's lines are at hand).
 *
 * @example
 * onlyOneLine('cups', context) // true with "paper cups" and "napkins"; false with "paper cups" and "measuring cups"
 */
export function onlyOneLine(name: string, context: UnderstandingContext): boolean {
  if (!name || lineMeant(name, context) === undefined) return false;
  const lines = context.lines?.();
  if (!lines) return true;
  const said = name.split(' ').map(key);
  const ends = lines.filter((l) => {
    const words = l.name.toLowerCase().split(/\s+/).map(key);
    return said.length <= words.length && said.every((w, i) => words[words.length - said.length + i] === w);
  });
  return ends.length <= 1 || ends.some((l) => l.name.toLowerCase().split(/\s+/).map(key).join(' ') === said.join(' '));
}
