/**
 * What the shopping intents share: phrase lists matched by first word, trimming of leads and
 * tails, and reading the product a question is about ("a 12-pack of coke right now" -> "coke").
 */
import { lookupUnit } from '../../../grocery/quantity/index.js';
import { call, SURE, UNRESOLVED, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { phraseOf } from '../../engine/items.js';
import { looksLikeTask, UNRESOLVED_REPLY } from './list-actions.js';
import { compilePatterns, type PatternSet } from '../../engine/patterns.js';
import { resolveReference } from '../../engine/references.js';
import { quantityPrefix } from '../../engine/text-memo.js';
import { isBreak, ITEM_BREAK, standsAt } from '../../engine/tokenizer.js';

/** A set of the space-separated words in `words`. */
export const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** True when `phrase` occurs in `tokens` at `at`. */
export const startsWith = standsAt;

/** Phrases as token lists, longest first, indexed by first word for quick look-up with {@link phraseAt}, and by last word for {@link trimTail}. */
export type Phrases = string[][] & { byFirst?: Map<string, string[][]>; byLast?: Map<string, string[][]> };

/** Token lists of `list`, longest first, indexed by first and by last word (each group longest first). */
export function phrases(list: readonly string[]): Phrases {
  const out: Phrases = list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  out.byFirst = new Map();
  out.byLast = new Map();
  for (const p of out) {
    out.byFirst.set(p[0]!, [...(out.byFirst.get(p[0]!) ?? []), p]);
    out.byLast.set(p[p.length - 1]!, [...(out.byLast.get(p[p.length - 1]!) ?? []), p]);
  }
  return out;
}

/** The longest of `list` that starts at tokens[i]. */
export function phraseAt(list: Phrases, tokens: readonly string[], i = 0): string[] | undefined {
  for (const p of list.byFirst?.get(tokens[i] ?? '') ?? []) if (startsWith(tokens, p, i)) return p;
  return undefined;
}

/** True when some phrase of `list` ends `tokens` (and is no longer than they are). */
export function endsWithAny(tokens: readonly string[], list: Phrases): boolean {
  for (const p of list.byLast?.get(tokens[tokens.length - 1]!) ?? []) if (p.length <= tokens.length && startsWith(tokens, p, tokens.length - p.length)) return true;
  return false;
}

/** Drops any of `tails` from the end, repeatedly ("eggs right now please" -> "eggs"). */
export function trimTail(tokens: readonly string[], tails: Phrases): string[] {
  let out = [...tokens];
  for (let moved = true; moved; ) {
    moved = false;
    while (out.length && isBreak(out[out.length - 1])) out.pop();
    // Only tails ending in the last word can end the tokens; they are tried longest first, as listed.
    const t = tails.byLast?.get(out[out.length - 1]!)?.find((p) => out.length > p.length && startsWith(out, p, out.length - p.length));
    if (t) (out = out.slice(0, -t.length)), (moved = true);
  }
  return out;
}

/** Drops any of `leads` from the start, repeatedly. */
export function trimLead(tokens: readonly string[], leads: readonly string[][]): string[] {
  let out = [...tokens];
  for (let moved = true; moved; ) {
    moved = false;
    while (out.length && isBreak(out[0])) out.shift();
    const l = leads.find((p) => out.length > p.length && startsWith(out, p));
    if (l) (out = out.slice(l.length)), (moved = true);
  }
  return out;
}

const DETERMINERS = phrases(['the', 'a', 'an', 'some', 'any', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'of', 'of the']);
/** When and how-much words after a product that are not part of it. */
export const SUBJECT_TAIL = phrases(['right now', 'these days', 'this week', 'today', 'now', 'at the moment', 'currently', 'lately', 'recently', 'this month',
  'for me', 'please', 'each', 'apiece', 'a piece', 'per pound', 'a pound', 'per lb', 'at the store', 'here', 'anymore', 'ever', 'in price', 'at all',
  'price', 'prices', 'cost', 'in baking', 'for baking', 'when baking', 'in a recipe', 'for a recipe', 'in my recipe', 'for cooking', 'in cooking', 'for a price drop', 'for price drops', 'for a drop', 'for deals', 'for sales', 'for a sale', 'too', 'again', 'thanks', 'and stuff']);

/** A product phrase without articles, quantity or time words ("a 12-pack of coke right now" -> "coke"). */
export function productWords(tokens: readonly string[]): string[] {
  let t = trimLead(trimTail(tokens, SUBJECT_TAIL), DETERMINERS);
  const q = quantityPrefix(t);
  if (q && q.consumed < t.length) t = t.slice(q.consumed);
  // "bag of ice" once the article was taken: a package word, "of", then the thing.
  else if (t.length > 2 && lookupUnit(t[0]!) && t[1] === 'of') t = t.slice(2);
  return trimLead(t, DETERMINERS);
}

/** Words that mean "everything on the list" when they are all a subject has. */
export const ALL_WORDS = set('everything all it this that these stuff items things groceries grocery basket cart trolley shop shopping order bill total subtotal lot whole entire thing together list of on in the my our a altogether food whole');
/** Words that point back at something shown. */
export const REFERENCES = set('it that these those them they one');

/** True for "everything", "all this", "my groceries", "it all": the whole list as a subject. */
export function isAll(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !isBreak(t));
  if (!words.length || !words.every((t) => ALL_WORDS.has(t))) return false;
  return !(words.length === 1 && REFERENCES.has(words[0]!)) && !(words.length === 2 && words[0] === 'the' && REFERENCES.has(words[1]!));
}

/** A reference that points at nothing shown yet: ask instead of guessing. */
export const unresolved = (): Outcome => ({ calls: [], confidence: UNRESOLVED, reply: UNRESOLVED_REPLY });
/** The list total, the answer to "how much is everything". */
export const TOTAL = (env: IntentEnv): Outcome => ({ calls: [call('list_total', {}, env)], confidence: SURE });

/** Words a product's name never has: pronouns and verbs of a sentence ("watch out i forgot eggs", "how much do you weigh"). */
const NOT_IN_A_NAME = set('i we you he she they me us him them is are was were am be been do does did forgot forget want need weigh think know said');
/** Particles that make "watch out", "track down" phrasal verbs rather than a product. */
const PARTICLES = set('out down up over to about around');

/** Could these words name something to buy? */
export function productLike(words: readonly string[]): boolean {
  return words.length > 0 && !PARTICLES.has(words[0]!) && !words.some((w) => NOT_IN_A_NAME.has(w));
}

/** Which product a request is about: a reference to what was shown, or words; `nameKey` holds the words. */
export function subject(tokens: readonly string[], env: IntentEnv, nameKey: string, idKey = 'productId'): Record<string, unknown> | 'unresolved' | undefined {
  const words = productWords(tokens);
  const ref = resolveReference(words.length ? words : tokens, env.context, 'shown');
  if (ref) return ref.length ? (ref[0]!.productId !== undefined ? { [idKey]: ref[0]!.productId } : { [nameKey]: ref[0]!.name }) : 'unresolved';
  if (words.length === 1 && REFERENCES.has(words[0]!)) return 'unresolved';
  if (!productLike(words)) return undefined;
  const name = phraseOf(words);
  return name && !looksLikeTask(name) ? { [nameKey]: name } : undefined;
}

/** Sure when the catalog knows a word of the product (or it was picked from results), less so otherwise. */
export function subjectConfidence(subj: Record<string, unknown>, env: IntentEnv): number {
  if (typeof subj.name !== 'string') return 0.9;
  return subj.name.split(' ').some((w) => env.vocab.knowsWord(w)) ? SURE : 0.7;
}

/** Several products in one phrase ("chicken or beef", "milk and eggs"), each without quantity. */
export function products(tokens: readonly string[], env: IntentEnv): { names: string[]; unknown: number } | undefined {
  const parts: string[][] = [[]];
  for (const t of tokens) {
    if (t === 'or' || t === ITEM_BREAK) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  const names: string[] = [];
  let unknown = 0;
  for (const part of parts) {
    const words = productWords(part);
    if (!words.length) continue;
    if (!productLike(words)) return undefined;
    const parse = env.items(words);
    if (!parse.items.length || parse.items.some((i) => looksLikeTask(i.name))) return undefined;
    unknown += parse.unknown;
    // One item keeps the words as typed (brand included); several are split by the item grammar.
    if (parse.items.length === 1) names.push(phraseOf(words));
    else for (const i of parse.items) names.push(i.brand ? `${i.brand.toLowerCase()} ${i.name}` : i.name);
  }
  return names.length ? { names, unknown } : undefined;
}

/** When words after a question that are not part of its subject ("how much is milk right now"). */
export const TIME_TAIL = phrases(['right now', 'these days', 'this week', 'today', 'now', 'at the moment', 'currently', 'lately', 'recently', 'this month', 'please', 'for me', 'at walmart', 'here', 'nowadays']);

/** The slots of the best match of a few patterns, and the words a match can start with (undefined: any). */
export type PatternMatcher = ((tokens: readonly string[]) => Record<string, string[]> | undefined) & Pick<PatternSet, 'firstWords' | 'anyNeeded'>;

/** A few phrase patterns matched inside a rule: the slots of the best match, if any. */
export function patternSet(sources: readonly string[]): PatternMatcher {
  const patterns = compilePatterns(sources, 'longest-first');
  return Object.assign((tokens: readonly string[]) => patterns.best(tokens), { firstWords: patterns.firstWords, anyNeeded: patterns.anyNeeded });
}
