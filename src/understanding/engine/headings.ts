/**
 * What stands before a request without being one: a heading saying what the shopping is for
 * ("pizza night! add dough and pepperoni", "taco tuesday. tortillas and salsa", "for the
 * lasagna: ricotta and noodles"), and openers standing alone ("oh wait, the crackers, just one
 * box"). The words live in the lexicon; this file says where they stand.
 */
import {
  ACTION_STARTERS, APPOSITIVE_POINTERS, NOT_A_RELAYER, NOT_IN_A_HEADING, NOT_IN_AN_APPOSITIVE, OCCASION_HEADINGS, AMOUNT_NOUNS, POINTERS, PRICE_WORDS, SMALL_NUMBER_WORDS, SPEAKER_ASKS, RELAY_ASIDES, RELAY_OPENERS, RELAYED_BY, RELAYED_REQUEST, SAYING_VERBS, SOFT_OPENERS,
  WHOSE_WORDS, INTERJECTIONS, PLACE_NOUNS, PLACE_WORDS, RELAYED_COMMANDS, SAID_TO_SOMEONE_HERE, LEADING_FILLER,
} from '../lexicon/index.js';
import { onlyFiller } from './clause.js';
import { isBreak, ITEM_BREAK, SENTENCE_BREAK, standsAt } from './tokenizer.js';
import { isEnglishWord } from './typos.js';
import type { VocabularyIndex } from './vocabulary.js';

/** The most words a heading runs to. */
const HEADING_MAX = 5;

/** The message without a heading or bare openers before its first request. */
export function withoutHeading(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  let start = 0;
  for (;;) {
    const end = tokens.findIndex((t, i) => i >= start && isBreak(t));
    if (end < 0) break;
    const first = tokens.slice(start, end);
    const rest = tokens.slice(end + 1);
    if (!rest.some((t) => !isBreak(t) && !SOFT_OPENERS.has(t))) break;
    const openers = first.every((t) => SOFT_OPENERS.has(t) || t === 'um' || t === 'uh');
    // "for the mince, make it 1kg", "not buying chips this week, remove them": what follows points back into it.
    if (!openers && (!isHeading(first, vocab) || rest.some((t) => POINTERS.has(t)))) break;
    start = end + 1;
  }
  return start ? tokens.slice(start) : withoutUnbrokenHeading(tokens, vocab);
}

/**
 * "for lunches this week we need turkey", "for the lasagna 2 jars of marinara": a heading "for
 * ..." said without a break, ended where the request starts (a command word, "we need", an amount).
 */
function withoutUnbrokenHeading(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  if (tokens[0] !== 'for') return [...tokens];
  for (let k = 2; k <= HEADING_MAX && k < tokens.length - 1; k++) {
    const t = tokens[k]!;
    if (isBreak(t)) break;
    const starts = ACTION_STARTERS.has(t) || ((t === 'i' || t === 'we') && SPEAKER_ASKS.has(tokens[k + 1]!)) || /^\d/.test(t) || SMALL_NUMBER_WORDS.has(t);
    if (!starts) continue;
    const rest = tokens.slice(k);
    return isHeading(tokens.slice(0, k), vocab) && !rest.some((w) => POINTERS.has(w) || AMOUNT_NOUNS.has(w)) ? rest : [...tokens];
  }
  return [...tokens];
}

function isHeading(words: readonly string[], vocab: VocabularyIndex): boolean {
  if (words.length === 0 || words.length > HEADING_MAX || words.some((w) => ACTION_STARTERS.has(w) || /\d/.test(w) || NOT_IN_A_HEADING.has(w))) return false;
  if (vocab.hasPhrase(words.join(' '))) return false;
  // "for the lasagna", "for the kids' lunches": what it is all for.
  if (words[0] === 'for' && words.length >= 2) return true;
  // "pizza night", "office restock"; not "dinner rolls", which is a thing.
  return OCCASION_HEADINGS.has(words[words.length - 1]!);
}

const RELAYS = RELAYED_BY.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const PASSED_ON = RELAYED_REQUEST.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/**
 * "sam says we need dish soap", "she wants oat milk, 2 cartons", "my wife asked for ricotta",
 * "my wife says add buns": a request passed on from someone (one or two words that are not a
 * thing to buy) is the request.
 */
export function withoutRelay(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  // "last thing, she says ...": an opener standing alone before the break comes first.
  const brk = tokens.indexOf(ITEM_BREAK);
  let start = brk > 0 && onlyFiller(tokens.slice(0, brk)) ? brk + 1 : 0;
  // "lol tom says ...", "ugh she wants ...": a sound before the one passing it on carries nothing.
  while (RELAY_OPENERS.has(tokens[start] ?? '') || INTERJECTIONS.has(tokens[start] ?? '')) start++;
  for (const width of [1, 2]) {
    const who = tokens.slice(start, start + width);
    if (who.length < width || who.some((w) => isBreak(w) || /\d/.test(w)) || vocab.hasPhrase(who.join(' '))) continue;
    if (width === 2 && !WHOSE_WORDS.has(who[0]!)) continue;
    // The speaker's own wants are their request as said ("i would like you to add ...").
    if (NOT_A_RELAYER.has(who[0]!)) continue;
    // "sam says get honey", "mum wants me to grab bread": their whole request, from its verb.
    const passed = PASSED_ON.find((p) => standsAt(tokens, p, start + width));
    const from = start + width + (passed?.length ?? 0);
    if (passed && ACTION_STARTERS.has(tokens[from] ?? '')) return tokens.slice(from);
    // "she says get 3 of those", "he said forget the buns": a request passed on word for word.
    const verb = tokens[start + width] ?? '';
    if (SAYING_VERBS.has(verb) && RELAYED_COMMANDS.has(tokens[start + width + 1] ?? '')) return tokens.slice(start + width + 1);
    const relay = RELAYS.find((p) => standsAt(tokens, p, start + width));
    // "says", "said", "texted" name a speaker; "wants" after a word the catalog sells may be about that thing.
    if (relay && width === 1 && !SAYING_VERBS.has(relay[0]!) && vocab.knowsWord(who[0]!)) continue;
    if (!relay || tokens[start + width + relay.length] === 'to') continue;
    const rest = tokens.slice(start + width + relay.length);
    if (rest.length) return ['add', ...rest];
  }
  return withoutRelayAsides(tokens);
}

const ASIDES = RELAY_ASIDES.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** "..., he says 2 packs of each": an amount passed on after a break is the message's own. */
function withoutRelayAsides(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push(tokens[i]!);
    if (tokens[i] !== ITEM_BREAK) continue;
    const aside = ASIDES.find((p) => standsAt(tokens, p, i + 1));
    // Only an amount passed on: "she says almond tastes weird" stays a remark.
    const next = tokens[i + 1 + (aside?.length ?? 0)] ?? '';
    if (aside && (/^\d/.test(next) || SMALL_NUMBER_WORDS.has(next))) i += aside.length;
  }
  return out;
}

/**
 * "got em, the tortillas", "take it off, the bread": a pronoun and, after the comma, the thing it
 * means. The thing takes the pronoun's place.
 */
export function withAppositive(tokens: readonly string[]): string[] {
  const at = tokens.findIndex((t, i) => t === ITEM_BREAK && i > 0 && tokens[i + 1] === 'the' && (APPOSITIVE_POINTERS.has(tokens[i - 1]!) || placeBefore(tokens, i) > 0));
  if (at < 0) return [...tokens];
  const end = tokens.findIndex((t, i) => i > at && isBreak(t));
  const thing = tokens.slice(at + 2, end < 0 ? tokens.length : end);
  if (thing.length === 0 || thing.length > 4 || thing.some((w) => ACTION_STARTERS.has(w) || NOT_IN_AN_APPOSITIVE.has(w))) return [...tokens];
  // "the first thing, the string cheese": the place on the list goes with the pronoun's.
  const said = APPOSITIVE_POINTERS.has(tokens[at - 1]!) ? 1 : placeBefore(tokens, at);
  return [...tokens.slice(0, at - said), ...(said > 1 ? ['the'] : []), ...thing, ...(end < 0 ? [] : tokens.slice(end))];
}

/** How many words before `at` say a place on the list ("the first thing", "the last one"), or 0. */
function placeBefore(tokens: readonly string[], at: number): number {
  for (const n of [3, 4]) {
    const words = tokens.slice(at - n, at);
    if (words.length === n && words[0] === 'the' && !words.some(isBreak) && PLACE_NOUNS.has(words[n - 1]!) && PLACE_WORDS.has(words[n - 2]!)) return n;
  }
  return 0;
}

/** "watch its price", "what is its cost": said as "the price of it", which the rules read. */
export function withPossessivePrice(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'its' && PRICE_WORDS.has(tokens[i + 1] ?? '')) {
      out.push('the', tokens[i + 1]!, 'of', 'it');
      i++;
    } else out.push(tokens[i]!);
  }
  return out;
}

/**
 * "LEO PUT THAT DOWN. sorry. also ...", "milo stop!": a sentence said to someone in the room by
 * name (a word that is no English word, nothing the catalog sells and no brand, then a word said
 * to a child or a pet) that names nothing to buy is left out.
 */
export function withoutWordsToOthers(tokens: readonly string[], vocab: VocabularyIndex): string[] {
  const out: string[] = [];
  for (let start = 0; start < tokens.length; ) {
    let end = tokens.indexOf(SENTENCE_BREAK, start);
    if (end < 0) end = tokens.length;
    const words = tokens.slice(start, end).filter((t) => !isBreak(t));
    const name = words[0] ?? '';
    // Not an assistant addressed by name ("siri put it on the list"), which is an opener.
    const toSomeone = words.length >= 2 && /^[a-z]+$/.test(name) && !isEnglishWord(name) && !vocab.knowsWord(name) && vocab.brandAt(words, 0) === undefined && !LEADING_FILLER.includes(name)
      && SAID_TO_SOMEONE_HERE.has(words[1]!) && !words.slice(1).some((w) => vocab.hasPhrase(w));
    if (!toSomeone) out.push(...tokens.slice(start, Math.min(end + 1, tokens.length)));
    start = end + 1;
  }
  return out;
}
