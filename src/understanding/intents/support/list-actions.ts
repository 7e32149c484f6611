/**
 * What list requests do once a rule has matched: add, remove, change, view and check items, with
 * references to earlier turns ("that one", "two more of those") resolved against the context.
 */
import type { VocabularyIndex } from '../../engine/vocabulary.js';
import { lookupUnit } from '../../../grocery/quantity/index.js';
import { call, itemArgs, itemConfidence, SURE, UNKNOWN_ITEM, UNRESOLVED, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { isNounPhrase, kindFits, knownItem, phraseOf, sameKindAs } from '../../engine/items.js';
import { DONE_TO_WORDS, IRREGULAR_PARTICIPLES, NON_GROCERY_TOPICS, NON_GROCERY_VERBS, PLACE_PREPOSITIONS } from '../../lexicon/index.js';
import { fittingAmount, referenceKind, resolveReference, type Referent } from '../../engine/references.js';
import { quantityPrefix } from '../../engine/text-memo.js';
import { lineName } from '../../engine/list-lines.js';
import { onlyOneLine } from '../../engine/one-line.js';
import { standsAt } from '../../engine/tokenizer.js';

/** The reply for requests that are not about groceries. */
export const NOT_GROCERY_REPLY = "I can only keep grocery lists — try 'add milk'.";
/** The reply when "that one" points at nothing. */
export const UNRESOLVED_REPLY = 'Which item do you mean? Tell me its name, like "remove the milk".';

const unresolved = (): Outcome => ({ calls: [], confidence: UNRESOLVED, reply: UNRESOLVED_REPLY });
/** The answer to a request that is not about groceries. */
export const notGrocery = (): Outcome => ({ calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY });

/** A leading "0", "-3" or "zero": a count nobody can buy. */
const NOT_A_COUNT = /^(-\d+(\.\d+)?|0+(\.0+)?|zero)$/;

/** The reply for "add 0 eggs": ask again instead of adding one. */
export function notACountReply(name: string): string {
  return `I can only add more than zero — how many ${name} would you like?`;
}

/**
 * Does this item phrase read like a task or an appointment rather than a thing to buy? With the
 * catalog's vocabulary, a word of another domain beside a food word is the food's ("chicken
 * stock", "stock cubes", "movie snacks"), as is a name the catalog sells whole.
 */
export function looksLikeTask(name: string, vocab?: VocabularyIndex): boolean {
  const words = name.split(' ');
  if (NON_GROCERY_VERBS.has(words[0]!)) return true;
  if (vocab?.hasPhrase(name)) return false;
  const food = (w: string | undefined) => w !== undefined && !NON_GROCERY_TOPICS.has(w) && vocab !== undefined && vocab.knowsWord(w);
  return words.some((w, i) => (NON_GROCERY_TOPICS.has(w) && !food(words[i - 1]) && !food(words[i + 1])) || /^\d{1,2}(:\d\d)?(am|pm)$/.test(w) || /^\d{1,2}:\d\d$/.test(w));
}

function refItem(r: Referent, withQuantity = false): Record<string, unknown> {
  const out: Record<string, unknown> = { name: r.name };
  if (r.productId !== undefined) out.productId = r.productId;
  if (withQuantity && r.quantity !== undefined) out.quantity = r.quantity;
  if (withQuantity && r.unit !== undefined) out.unit = r.unit;
  return out;
}

/** add_to_list for the items (or the reference) in `tokens`. */
export function addItems(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // "i need to start my list", "we need to check": a verb after "to" that is not buying is no thing.
  if (tokens[0] === 'to' && tokens.length > 1 && !SPAN_VERBS.has(tokens[1]!) && tokens[1] !== 'pick' && !env.vocab.knowsWord(tokens[1]!)) return undefined;
  tokens = withoutLeadVerbs(tokens, env.vocab);
  const shown = env.context.lastResults ?? [];
  // "add 1" right after numbered choices picks the first; "add 2 of those" is two of what was shown.
  if (tokens.length === 1 && /^\d{1,2}$/.test(tokens[0]!) && shown.length > 1) {
    const pick = shown[Number(tokens[0]) - 1];
    return pick ? { calls: [call('add_to_list', { items: [{ name: pick.name, productId: pick.productId }] }, env)], confidence: 0.9 } : unresolved();
  }
  const amount = quantityPrefix(tokens);
  if (amount && amount.consumed < tokens.length && referenceKind(tokens.slice(amount.consumed))?.kind === 'pronoun') {
    const refs = resolveReference(tokens.slice(amount.consumed), env.context, 'shown');
    if (refs && refs.length === 1) {
      const item: Record<string, unknown> = { ...refItem(refs[0]!), quantity: amount.quantity.amount };
      if (amount.quantity.unit) item.unit = amount.quantity.unit;
      return { calls: [call('add_to_list', { items: [item] }, env)], confidence: 0.9 };
    }
    if (refs) return unresolved();
  }
  const ref = resolveReference(tokens, env.context, 'shown');
  if (ref) return ref.length ? { calls: [call('add_to_list', { items: ref.map((r) => refItem(r)) }, env)], confidence: 0.9 } : unresolved();
  const parse = env.items(tokens);
  if (!parse.items.length) return undefined;
  // "i'll need some things": words for "things" name nothing to add.
  if (parse.items.every((i) => /^(things|stuff|some things|some stuff|a few things|bits|items|something|anything|everything|a few bits)$/.test(i.name))) return undefined;
  // "add leeks, potatoes and stock cubes": a name that starts with a word the catalog sells ("chicken
  // stock"), among at least two things it knows, is one more thing, whatever else the word means.
  const groceries = parse.items.filter((i) => knownItem(i.name, env.vocab) && !looksLikeTask(i.name, env.vocab)).length;
  const oneMore = (name: string) => groceries >= 2 && env.vocab.knowsWord(name.split(' ')[0]!) && !NON_GROCERY_VERBS.has(name.split(' ')[0]!);
  if (parse.items.some((i) => looksLikeTask(i.name, env.vocab) && !oneMore(i.name))) return notGrocery();
  // "i buy from the market": a place, not a thing.
  if (PLACE_PREPOSITIONS.has(tokens[0] ?? '')) return undefined;
  // "grab yogurt while you're out" matched "{x} are out" with x = "yogurt while you": not a thing, so another pattern reads it.
  if (!parse.items.every((i) => isNounPhrase(i.name))) return undefined;
  const uncountable = parse.items.find((i) => NOT_A_COUNT.test(i.name.split(' ')[0]!) && i.name.includes(' '));
  if (uncountable) return { calls: [], confidence: 0.9, reply: notACountReply(uncountable.name.split(' ').slice(1).join(' ')) };
  return { calls: [call('add_to_list', { items: parse.items.map((i) => itemArgs(i)) }, env)], confidence: itemConfidence(parse) };
}

/** Verbs (and "to") that can lead an item span after a rule's own verb: "want {to add pita bread}". */
const SPAN_VERBS = new Set(['to', 'get', 'buy', 'grab', 'add', 'order', 'purchase', 'fetch', 'put', 'include', 'restock', 'replace', 'replenish', 'refill', 'stock']);

function withoutLeadVerbs(tokens: readonly string[], vocab: VocabularyIndex): readonly string[] {
  let i = 0;
  // "add stock cubes": a verb the catalog also sells as a thing ("chicken stock") is a verb only before "up".
  const verb = (k: number) => SPAN_VERBS.has(tokens[k]!) && !(vocab.knowsWord(tokens[k]!) && tokens[k + 1] !== 'up' && tokens[k + 1] !== 'on');
  while (i < tokens.length - 1 && (verb(i) || (tokens[i] === 'pick' && tokens[i + 1] === 'up'))) i += tokens[i] === 'pick' ? 2 : 1;
  return i > 0 && i < tokens.length ? tokens.slice(i) : tokens;
}

/** Spans that say "all of it", which a remove rule must leave to clear_list ("i bought everything"). */
const WHOLE_LIST = /^(everything|all|all of it|it all|the lot|the whole thing|whole|entire)$/;
/** First words that make a span a happening, not a thing: "we have {run out of foil}". */
const NOT_A_THING = new Set(['run', 'ran', 'been', 'to', 'gone', 'used', 'finished', 'no', 'none', 'nothing', 'any', 'got']);

/** "(i have) muddled that", "(we have) mixed it up": a slip owned up to, not a thing at home. */
function slipDone(tokens: readonly string[], vocab: VocabularyIndex): boolean {
  const first = tokens[0] ?? '';
  const participle = (/ed$/.test(first) || IRREGULAR_PARTICIPLES.has(first)) && !vocab.knowsWord(first);
  return participle && tokens.length >= 2 && tokens.slice(1).some((t) => DONE_TO_WORDS.has(t));
}

/** The person speaking, as the thing "removed": "remove me from the list". */
const SELF = new Set(['me', 'us', 'myself', 'ourselves']);

/** remove_from_list for the items (or the reference) in `tokens`. */
export function removeItems(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  if (WHOLE_LIST.test(tokens.join(' ')) || NOT_A_THING.has(tokens[0]!) || /^(anymore|any more|entirely|completely|altogether|for good|after all)$/.test(tokens.join(' '))) return undefined;
  if (slipDone(tokens, env.vocab)) return undefined;
  // "hand soap's taken care of": the possessive-looking "'s" is "is".
  if (tokens.length && tokens[tokens.length - 1]!.endsWith("'s")) tokens = [...tokens.slice(0, -1), tokens[tokens.length - 1]!.slice(0, -2)];
  // "take me off the family list": the person, not a thing, leaves the list.
  if (tokens.length === 1 && SELF.has(tokens[0]!)) return env.listMentioned ? { calls: [call('leave_list', {}, env)], confidence: 0.9 } : undefined;
  const ref = resolveReference(tokens, env.context, 'touched');
  if (ref) return ref.length ? { calls: [call('remove_from_list', { items: ref.map((r) => ({ name: r.name })) }, env)], confidence: 0.9 } : unresolved();
  const parse = env.items(tokens);
  // "drop the cups" with paper cups on the list: a word the grammar reads as a unit names a line there.
  const said = tokens.filter((t) => t !== 'the' && t !== 'those' && t !== 'these').join(' ');
  if (!parse.items.length && /^[a-z]+$/.test(said) && onlyOneLine(said, env.context)) return { calls: [call('remove_from_list', { items: [{ name: said }] }, env)], confidence: SURE };
  if (!parse.items.length) return undefined;
  // "add leeks, potatoes and stock cubes": a name that starts with a word the catalog sells ("chicken
  // stock"), among at least two things it knows, is one more thing, whatever else the word means.
  const groceries = parse.items.filter((i) => knownItem(i.name, env.vocab) && !looksLikeTask(i.name, env.vocab)).length;
  const oneMore = (name: string) => groceries >= 2 && env.vocab.knowsWord(name.split(' ')[0]!) && !NON_GROCERY_VERBS.has(name.split(' ')[0]!);
  if (parse.items.some((i) => looksLikeTask(i.name, env.vocab) && !oneMore(i.name))) return notGrocery();
  // "drop the cups" with paper cups on the list: a line there, found by its words, is as clear as a thing the catalog knows.
  const lines = parse.items.every((i) => onlyOneLine(i.name, env.context));
  return { calls: [call('remove_from_list', { items: parse.items.map((i) => itemArgs(i, ['name', 'quantity'])) }, env)], confidence: lines ? SURE : itemConfidence(parse) };
}

/** A quantity phrase that is nothing else ("3", "2 gallons", "a dozen"). */
export function wholeQuantity(tokens: readonly string[]): { quantity: number; unit?: string } | undefined {
  if (tokens[tokens.length - 1] === 'instead') tokens = tokens.slice(0, -1);
  const words = tokens.filter((t) => t !== 'instead' && t !== 'please' && t !== 'just' && t !== 'only');
  const q = quantityPrefix(words);
  const n = words.length;
  if (!q || q.consumed !== n) return undefined;
  return q.quantity.unit ? { quantity: q.quantity.amount, unit: q.quantity.unit } : { quantity: q.quantity.amount };
}

/** "change X to Y": Y a quantity updates the line, Y a thing replaces it. */
export function changeTo(target: readonly string[], to: readonly string[], env: IntentEnv): Outcome | undefined {
  const qty = wholeQuantity(to);
  let ref = resolveReference(target, env.context, 'touched');
  if (ref && !ref.length) return unresolved();
  // "make it 4 pints" after a pint of milk and a tin of tomatoes: the one measured that way.
  const fits = ref && ref.length > 1 && qty ? fittingAmount(ref, qty.unit) : undefined;
  if (fits) ref = [fits];
  // "make it 5" right after two things were added: which one is not guessed.
  if (ref && ref.length > 1 && qty) return whichOf(ref.map((r) => r.name), qty);
  let targetWords = changeTarget(target);
  // "make the cans of tuna 6": the unit was said with the thing, the number after it.
  const unitFirst = targetWords.length > 2 && targetWords[1] === 'of' ? lookupUnit(targetWords[0]!) : undefined;
  if (unitFirst && qty && qty.unit === undefined && unitFirst.dimension !== 'count') {
    qty.unit = unitFirst.name;
    targetWords = targetWords.slice(2);
  }
  const said = ref ? ref[0]!.name : phraseOf(targetWords);
  if (!said) return undefined;
  // "change the fish to 2 pounds": the one line of that kind (the salmon).
  const name = ref ? said : lineName(said, env.context);
  const productId = ref?.[0]?.productId;
  if (qty) {
    const args: Record<string, unknown> = { name, ...qty };
    if (productId !== undefined) args.productId = productId;
    return { calls: [call('update_list_item', args, env)], confidence: ref ? 0.9 : SURE };
  }
  if (/^(added|bought|got|gotten|listed|picked|put|removed|done)$/.test(to[0] ?? '')) return undefined;
  const parse = env.items(to);
  if (parse.items.length !== 1) return undefined;
  const next = { ...itemArgs(parse.items[0]!) };
  // "swap the whole milk for 2%": a kind said alone takes the old thing's name.
  const kind = String(next.name);
  next.name = sameKindAs(kind, name, env.vocab);
  // "vanilla would be better" after orange juice: a kind the catalog never joins to the thing is asked about.
  const doubt = next.name !== kind && !kindFits(String(next.name), kind, env.vocab);
  if (ref && next.quantity === undefined && ref[0]!.quantity !== undefined) {
    next.quantity = ref[0]!.quantity;
    if (ref[0]!.unit !== undefined) next.unit = ref[0]!.unit;
  }
  const calls = [call('remove_from_list', { items: [{ name }] }, env), call('add_to_list', { items: [next] }, env)];
  return { calls, confidence: doubt ? UNKNOWN_ITEM : Math.min(itemConfidence(parse), 0.85), swap: true };
}

/**
 * A question for an amount that could be for several things just touched: "Which should be 5:
 * chips or salsa?", with a button per thing whose value says the whole request ("make the chips 5").
 */
export function whichOf(names: readonly string[], qty: { quantity: number; unit?: string }): Outcome {
  const amount = `${qty.quantity}${qty.unit ? ` ${qty.unit}` : ''}`;
  const shown = names.length > 2 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names.join(' or ');
  return {
    calls: [],
    confidence: 0.9,
    reply: `Which should be ${amount}: ${shown}?`,
    choices: names.map((n) => ({ label: n, value: `make the ${n} ${amount}` })),
  };
}

/** Verbs that start a request of their own, so a correction ("actually ...") leaves them to their rule. */
export const STARTS_REQUEST = new Set(['add', 'put', 'make', 'change', 'remove', 'delete', 'take', 'get', 'grab', 'buy', 'set', 'update', 'switch', 'swap',
  'replace', 'scratch', 'clear', 'empty', 'show', 'bump', 'need', 'i', 'we', 'do', 'did', 'is', 'are', 'what', 'cross', 'drop']);
/** Update verbs that change only an amount: with anything but a quantity after "to" they mean something else. */
export const QUANTITY_ONLY_VERBS = new Set(['tweak', 'revise', 'cut', 'drop', 'bring', 'put', 'turn', 'take', 'up', 'bump', 'increase', 'decrease', 'lower', 'raise', 'reduce']);
/** Words around the thing being changed that are not its name: "the quantity of milk", "the eggs up", "the yogurt count". */
const TARGET_LEAD = [['the', 'quantity', 'of'], ['quantity', 'of'], ['the', 'amount', 'of'], ['amount', 'of'], ['the', 'number', 'of'], ['number', 'of'], ['how', 'many'], ['up'], ['down']];
const TARGET_TAIL = new Set(['up', 'down', 'quantity', 'count', 'amount', 'number', 'qty', 'total']);

/** The thing a change is about, without the words that only say "its amount". */
function changeTarget(tokens: readonly string[]): string[] {
  let out = [...tokens];
  for (let moved = true; moved && out.length > 1; ) {
    moved = false;
    const lead = TARGET_LEAD.find((l) => out.length > l.length && standsAt(out, l));
    if (lead) (out = out.slice(lead.length)), (moved = true);
    if (out.length > 1 && TARGET_TAIL.has(out[out.length - 1]!)) (out = out.slice(0, -1)), (moved = true);
  }
  return out;
}

/** "3 avocados", "4 cans of coconut milk" after "make that" / "i meant": a new amount for a named thing. */
export function countedThing(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const parse = env.items(tokens);
  const item = parse.items[0];
  if (parse.items.length !== 1 || item?.quantity === undefined || resolveReference([item.name], env.context, 'touched')) return undefined;
  const args: Record<string, unknown> = { name: item.name, quantity: item.quantity };
  if (item.unit !== undefined) args.unit = item.unit;
  return { calls: [call('update_list_item', args, env)], confidence: itemConfidence(parse) };
}

/**
 * The most words a quantity is said in ("one and a half dozen", "2 12 oz cans"): tails longer
 * than this are not looked at, which keeps reading a long clause linear in its length.
 */
const LONGEST_QUANTITY = 8;

/** Where tails that are only a quantity start ("the milk 3" -> [2]), longest tail first. */
function quantityTails(tokens: readonly string[]): number[] {
  const out: number[] = [];
  for (let j = Math.max(1, tokens.length - LONGEST_QUANTITY); j < tokens.length; j++) if (wholeQuantity(tokens.slice(j))) out.push(j);
  return out;
}

/** True when some tail of `tokens` is only a quantity ("the milk 3"). */
export function makeThingTail(tokens: readonly string[]): boolean {
  return quantityTails(tokens).length > 0;
}

/** "make the milk 3": the quantity is the longest tail that is only a quantity. */
export function makeThing(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const splits = quantityTails(tokens);
  if (!splits.length) return undefined;
  // "make the half and half a quart": "half a quart" is a quantity, but "half and" is no thing.
  const score = (j: number) => {
    const target = phraseOf(changeTarget(tokens.slice(0, j)));
    if (env.vocab.hasPhrase(target)) return 2;
    return knownItem(target, env.vocab) && !/ (and|or|of|with|the|a)$/.test(target) ? 1 : 0;
  };
  const j = splits.reduce((best, k) => (score(k) > score(best) ? k : best), splits[0]!);
  return changeTo(tokens.slice(0, j), tokens.slice(j), env);
}

/** "two more of those", "another one": more of what the last turn touched. */
export function moreOfLast(amount: number, env: IntentEnv): Outcome {
  const last = env.context.lastItems?.[0] ?? (env.context.lastResults?.length === 1 ? env.context.lastResults[0] : undefined);
  if (!last) return unresolved();
  const item: Record<string, unknown> = { name: last.name };
  if ('productId' in last && typeof last.productId === 'number') item.productId = last.productId;
  item.quantity = amount;
  if ('unit' in last && last.unit !== undefined) item.unit = last.unit;
  return { calls: [call('add_to_list', { items: [item] }, env)], confidence: 0.9 };
}

/** view_list of the whole list. */
export const VIEW = (env: IntentEnv): Outcome => ({ calls: [call('view_list', {}, env)], confidence: SURE });

/** view_list per item asked about ("do I have eggs"). */
export function viewItems(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // "did i put down the pickles", "did we get tortillas on there": particles are not part of the thing.
  if ((tokens[0] === 'down' || tokens[0] === 'on') && tokens.length > 1) tokens = tokens.slice(1);
  const tailAt = tokens.findIndex((t, i) => i > 0 && /^(on|in)$/.test(t) && /^(there|it)$/.test(tokens[i + 1] ?? '') && i + 2 === tokens.length);
  if (tailAt > 0) tokens = tokens.slice(0, tailAt);
  while (tokens.length > 1 && /^(down|listed|already|yet|too)$/.test(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  const parse = env.items(tokens);
  if (!parse.items.length) return undefined;
  return { calls: parse.items.map((i) => call('view_list', { item: i.name }, env)), confidence: itemConfidence(parse) };
}

/** check_item (or uncheck) for the named items or the ones just touched. */
export function checkItems(tokens: readonly string[], env: IntentEnv, checked: boolean): Outcome | undefined {
  const ref = resolveReference(tokens, env.context, 'touched');
  if (ref && !ref.length) return unresolved();
  const names = ref ? ref.map((r) => r.name) : env.items(tokens).items.map((i) => i.name);
  if (!names.length) return undefined;
  return { calls: names.map((name) => call('check_item', checked ? { name } : { name, checked: false }, env)), confidence: ref ? 0.9 : SURE };
}
