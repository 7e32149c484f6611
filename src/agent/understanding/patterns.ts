/**
 * A tiny pattern language for intent phrases, so the grammar reads like what people say:
 *
 *   "[take|get rid of] {items} [off|out|]"   words, [alternatives] (an empty one makes the group
 *                                            optional), and {slots} that capture one or more tokens.
 *
 * Alternatives expand at compile time into flat sequences; matching is a small backtracking walk
 * that must account for every token, with slots as short as possible.
 */

type Element = { word: string } | { slot: string };

/** One compiled, flat pattern. */
export interface Pattern {
  readonly source: string;
  readonly elements: readonly Element[];
}

/** The tokens each slot captured. */
export type Slots = Record<string, string[]>;

/** Expands "[a|b c|]" groups into every flat word sequence they allow. */
function expand(source: string): string[][] {
  const parts: string[][][] = [];
  const re = /\[([^\]]*)\]|(\S+)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[1] !== undefined) parts.push(m[1].split('|').map((alt) => alt.trim().split(/\s+/).filter(Boolean)));
    else parts.push([[m[2]!]]);
  }
  let seqs: string[][] = [[]];
  for (const alts of parts) seqs = seqs.flatMap((seq) => alts.map((alt) => [...seq, ...alt]));
  return seqs;
}

/**
 * Compiles pattern sources into flat patterns.
 *
 * @example
 * compile(['[i|we] need {items}']).length // 2
 */
export function compile(sources: readonly string[]): Pattern[] {
  return sources.flatMap((source) =>
    expand(source).map((seq) => ({
      source,
      elements: seq.map((w): Element => (w.startsWith('{') ? { slot: w.slice(1, -1) } : { word: w })),
    })),
  );
}

/**
 * Matches `tokens` against one pattern; returns the slots or undefined. Every token must be
 * used; a slot takes at least one token and as few as it can.
 */
export function matchPattern(pattern: Pattern, tokens: readonly string[]): Slots | undefined {
  const slots: Slots = {};
  const walk = (e: number, t: number): boolean => {
    if (e === pattern.elements.length) return t === tokens.length;
    const el = pattern.elements[e]!;
    if ('word' in el) return tokens[t] === el.word && walk(e + 1, t + 1);
    // Remaining literal words bound how far the slot may reach.
    for (let end = t + 1; end <= tokens.length; end++) {
      slots[el.slot] = tokens.slice(t, end) as string[];
      if (walk(e + 1, end)) return true;
    }
    delete slots[el.slot];
    return false;
  };
  return walk(0, 0) ? slots : undefined;
}

/** Every literal word the patterns use, so typo correction knows the command vocabulary. */
export function patternWords(patterns: readonly Pattern[]): Set<string> {
  const words = new Set<string>();
  for (const p of patterns) for (const el of p.elements) if ('word' in el) words.add(el.word);
  return words;
}

/** Patterns merged by shared beginnings, so one walk over the tokens tries all of them at once. */
export interface PatternTrie {
  words: Map<string, PatternTrie>;
  slots: Map<string, PatternTrie>;
  /** Patterns that end here, with their rank (lower is tried first). */
  ends: { pattern: Pattern; rank: number }[];
}

const emptyTrie = (): PatternTrie => ({ words: new Map(), slots: new Map(), ends: [] });

/**
 * Builds a trie over patterns; `rank` orders the matches {@link matchTrie} returns.
 *
 * @example
 * const trie = buildTrie(compile(['add {x}', 'add {x} to it']), (_, i) => i);
 */
export function buildTrie(patterns: readonly Pattern[], rank: (p: Pattern, index: number) => number): PatternTrie {
  const root = emptyTrie();
  patterns.forEach((p, i) => {
    let node = root;
    for (const el of p.elements) {
      const map = 'word' in el ? node.words : node.slots;
      const key = 'word' in el ? el.word : el.slot;
      let next = map.get(key);
      if (!next) map.set(key, (next = emptyTrie()));
      node = next;
    }
    node.ends.push({ pattern: p, rank: rank(p, i) });
  });
  return root;
}

/**
 * Every pattern in the trie that matches all of `tokens`, best rank first, each with the slots of
 * its first match (slots as short as possible, as {@link matchPattern} would give).
 */
export function matchTrie(trie: PatternTrie, tokens: readonly string[]): { pattern: Pattern; slots: Slots; rank: number }[] {
  const found = new Map<Pattern, { pattern: Pattern; slots: Slots; rank: number }>();
  // Slot spans as [name, start, end] on a stack; tokens are copied only for a pattern that matched.
  const spans: [string, number, number][] = [];
  const walk = (node: PatternTrie, t: number): void => {
    if (t === tokens.length) {
      for (const e of node.ends) {
        if (found.has(e.pattern)) continue;
        const slots: Slots = {};
        for (const [name, from, to] of spans) slots[name] = tokens.slice(from, to) as string[];
        found.set(e.pattern, { pattern: e.pattern, slots, rank: e.rank });
      }
      return;
    }
    const next = node.words.get(tokens[t]!);
    if (next) walk(next, t + 1);
    for (const [name, child] of node.slots) {
      for (let end = t + 1; end <= tokens.length; end++) {
        spans.push([name, t, end]);
        walk(child, end);
        spans.pop();
      }
    }
  };
  walk(trie, 0);
  return found.size < 2 ? [...found.values()] : [...found.values()].sort((a, b) => a.rank - b.rank);
}
