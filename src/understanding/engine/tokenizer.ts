/**
 * Turns what people type into lower-case word tokens. Punctuation that separates things becomes
 * one of two marker tokens: {@link ITEM_BREAK} (commas, semicolons, new lines, slashes between
 * words) and {@link SENTENCE_BREAK} (full stops, "!" and "?"). Contractions are expanded so the
 * grammar only has to know one spelling ("what's" and "whats" both become "what is").
 */
import { ampersandsAsAnd } from '../../grocery/catalog/text.js';

/** Marks a comma, semicolon or new line: a boundary between items or requests. */
export const ITEM_BREAK = ',';
/** Marks the end of a sentence. */
export const SENTENCE_BREAK = '.';

/** Spellings, with and without the apostrophe, and what they stand for. */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  "what's": 'what is', whats: 'what is', "that's": 'that is', thats: 'that is',
  "it's": 'it is', "there's": 'there is', theres: 'there is', "here's": 'here is',
  "where's": 'where is', wheres: 'where is', "how's": 'how is', "who's": 'who is',
  "i'm": 'i am', im: 'i am', "we're": 'we are', "you're": 'you are', youre: 'you are',
  "they're": 'they are', "i've": 'i have', ive: 'i have', "we've": 'we have', weve: 'we have',
  "i'll": 'i will', "we'll": 'we will', "you'll": 'you will', "i'd": 'i would', "we'd": 'we would',
  "don't": 'do not', dont: 'do not', "doesn't": 'does not', doesnt: 'does not', "didn't": 'did not',
  didnt: 'did not', "isn't": 'is not', isnt: 'is not', "aren't": 'are not', arent: 'are not',
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', wont: 'will not',
  "haven't": 'have not', havent: 'have not', "wasn't": 'was not', "shouldn't": 'should not',
  "let's": 'let us', "how'd": 'how did', "y'all": 'you all', "he's": 'he is', "she's": 'she is', "everyone's": 'everyone is',
  "everybody's": 'everybody is', "someone's": 'someone is', "somebody's": 'somebody is', "nobody's": 'nobody is', "everything's": 'everything is',
  "nothing's": 'nothing is', "they'll": 'they will', "they've": 'they have', "it'll": 'it will', "that'll": 'that will', "wouldn't": 'would not',
  "couldn't": 'could not', "hasn't": 'has not', "weren't": 'were not',
  gotta: 'got to', gonna: 'going to', wanna: 'want to', lemme: 'let me', gimme: 'give me',
  u: 'you', ur: 'your', r: 'are', hw: 'how', rn: 'right now', mch: 'much', howmuch: 'how much', srch: 'search', wot: 'what', wots: 'what is', wat: 'what', wats: 'what is', pls: 'please', plz: 'please', pleeease: 'please', thx: 'thanks',
  tnx: 'thanks', nvm: 'never mind', nevermind: 'never mind', '&': 'and', '+': 'and', 'n\'': 'n',
}));

const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f]/gu;

/**
 * Normalises raw text before splitting: case, curly quotes, emoji, "(2)" counts, "$150/week".
 */
function normalise(text: string): string {
  // Most messages are plain ASCII: Unicode forms, curly quotes, dashes and emoji need no look.
  const plain = /^[\x00-\x7f]*$/.test(text);
  let s = plain ? text.toLowerCase() : fromUnicode(text);
  // Each rewrite runs only when the text has the character it looks for: most messages have none,
  // and a look with includes() costs far less than a regular expression that finds nothing.
  if (plain && s.includes('`')) s = s.replace(/`/g, "'");
  if (s.includes(':') || s.includes(';') || s.includes('<')) s = s.replace(/:\)|:\(|:d\b|;\)|<3/g, ' ');
  // "eggs (2)" -> "eggs x2": a count in brackets. "eggs (large)", "bread (whole wheat)" -> "large
  // eggs": a kind in brackets goes before the thing, unless it says who or what it is for.
  if (s.includes('(')) {
    s = s.replace(/\(\s*x?\s*(\d+)\s*x?\s*\)/g, ' x$1 ');
    s = s.replace(/\b([a-z]+)\s*\(\s*([a-z]+(?: [a-z]+)?)\s*\)/g, (whole, thing: string, kind: string) => (BRACKET_NOT_KIND.test(kind) ? whole : `${kind} ${thing}`));
  }
  if (s.includes('/')) {
    // "$150/week", "150 / mo": a rate, not two items.
    s = s.replace(/(\d)\s*\/\s*(wk|week|mo|month|yr|year)\b/g, '$1 per $2');
    // "milk/eggs" and "milk + eggs": separators between words.
    s = s.replace(/([a-z])\s*\/\s*([a-z])/g, '$1 , $2');
  }
  // "&" is "and", except between single letters: "m&ms" and "a&w" are names.
  if (s.includes('&')) s = ampersandsAsAnd(s);
  if (s.includes('+')) s = s.replace(/\s\+\s|\+(?=[a-z])/g, ' and ');
  // A pasted list's markers at the start of its lines: "1. milk", "2) eggs", "- bread", "* jam", "[ ] butter".
  if ((s.includes('.') || s.includes(')') || s.includes('-') || s.includes('*') || s.includes('[')) && LIST_MARKER.test(s)) s = s.replace(LIST_MARKERS, '$1');
  if (BREAK_CHARS.test(s)) s = s.replace(/[;\n\r\t•·]+/g, ' , ');
  if (s.includes('..')) s = s.replace(/\.{2,}/g, ' . ');
  // "what all is left" (dialect) asks what; "i not need milk" (ESL) leaves out the "do".
  if (s.includes('what all')) s = s.replace(/\bwhat all\b/g, 'what');
  if (s.includes(' not ')) s = s.replace(/\b(i|we|you|they) not (need|want|have|like|use|eat|drink)\b/g, '$1 do not $2');
  // Dictation spells punctuation out: "paper towels comma toilet paper", "add bread period".
  if (s.includes('comma')) s = s.replace(/\s+comma\s+/g, ' , ');
  // "just checking in - add apples": a dash between words with spaces around it breaks like a comma.
  if (s.includes(' - ') || s.includes(' – ') || s.includes(' — ')) s = s.replace(/\s+[-–—]+\s+/g, ' , ');
  if (s.includes('period') || s.includes('full stop')) s = s.replace(/\s+(?:period|full stop)\s*$/, ' . ');
  return s;
}

const BREAK_CHARS = /[;\n\r\t•·]/;
/** Words that make a bracket a note rather than a kind: "(for mom)", "(the big one)", "(if on sale)". */
const BRACKET_NOT_KIND = /^(for|the|a|an|to|if|not|no|or|and|any|some|maybe|optional|only|just|each|per|please|ripe ones|big one|small one)\b/;
const LIST_MARKER = /(?:^|\n)[ \t]*(?:\d{1,2}[.)]|[-*]|\[[ x]?\])[ \t]+\S/;
const LIST_MARKERS = /(^|\n)[ \t]*(?:\d{1,2}[.)]|[-*]|\[[ x]?\])[ \t]+/g;

/** Unicode spellings as the ASCII the grammar reads: compatibility forms, curly quotes, long dashes; emoji dropped. */
function fromUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(EMOJI, ' ');
}

/** Leading and trailing characters that are never part of a word. */
const LEAD = /^["'(\[{*_~<]+/;
const TRAIL = /["')\]}*_~>]+$/;
const PLAIN = /^[a-z0-9]+$/;
/** The characters LEAD and TRAIL take, so a chunk without one at its edge skips the expression. */
const LEAD_CHARS = new Set('"\'([{*_~<');
const TRAIL_CHARS = new Set('"\')]}*_~>');

/**
 * Splits text into tokens: words, numbers ("2", "1.5", "1/2", "2lbs", "$5.99", "2%"), and the
 * two break markers.
 *
 * @example
 * tokenize("What's on my list?") // ['what', 'is', 'on', 'my', 'list', '.']
 * tokenize('milk, eggs & bread') // ['milk', ',', 'eggs', 'and', 'bread']
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (let chunk of normalise(text).split(/\s+/)) {
    // A plain word or number has no punctuation to peel off.
    if (PLAIN.test(chunk)) {
      pushWord(out, chunk);
      continue;
    }
    if (LEAD_CHARS.has(chunk[0]!)) chunk = chunk.replace(LEAD, '');
    // "milk - 2", "bananas – the ripe ones": a lone dash separates like a comma.
    if (chunk === '-') {
      out.push(ITEM_BREAK);
      continue;
    }
    const breaks: string[] = [];
    // Peel trailing punctuation off, remembering the strongest break it implied.
    for (;;) {
      if (TRAIL_CHARS.has(chunk[chunk.length - 1]!)) chunk = chunk.replace(TRAIL, '');
      const last = chunk.slice(-1);
      if (last === ',' || last === ':') breaks.push(ITEM_BREAK);
      else if (last === '!' || last === '?') breaks.push(SENTENCE_BREAK);
      // A full stop ends a sentence unless it is part of a number ("1.") or an abbreviation like "oz.".
      else if (last === '.' && !/^\d+\.$/.test(chunk) && !/^(?:oz|lb|lbs|fl|pkg|ct|st|mr|mrs|dr)\.$/.test(chunk)) breaks.push(SENTENCE_BREAK);
      else break;
      chunk = chunk.slice(0, -1);
    }
    if (chunk[0] === ',' || chunk[0] === ':' || chunk[0] === '!' || chunk[0] === '?') chunk = chunk.replace(/^[,:!?]+/, '');
    if (TRAIL_CHARS.has(chunk[chunk.length - 1]!)) chunk = chunk.replace(TRAIL, '');
    if (chunk !== '') pushWord(out, chunk);
    if (breaks.length) out.push(breaks.includes(SENTENCE_BREAK) ? SENTENCE_BREAK : ITEM_BREAK);
  }
  return out;
}

function pushWord(out: string[], word: string): void {
  const expanded = CONTRACTIONS.get(word);
  if (expanded !== undefined) {
    for (const w of expanded.split(' ')) out.push(w);
    return;
  }
  // Contractions the table does not list ("what've", "should've", "where'd", "milk'll"): the
  // endings are unambiguous, unlike "'s" (possessive or "is"), which stays on the word.
  const tail = word.includes("'") ? /^([a-z]+)'(ve|ll|re|d|m)$/.exec(word) : null;
  if (tail) {
    out.push(tail[1]!, ({ ve: 'have', ll: 'will', re: 'are', d: 'would', m: 'am' } as const)[tail[2] as 've' | 'll' | 're' | 'd' | 'm']);
    return;
  }
  // "x2" / "2x" stay whole; "milk," was handled above; "a,b" splits.
  if (word.includes(',') && !/^\$?\d{1,3}(,\d{3})+(\.\d+)?$/.test(word)) {
    word.split(',').forEach((w, i) => {
      if (i > 0) out.push(ITEM_BREAK);
      if (w) pushWord(out, w);
    });
    return;
  }
  out.push(startsNumber(word) ? word.replace(/^\$?(\d{1,3}(?:,\d{3})+)/, (m) => m.replace(/,/g, '')) : word);
}

/** "2", "$5": a digit first, or after a dollar sign (the test /^\$?\d/ makes, without the expression). */
function startsNumber(word: string): boolean {
  const c = word.charCodeAt(word.charCodeAt(0) === 36 ? 1 : 0);
  return c >= 48 && c <= 57;
}

/** True when the words of `phrase` stand in `tokens` from `at` on ("for me" in "milk for me" at 1). */
export function standsAt(tokens: readonly string[], phrase: readonly string[], at = 0): boolean {
  // A plain loop: this runs for every filler, tail and catalog phrase tried at every position.
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/**
 * The words without the phrases that lead them, taken off the front as long as one stands there
 * (the longest first, when `phrases` are sorted so), and whether any was.
 *
 * @example
 * withoutLeading(['no', 'wait', 'make', 'it', '3'], [['no'], ['wait']]) // { words: ['make', 'it', '3'], stripped: true }
 */
export function withoutLeading(words: readonly string[], phrases: readonly (readonly string[])[]): { words: string[]; stripped: boolean } {
  let rest = [...words];
  let stripped = false;
  for (let lead = phrases.find((p) => rest.length > p.length && standsAt(rest, p)); lead; lead = phrases.find((p) => rest.length > p.length && standsAt(rest, p))) {
    rest = rest.slice(lead.length);
    stripped = true;
  }
  return { words: rest, stripped };
}

/** True for the two break markers. */
export function isBreak(token: string | undefined): boolean {
  return token === ITEM_BREAK || token === SENTENCE_BREAK;
}
