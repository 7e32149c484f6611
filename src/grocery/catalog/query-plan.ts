import type { Lexicon } from './lexicon.js';
import { STOPWORDS, words } from './text.js';

/** One way to read part of a query: a run of words, maybe a prefix, maybe a typo correction. */
export interface Alternative {
  words: string[];
  prefix?: boolean;
  fuzzy?: boolean;
}

/** How a query will be searched: every group must match, through any of its alternatives. */
export interface QueryPlan {
  groups: Alternative[][];
  /** Words that matched nothing, not even as a typo. */
  unresolved: string[];
  /** The meaningful words of the query, normalized, for phrase-level ranking. */
  phrase: string;
  /** Phrases the query means (itself and its synonyms), for the category boost. */
  meanings: string[];
}

/** Options for {@link planQuery}. */
export interface PlanOptions {
  /** Let the last word match as a prefix ("bana" -> bananas); search does, list matching does not. */
  prefix: boolean;
  /** Whether a word occurs in the index as typed (after stemming); a cheap FTS probe. */
  indexed: (word: string) => boolean;
}

const IGNORED = new Set([...STOPWORDS, 'and', 'or']);

/**
 * Turns what a person typed into search groups: synonyms of multi-word phrases first ("green
 * onions" -> scallions), then each word as itself, a prefix, or its nearest catalog words.
 */
export function planQuery(query: string, lexicon: Lexicon, opts: PlanOptions): QueryPlan {
  const ws = words(query).filter((w) => !IGNORED.has(w));
  const groups: Alternative[][] = [];
  const unresolved: string[] = [];
  const phrase = ws.join(' ');
  const meanings = [phrase, ...lexicon.synonymsOf(phrase)];
  let i = 0;
  while (i < ws.length) {
    const span = synonymSpan(ws, i, lexicon);
    if (span) {
      groups.push([{ words: ws.slice(i, i + span.length) }, ...span.synonyms.map(asAlternative)]);
      i += span.length;
      continue;
    }
    const w = ws[i]!;
    const alts = wordAlternatives(w, i === ws.length - 1, lexicon, opts);
    if (alts.length) groups.push(alts);
    else unresolved.push(w);
    i++;
  }
  return { groups, unresolved, phrase, meanings: [...new Set([...meanings, ...readings(groups)])] };
}

/** Whole-query readings through corrections and synonyms ("cheeze" -> "cheese"), capped. */
function readings(groups: readonly Alternative[][]): string[] {
  let out = [''];
  for (const alts of groups) {
    const texts = alts.filter((a) => !a.prefix).map((a) => a.words.join(' '));
    if (!texts.length) return [];
    out = out.flatMap((o) => texts.map((t) => (o ? `${o} ${t}` : t))).slice(0, 24);
  }
  return out;
}

function synonymSpan(ws: string[], i: number, lexicon: Lexicon): { length: number; synonyms: string[] } | undefined {
  for (let len = Math.min(lexicon.longestSynonym, ws.length - i); len >= 2; len--) {
    const synonyms = lexicon.synonymsOf(ws.slice(i, i + len).join(' '));
    if (synonyms.length) return { length: len, synonyms };
  }
  return undefined;
}

function wordAlternatives(w: string, isLast: boolean, lexicon: Lexicon, opts: PlanOptions): Alternative[] {
  const alts: Alternative[] = [];
  const form = /^\d/.test(w) ? w : lexicon.knownForm(w);
  if (form) alts.push({ words: [form] });
  else if (opts.indexed(w)) {
    // The stemmer knows it ("berry" for berries), but it may be a typo of a real word instead:
    // "cheeze" stems like Cheez-It yet means cheese. A catalog word one edit away wins.
    const corrections = lexicon.corrections(w);
    if (corrections.length) for (const c of corrections) alts.push({ words: [c], fuzzy: true });
    else alts.push({ words: [w] });
  } else if (opts.prefix && isLast && w.length >= 2 && lexicon.hasPrefix(w)) alts.push({ words: [w], prefix: true });
  else for (const c of lexicon.corrections(w)) alts.push({ words: [c], fuzzy: true });
  for (const s of lexicon.synonymsOf(w)) alts.push(asAlternative(s));
  return alts;
}

function asAlternative(text: string): Alternative {
  return { words: text.split(' ').filter((w) => !IGNORED.has(w)) };
}
