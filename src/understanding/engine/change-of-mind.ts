/**
 * A change of mind inside one message: "add whole milk, oh wait we still have whole milk, add
 * sourdough instead", "get shredded cheddar too, actually no, we have a ton, sour cream instead",
 * "crisps for the kids. actually no, they've had enough this week. biscuits instead". The words
 * that take a thing back live in the lexicon; this file says where they stand: after the request
 * they take back, before the reason and what is wanted instead.
 */
import { isNounPhrase } from './items.js';
import { lookupUnit, numericValue } from '../../grocery/quantity/index.js';
import {
  ACTION_STARTERS as CLAUSE_OPENING_VERBS, DETERMINERS_OF_A_THING, DROP_ONE_WORDS, GOING_ON_WORDS, INSTEAD_WORDS, INTERJECTIONS, JOINERS, MAYBE_RETRACTIONS, NEGATING_WORDS,
  NO_AS_PART_OF, NOT_A_THING_FIRST, APPOSITIVE_POINTERS, PUT_ON_VERBS, RETRACTIONS, SOFT_OPENERS, STATEMENT_SUBJECTS,
} from '../lexicon/index.js';
import { isRemark } from './split-clauses.js';
import { isBreak, SENTENCE_BREAK, standsAt } from './tokenizer.js';

const byLength = (phrases: readonly string[]) => phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const SURE = byLength(RETRACTIONS);
const DROP_ONE = byLength(DROP_ONE_WORDS);
/** Inside a run of words only an unmistakable one counts ("... actually no we have tons"), not "no more than". */
const MID = SURE.filter((p) => p.length >= 2 && p[0] !== 'but' && p.some((w) => NEGATING_WORDS.has(w)) && !standsAt(p, ['no', 'no'], 0));
const MAYBE = byLength(MAYBE_RETRACTIONS);
/** "and candles oh wait we have candles": a "wait" said without a break still starts a new run of words. */
const WAITS = MAYBE.filter((p) => p.includes('wait'));

/** A run of words between breaks, and the break that ended it. */
interface Segment {
  words: string[];
  end?: string;
}

function segments(tokens: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isBreak(t)) {
      out.push({ words, end: t });
      words = [];
      continue;
    }
    // "put cereal on the list actually no we have tons", "frozen peas no not peas corn": a sure
    // retraction starts a segment, comma or not.
    if ((words.length >= 2 && (MID.some((p) => standsAt(tokens, p, i)) || standsAt(tokens, ['no', 'not'], i))) || (words.length >= 1 && !NEGATING_WORDS.has(tokens[i - 1]!) && tokens[i - 1] !== 'oh' && WAITS.some((p) => standsAt(tokens, p, i)))) {
      out.push({ words });
      words = [];
    }
    words.push(t);
  }
  out.push({ words });
  return out.filter((s) => s.words.length > 0 || s.end !== undefined);
}

function markerAt(words: readonly string[], phrases: readonly string[][]): number {
  const length = phrases.find((p) => standsAt(words, p, 0))?.length ?? 0;
  // "no more than $3", "no longer vegetarian", "no thanks": "no" that is part of what follows.
  return length && NO_AS_PART_OF.has(words[length] ?? '') ? 0 : length;
}

/** Does a run of words ask for something: a command word first, "... instead", or a thing named bare? */
function asks(said: readonly string[]): boolean {
  const words = said.filter((w, i) => i > 0 || !GOING_ON_WORDS.has(w));
  if (words.length === 0) return false;
  const first = words[0]!;
  if (CLAUSE_OPENING_VERBS.has(first) || INSTEAD_WORDS.has(words[words.length - 1]!)) return true;
  const bare = first === 'the' ? words.slice(1) : words;
  return !isRemark(words) && !isRemark(bare) && !GOING_ON_WORDS.has(first) && !NOT_A_THING_FIRST.has(first) && isNounPhrase(words.join(' '));
}

const content = (words: readonly string[]) => words.some((w) => !SOFT_OPENERS.has(w) && !INTERJECTIONS.has(w) && !GOING_ON_WORDS.has(w));

/**
 * Takes back what a change of mind takes back: the request before it (the last thing named, when
 * things were listed with commas), the reason after it, and keeps what is wanted instead as a
 * request of its own ("biscuits instead" -> "add biscuits"). Nothing left ("add eggs, actually no") is []. A message that only says "actually
 * no" takes back nothing of earlier turns here; that is the conversation's to resolve.
 */
export function withoutChangesOfMind(tokens: readonly string[]): string[] {
  const segs = segments(tokens);
  const kept: Segment[] = [];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const sure = markerAt(seg.words, SURE);
    const maybe = sure ? 0 : markerAt(seg.words, MAYBE);
    const before = kept.findLastIndex((s) => content(s.words));
    // "that dairy stuff, nah": only a request (or things named) is taken back, not a thing pointed at.
    if (before >= 0 && APPOSITIVE_POINTERS.has(kept[before]!.words.find((w) => content([w])) ?? '')) {
      kept.push(seg);
      continue;
    }
    if ((!sure && !maybe) || before < 0) {
      kept.push(seg);
      continue;
    }
    // What follows the marker: the reason, then (maybe) what is wanted instead.
    const after: Segment[] = [{ words: withoutTakenBack(seg.words.slice(sure || maybe), kept[before]!.words), end: seg.end }, ...segs.slice(i + 1)];
    // What is wanted instead: said with "instead" wherever it stands, or else the first thing asked.
    const instead = after.findIndex((s) => INSTEAD_WORDS.has(s.words.at(-1) ?? '') && !markerAt(s.words, SURE));
    const wanted = instead >= 0 ? instead : after.findIndex((s) => content(s.words) && (asks(s.words) || takesOne(s.words) !== undefined) && !markerAt(s.words, SURE));
    const reasons = after.slice(0, wanted < 0 ? after.length : wanted).filter((s) => content(s.words));
    // "oh wait" with neither a reason nor an "instead" after it is only a pause ("add milk, oh wait, and eggs").
    if (maybe && reasons.length === 0 && !(wanted >= 0 && INSTEAD_WORDS.has(after[wanted]!.words.at(-1)!))) {
      // Said without a break ("add milk oh wait and eggs"), the pause itself is no part of a thing.
      if (after[0]!.words.length > 0) kept.push(seg.end === undefined ? { words: seg.words.slice(maybe) } : seg);
      continue;
    }
    const taken = kept.splice(before);
    // "add milk and bread, nah forget the bread": only the thing it names is taken back.
    const named = wanted < 0 ? undefined : dropNamed(taken, after.slice(0, wanted + 1));
    if (named) {
      kept.push(...named);
      i += wanted;
      continue;
    }
    if (wanted < 0) {
      // The whole message taken back: nothing is left to do.
      if (!kept.some((s) => content(s.words))) return [];
      break;
    }
    let words = after[wanted]!.words.filter((w, k, all) => !(k === all.length - 1 && INSTEAD_WORDS.has(w)));
    // "add 3 lemons, no wait, 4": an amount alone is the amount of what was taken back.
    if (words.length <= 2 && isAmount(words[0]) && taken.length) words = withAmount(taken[taken.length - 1]!.words, words);
    // A thing named bare, after taking back an add, is added: "biscuits instead".
    if (!CLAUSE_OPENING_VERBS.has(words[0]!) && takesAdd(taken)) words = ['add', ...words];
    kept.push({ words, end: SENTENCE_BREAK });
    i += wanted; // the segments up to what is wanted were the reason
  }
  return kept.flatMap((s) => (s.end !== undefined ? [...s.words, s.end] : s.words));
}

/**
 * Said in one breath after the marker: "not peas corn" (the thing taken back named again, then
 * what is wanted) and "sesame oil we still have soy sauce" (what is wanted, then the reason):
 * only what is wanted is left.
 */
function withoutTakenBack(words: readonly string[], request: readonly string[]): string[] {
  let out = [...words];
  if (out[0] === 'not') {
    const said = new Set(request);
    let k = 1;
    while (k < out.length - 1 && said.has(out[k]!)) k++;
    if (k > 1) out = out.slice(k);
  }
  const reason = out.findIndex((w, k) => k >= 1 && STATEMENT_SUBJECTS.has(w) && isRemark(out.slice(k)));
  return reason > 0 ? out.slice(0, reason) : out;
}

/** Was what was taken back an add (a put-on verb, or things named bare after one)? */
function takesAdd(taken: readonly Segment[]): boolean {
  const first = taken[0]?.words.find((w) => !SOFT_OPENERS.has(w) && !GOING_ON_WORDS.has(w));
  return first === undefined || PUT_ON_VERBS.has(first) || !CLAUSE_OPENING_VERBS.has(first);
}

const isAmount = (t: string | undefined) => t !== undefined && t !== 'a' && t !== 'an' && numericValue(t) !== undefined;

/** "add 3 lemons" and "4" -> "add 4 lemons"; "add lemons" and "4" -> "add 4 lemons". */
function withAmount(request: readonly string[], amount: readonly string[]): string[] {
  const at = request.findIndex((w) => isAmount(w));
  if (at >= 0) return [...request.slice(0, at), ...amount, ...request.slice(at + 1 + (amount.length > 1 && lookupUnit(request[at + 1] ?? '') !== undefined ? 1 : 0))];
  const verb = CLAUSE_OPENING_VERBS.has(request[0] ?? '') ? 1 : 0;
  return [...request.slice(0, verb), ...amount, ...request.slice(verb)];
}

/** "forget the bread", "not the bread", "skip the bread": the words of the one thing taken back. */
function takesOne(words: readonly string[]): string[] | undefined {
  const lead = markerAt(words, DROP_ONE);
  if (!lead) return undefined;
  const rest = words.slice(lead).filter((w) => !DETERMINERS_OF_A_THING.has(w));
  return rest.length ? rest : undefined;
}

/** What was taken back, with only the thing named taken out of it; undefined when it names nothing there. */
function dropNamed(taken: readonly Segment[], after: readonly Segment[]): Segment[] | undefined {
  const thing = after.map((s) => takesOne(s.words)).find((t) => t !== undefined);
  if (!thing) return undefined;
  for (let k = taken.length - 1; k >= 0; k--) {
    const words = taken[k]!.words;
    const at = words.findIndex((_, j) => standsAt(words, thing, j));
    if (at < 0) continue;
    let from = at;
    let to = at + thing.length;
    if (JOINERS.has(words[from - 1] ?? '')) from--;
    else if (JOINERS.has(words[to] ?? '')) to++;
    const left = [...words.slice(0, from), ...words.slice(to)];
    return [...taken.slice(0, k), ...(content(left.slice(CLAUSE_OPENING_VERBS.has(left[0] ?? '') ? 1 : 0)) ? [{ ...taken[k]!, words: left }] : []), ...taken.slice(k + 1)];
  }
  return undefined;
}
