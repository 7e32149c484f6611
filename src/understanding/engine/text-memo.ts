import { matchQuantityPrefix, type QuantityPrefix } from '../../grocery/quantity/index.js';

/**
 * Remembers a pure function of one string: a word, or a short phrase. What people type repeats
 * (the same few hundred words make up most messages), so per-word work such as typo look-ups is
 * done once per word. Only strings up to `maxLength` characters are remembered, and past
 * `limit` of them the memory starts over, so unusual input (a pasted list of a thousand items)
 * cannot grow it without bound.
 *
 * @example
 * const fix = memoByText((w) => corrector.correct(w));
 * fix('bananna'); // computed
 * fix('bananna'); // remembered
 */
export function memoByText<T>(fn: (text: string) => T, limit = 10_000, maxLength = 80): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return fn(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= limit) known.clear();
    const value = fn(text);
    known.set(text, value);
    return value;
  };
}

/** Spans longer than this are read directly: they are rare, and their keys would be long. */
const SHORT_SPAN = 12;
const prefixOf = memoByText((joined) => matchQuantityPrefix(joined.split('\u0000')));

/**
 * {@link matchQuantityPrefix}, remembered for short spans: the item grammar asks about the same
 * few words many times while it tries where items start and end. The result is shared: read it,
 * never change it.
 */
export function quantityPrefix(tokens: readonly string[]): Readonly<QuantityPrefix> | undefined {
  if (tokens.length === 0 || tokens.length > SHORT_SPAN) return matchQuantityPrefix(tokens);
  return prefixOf(tokens.join('\u0000'));
}
