/**
 * More training lines from the ones we have, so the models learn that the words around a name
 * carry the intent and mark the span, not the name itself, and read a request for a thing no line
 * mentions like the others. Each line with item or list spans is copied
 *
 * - with those spans' names swapped for names other lines use ("add kale to the party list" ->
 *   "add ground turkey to the bbq list"), its quantity words kept (entity substitution, as Rasa
 *   and Snips train), and
 * - with the names made unknown: every feature that reads a name's words is dropped, so the copy
 *   looks exactly as a message naming a thing the model never saw ("add halloumi"). Only lines
 *   with a word of their own outside the names ("add", "on my list") get this copy: "halloumi,
 *   tahini" would become a message with nothing known in it, and the model would learn that a
 *   message of words it has never seen ("blorp zzz") is a request to add them.
 *
 * Seeded, so the same lines always give the same copies.
 */
import { matchQuantityPrefix } from '../../grocery/quantity/index.js';
import { isBreak } from '../engine/tokenizer.js';
import { featureValues, messageFeatures } from './features.js';
import { seededRandom } from './prng.js';
import { tagIndex } from './sequence-tagger.js';
import { spansOf, TAGS, type Span } from './span-labels.js';
import { tokenFeatures } from './token-features.js';
import type { PreparedLine } from './training-data.js';

/** Where a span's name starts: after its quantity words ("2 jars of" in "2 jars of harissa"). */
function nameStart(tokens: readonly string[], span: Span): number {
  const q = span.label === 'ITEM' ? matchQuantityPrefix(tokens.slice(span.start, span.end)) : undefined;
  return q && q.consumed < span.end - span.start ? span.start + q.consumed : span.start;
}

function spansOfLine(line: PreparedLine): Span[] {
  return line.tags ? spansOf(line.tokens, line.tags.map((t) => TAGS[t]!)) : [];
}

/** Names of each label's spans across the lines, each once, sorted (so file order does not matter). */
function namePools(lines: readonly PreparedLine[]): Map<string, string[][]> {
  const pools = new Map<string, Set<string>>();
  for (const line of lines) {
    for (const span of spansOfLine(line)) {
      if (span.label !== 'ITEM' && span.label !== 'LIST') continue;
      const name = line.tokens.slice(nameStart(line.tokens, span), span.end).join(' ');
      if (!pools.has(span.label)) pools.set(span.label, new Set());
      pools.get(span.label)!.add(name);
    }
  }
  return new Map([...pools].map(([label, names]) => [label, [...names].sort().map((n) => n.split(' '))]));
}

/**
 * Stands for a word the model never saw; the tokenizer never gives it, and features holding it
 * are dropped. Four characters long, so its shape is a word's, as most names' are.
 */
const UNKNOWN = '\u0000'.repeat(4);
const known = (f: string) => !f.includes('\u0000');

/** Does the line have a word outside its names that is not a break or a number ("add", "list")? */
function hasOwnWords(line: PreparedLine, spans: readonly Span[]): boolean {
  return line.tokens.some((t, i) => !spans.some((s) => i >= s.start && i < s.end) && !isBreak(t) && !/^\$?\d/.test(t));
}

/**
 * For each line that has item or list spans: `copies` new lines with names swapped, then one
 * with the names unknown when `unknown` is set. All the copies of one line come together.
 *
 * @example
 * augmentLines(prepared, 1, true, 17) // two more lines per line with a span
 */
export function augmentLines(lines: readonly PreparedLine[], copies: number, unknown: boolean, seed: number): PreparedLine[] {
  const pools = namePools(lines);
  const random = seededRandom(seed);
  const out: PreparedLine[] = [];
  for (const line of lines) {
    const spans = spansOfLine(line).filter((s) => pools.has(s.label));
    if (spans.length === 0) continue;
    for (let c = 0; c < copies + (unknown && hasOwnWords(line, spans) ? 1 : 0); c++) {
      const tokens: string[] = [];
      const tags: number[] = [];
      let at = 0;
      for (const span of spans) {
        const from = nameStart(line.tokens, span);
        for (; at < from; at++) (tokens.push(line.tokens[at]!), tags.push(line.tags![at]!));
        const pool = pools.get(span.label)!;
        const name = c < copies ? pool[Math.floor(random() * pool.length)]! : line.tokens.slice(from, span.end).map(() => UNKNOWN);
        name.forEach((w, k) => {
          tokens.push(w);
          tags.push(tagIndex(k === 0 && from === span.start ? `B-${span.label}` : `I-${span.label}`));
        });
        at = span.end;
      }
      for (; at < line.tokens.length; at++) (tokens.push(line.tokens[at]!), tags.push(line.tags![at]!));
      const features = messageFeatures(tokens).filter(known);
      out.push({ source: line.source, tokens, intent: line.intent, features, values: featureValues(features), tokenFeatures: tokenFeatures(tokens, line.intent).map((fs) => fs.filter(known)), tags });
    }
  }
  return out;
}
