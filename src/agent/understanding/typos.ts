/**
 * Small typo correction: a word nobody knows is replaced by the one known word within one edit
 * (two for long words), counting a swap of neighbours as one edit ("remvoe" -> "remove").
 */

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** A corrector over a fixed set of known words. */
export interface TypoCorrector {
  /** The known word `word` was probably meant to be, or undefined when it is known or too far from anything. */
  correct(word: string): string | undefined;
}

/**
 * Builds a corrector. Words are bucketed by length so a look-up only compares against words
 * that could be within reach.
 *
 * @example
 * createTypoCorrector(['remove', 'banana']).correct('bananna') // "banana"
 */
export function createTypoCorrector(known: Iterable<string>): TypoCorrector {
  const all = new Set<string>();
  const byLength = new Map<number, string[]>();
  for (const w of known) {
    if (all.has(w) || !/^[a-z]+$/.test(w)) continue;
    all.add(w);
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  return {
    correct(word) {
      if (all.has(word) || word.length < 4 || !/^[a-z]+$/.test(word)) return undefined;
      const max = word.length >= 7 ? 2 : 1;
      let best: string | undefined;
      let bestDistance = max + 1;
      let ties = 0;
      for (let len = word.length - max; len <= word.length + max; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          const d = editDistance(word, candidate, max);
          if (d < bestDistance) [best, bestDistance, ties] = [candidate, d, 0];
          else if (d === bestDistance) ties++;
        }
      }
      // Two equally close words: guessing would be a coin toss, so leave the word alone.
      return ties === 0 ? best : undefined;
    },
  };
}
