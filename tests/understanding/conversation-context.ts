/**
 * The conversation as the agent hands it to the understanding, for tests: what the last turn
 * touched and the list's lines, found as the list finds them.
 */
import type { UnderstandingContext } from '../../src/understanding/index.js';

/** A line on the test list. */
export type Line = { name: string; quantity: number; unit?: string };

/** The context of a turn over `lines`, with `touched` the things the last turn touched. */
export function onTheList(lines: Line[], touched: Line[] = []): UnderstandingContext {
  const key = (s: string) => s.toLowerCase().replace(/(es|s)$/, '');
  // As the list finds a line: the same name, or one that ends with (or holds) the words said.
  const find = (name: string) =>
    lines.find((l) => key(l.name) === key(name)) ??
    lines.find((l) => key(l.name).endsWith(` ${key(name)}`)) ??
    lines.find((l) => key(name).split(' ').every((w) => l.name.toLowerCase().split(' ').some((n) => key(n) === w)));
  return {
    lastItems: touched,
    onList: (name) => {
      const l = find(name);
      return l ? { quantity: l.quantity, unit: l.unit ?? null } : undefined;
    },
    lines: () => lines,
  };
}
