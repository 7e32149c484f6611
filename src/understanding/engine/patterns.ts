/**
 * A tiny pattern language for intent phrases, so the grammar reads like what people say:
 *
 *   "[take|get rid of] {items} [off|out|]"   words, [alternatives] (an empty one makes the group
 *                                            optional), and {slots} that capture one or more tokens.
 *
 * A source stands for every flat word sequence its groups allow ("[i|we] need {items}" is "i need
 * {items}" and "we need {items}"). Those sequences are never spelled out: a source with a few
 * long groups allows tens of thousands of them, which as a trie held most of the understanding's
 * memory. Matching walks the groups themselves instead, and gives the same answers: every flat
 * sequence that accounts for all the tokens, with slots as short as possible, in a fixed order.
 */

/** The tokens each slot captured. */
export type Slots = Record<string, string[]>;

/**
 * How matches are ordered: `longest-first` tries the sequence that spells more words first
 * ("forget about {x}" before "forget {x}"), then the order written; `as-written` keeps the
 * order the sources and their alternatives are written in.
 */
export type PatternOrder = 'longest-first' | 'as-written';

/** Phrase patterns compiled once and matched against whole token lists. */
export interface PatternSet {
  /**
   * Every way the patterns account for all of `tokens`, best first, as the slots each captured
   * (each distinct filling once: a rule that declined one filling declines it again).
   */
  match(tokens: readonly string[]): Slots[];
  /** The first of {@link match}'s answers, without cutting out the others. */
  best(tokens: readonly string[]): Slots | undefined;
  /** Every literal word the patterns use, so typo correction knows the command vocabulary. */
  readonly words: ReadonlySet<string>;
  /** The tokens a match can start with; undefined when a slot (or nothing) may stand first. */
  readonly firstWords?: ReadonlySet<string>;
  /** The slot's name when the patterns are one lone slot ("{x}"), which takes any tokens whole. */
  readonly whole?: string;
  /** Words one of which every match holds (undefined when some pattern needs no word). */
  readonly anyNeeded?: ReadonlySet<string>;
}

/** A slot, or a choice between word sequences (a lone word is a choice of one). */
type Part = { slot: string } | WordGroup;

interface WordGroup {
  alts: readonly (readonly string[])[];
  /** Alternatives by their first word; an empty alternative is in `empty`. */
  byFirst: ReadonlyMap<string, readonly number[]>;
  empty: readonly number[];
}

interface Source {
  parts: readonly Part[];
  /** Fewest and most tokens parts[k..] can take (`max` is Infinity once a slot follows). */
  min: readonly number[];
  max: readonly number[];
  /** Words a match must start / end with; undefined when a slot can stand there. */
  first?: ReadonlySet<string>;
  last?: ReadonlySet<string>;
  /** Every match has a word of each of these: the first words of a group that cannot be left out. */
  needs: readonly ReadonlySet<string>[];
}

/** "[a|b c|]" -> [["a"], ["b", "c"], []]; "{x}" -> a slot; "word" -> [["word"]]. */
function parse(source: string): Part[] {
  const parts: Part[] = [];
  const re = /\[([^\]]*)\]|(\S+)/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[2]?.startsWith('{')) {
      parts.push({ slot: m[2].slice(1, -1) });
      continue;
    }
    const alts = m[1] !== undefined ? m[1].split('|').map((alt) => alt.trim().split(/\s+/).filter(Boolean)) : [[m[2]!]];
    if (alts.some((alt) => alt.some((w) => w.startsWith('{')))) throw new Error(`pattern "${source}": a slot inside [alternatives] is not supported`);
    const byFirst = new Map<string, number[]>();
    const empty: number[] = [];
    alts.forEach((alt, i) => {
      if (alt.length === 0) empty.push(i);
      else byFirst.set(alt[0]!, [...(byFirst.get(alt[0]!) ?? []), i]);
    });
    parts.push({ alts, byFirst, empty });
  }
  return parts;
}

function compileSource(text: string): Source {
  const parts = parse(text);
  const min: number[] = new Array(parts.length + 1).fill(0);
  const max: number[] = new Array(parts.length + 1).fill(0);
  for (let k = parts.length - 1; k >= 0; k--) {
    const p = parts[k]!;
    const lengths = 'slot' in p ? [1] : p.alts.map((a) => a.length);
    min[k] = min[k + 1]! + Math.min(...lengths);
    max[k] = 'slot' in p ? Infinity : max[k + 1]! + Math.max(...lengths);
  }
  return { parts, min, max, first: edgeWords(parts, 'first'), last: edgeWords(parts, 'last'), needs: neededWords(parts) };
}

/**
 * The words a match can start (or end) with: the edge group's, and the next one's while groups
 * may be empty; undefined when a slot can stand at that edge, or every group may be empty.
 */
function edgeWords(parts: readonly Part[], edge: 'first' | 'last'): Set<string> | undefined {
  const words = new Set<string>();
  const order = edge === 'first' ? parts : [...parts].reverse();
  for (const p of order) {
    if ('slot' in p) return undefined;
    for (const alt of p.alts) if (alt.length) words.add(edge === 'first' ? alt[0]! : alt[alt.length - 1]!);
    if (p.empty.length === 0) return words;
  }
  return undefined;
}

/** For each group that cannot be left out, the words its alternatives start with. */
function neededWords(parts: readonly Part[]): ReadonlySet<string>[] {
  return parts.flatMap((p) => ('slot' in p || p.empty.length ? [] : [new Set(p.byFirst.keys())]));
}

interface Found {
  literals: number;
  source: number;
  /** Which flat sequence of the source: its alternatives' indices as digits, the first group leading. */
  flat: number;
  /** Where each slot starts and ends: the slots are cut from the tokens only for what is returned. */
  spans: readonly Span[];
}

/** A slot's name, first token and end. */
type Span = readonly [string, number, number];

const sameSpans = (a: readonly Span[], b: readonly Span[]) => a.length === b.length && a.every((s, i) => s[0] === b[i]![0] && s[1] === b[i]![1] && s[2] === b[i]![2]);

function slotsOf(spans: readonly Span[], tokens: readonly string[]): Slots {
  const slots: Slots = {};
  for (const [name, start, end] of spans) slots[name] = tokens.slice(start, end) as string[];
  return slots;
}

/**
 * Compiles pattern sources.
 *
 * @example
 * const p = compilePatterns(['[i|we] need {items}', 'need {items}'], 'longest-first');
 * p.match(['we', 'need', 'milk']) // [{ items: ['milk'] }]
 */
export function compilePatterns(sources: readonly string[], order: PatternOrder): PatternSet {
  const compiled = sources.map(compileSource);
  const words = new Set<string>();
  for (const s of compiled) for (const p of s.parts) if (!('slot' in p)) for (const alt of p.alts) for (const w of alt) words.add(w);
  // Which sources could match, by the first token, and for those a slot may start by the last:
  // most clauses rule out most sources at once. Where a match is found does not change how
  // matches rank, so the sources may be tried in any order.
  const anyFirst: number[] = [];
  const anyEdge: number[] = [];
  const byFirst = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  compiled.forEach((s, i) => {
    if (s.first) for (const w of s.first) byFirst.set(w, [...(byFirst.get(w) ?? []), i]);
    else {
      anyFirst.push(i);
      if (!s.last) anyEdge.push(i);
      else for (const w of s.last) byLast.set(w, [...(byLast.get(w) ?? []), i]);
    }
  });
  const longest = order === 'longest-first';
  const byRank = (a: Found, b: Found) => (longest ? b.literals - a.literals : 0) || a.source - b.source || a.flat - b.flat;
  const tryAll = (list: readonly number[], tokens: readonly string[], found: Found[]) => {
    for (const i of list) {
      const source = compiled[i]!;
      if (tokens.length < source.min[0]! || tokens.length > source.max[0]!) continue;
      if (source.last && !source.last.has(tokens[tokens.length - 1]!)) continue;
      if (hasNeeded(source.needs, tokens)) matchSource(source, i, tokens, found);
    }
  };
  // Matching never re-enters itself (no builder runs inside it), so one list serves every call.
  let found: Found[] = [];
  const findAll = (tokens: readonly string[]): Found[] => {
    // Most calls find nothing and leave the list empty; setting `length` costs more than a new list.
    if (found.length) found = [];
    if (anyEdge.length) tryAll(anyEdge, tokens, found);
    const ending = byLast.get(tokens[tokens.length - 1]!);
    if (ending) tryAll(ending, tokens, found);
    const starting = byFirst.get(tokens[0]!);
    if (starting) tryAll(starting, tokens, found);
    return found;
  };
  // "{x}" alone, the pattern of rules that read the clause themselves, matches any tokens whole.
  const whole = compiled.length === 1 && compiled[0]!.parts.length === 1 && 'slot' in compiled[0]!.parts[0]! ? compiled[0]!.parts[0]!.slot : undefined;
  return {
    words,
    whole,
    anyNeeded: anyNeededWords(compiled),
    firstWords: anyFirst.length ? undefined : new Set(byFirst.keys()),
    match(tokens) {
      if (whole !== undefined) return tokens.length ? [{ [whole]: tokens.slice() }] : [];
      const found = findAll(tokens);
      if (found.length < 2) return found.length ? [slotsOf(found[0]!.spans, tokens)] : NO_MATCHES;
      found.sort(byRank);
      const kept: Found[] = [];
      for (const f of found) if (!kept.some((k) => sameSpans(k.spans, f.spans))) kept.push(f);
      return kept.map((f) => slotsOf(f.spans, tokens));
    },
    best(tokens) {
      if (whole !== undefined) return tokens.length ? { [whole]: tokens.slice() } : undefined;
      const found = findAll(tokens);
      // The sort is stable, so the first of the best-ranked is what match() puts first.
      let top: Found | undefined;
      for (const f of found) if (!top || byRank(f, top) < 0) top = f;
      return top && slotsOf(top.spans, tokens);
    },
  };
}

/**
 * Each source matches only tokens holding a word of each of its `needs`; so tokens holding no
 * word of any source's smallest such set match none of them.
 */
function anyNeededWords(sources: readonly Source[]): ReadonlySet<string> | undefined {
  const out = new Set<string>();
  for (const s of sources) {
    if (!s.needs.length) return undefined;
    for (const w of s.needs.reduce((a, b) => (b.size < a.size ? b : a))) out.add(w);
  }
  return out;
}

/** What match() gives when nothing matches: most calls, so one frozen list serves them all. */
const NO_MATCHES: Slots[] = Object.freeze([]) as unknown as Slots[];

/** True when, for each set, some token is in it. */
function hasNeeded(needs: readonly ReadonlySet<string>[], tokens: readonly string[]): boolean {
  for (const words of needs) {
    let found = false;
    for (let i = 0; i < tokens.length && !found; i++) found = words.has(tokens[i]!);
    if (!found) return false;
  }
  return true;
}

/**
 * Adds every flat sequence of `source` that matches all of `tokens`, each once, with its first
 * match: slots are tried shortest first, earlier slots before later ones.
 */
function matchSource(source: Source, index: number, tokens: readonly string[], found: Found[]): void {
  const { parts, min, max } = source;
  const n = tokens.length;
  const from = found.length;
  const spans: Span[] = [];
  const walk = (k: number, t: number, flat: number, literals: number): void => {
    if (k === parts.length) {
      if (t !== n) return;
      for (let i = from; i < found.length; i++) if (found[i]!.flat === flat) return;
      found.push({ literals, source: index, flat, spans: [...spans] });
      return;
    }
    if (t + min[k]! > n || t + max[k]! < n) return;
    const part = parts[k]!;
    if ('slot' in part) {
      // The slot leaves the rest at least its fewest tokens, and no more than its most.
      const last = n - min[k + 1]!;
      for (let end = Math.max(t + 1, n - max[k + 1]!); end <= last; end++) {
        spans.push([part.slot, t, end]);
        walk(k + 1, end, flat, literals);
        spans.pop();
      }
      return;
    }
    const radix = part.alts.length;
    for (const i of part.empty) walk(k + 1, t, flat * radix + i, literals);
    const starting = part.byFirst.get(tokens[t]!);
    if (!starting) return;
    for (const i of starting) {
      const alt = part.alts[i]!;
      let ok = t + alt.length <= n;
      for (let j = 1; ok && j < alt.length; j++) ok = tokens[t + j] === alt[j];
      if (ok) walk(k + 1, t + alt.length, flat * radix + i, literals + alt.length);
    }
  };
  walk(0, 0, 0, 0);
}
