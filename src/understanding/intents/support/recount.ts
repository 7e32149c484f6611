/**
 * Taking back an amount: "i meant 3 not 2", "no wait four", "sorry, make that 5", "actually get 6
 * of them", "oops 18 eggs not 12", "not 2, I want 5 kilo", "two cans of beans not one", "the
 * soup, make it 6". What is left once the correction words and the amount taken back are out is
 * an amount, and at most the thing it is for; without a thing, it is the thing just touched.
 */
import { lookupUnit } from '../../../grocery/quantity/index.js';
import { call, SURE, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { CORRECTION_FILLER, CORRECTION_LEADS, CORRECTION_OPENERS, PACKAGE_SIZES, PLACE_WORDS, TAKEN_BACK_SOFTENERS } from '../../lexicon/index.js';
import { STARTS_REQUEST, whichOf } from './list-actions.js';
import { fittingAmount, referenceKind, resolveReference } from '../../engine/references.js';
import { quantityPrefix } from '../../engine/text-memo.js';
import { lineMeant, lineName } from '../../engine/list-lines.js';
import { isBreak, standsAt, withoutLeading } from '../../engine/tokenizer.js';

const byLength = (list: readonly string[]) => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const OPENERS = byLength(CORRECTION_OPENERS);
const LEADS = byLength(CORRECTION_LEADS);
const POINTING = new Set(['it', 'them', 'that', 'those', 'these', 'this', 'one', 'ones']);

/** The words without "not 2", "instead of 3", "rather than two" (an amount taken back), and that amount. */
function withoutTakenBack(words: readonly string[]): { rest: string[]; contrasted: boolean; takenBack?: number } {
  const rest: string[] = [];
  let contrasted = false;
  let takenBack: number | undefined;
  for (let i = 0; i < words.length; i++) {
    let lead = words[i] === 'not' ? 1 : standsAt(words, ['instead', 'of'], i) || standsAt(words, ['rather', 'than'], i) ? 2 : 0;
    // "not just the one", "not only 2": the amount after words that only soften it.
    while (lead && TAKEN_BACK_SOFTENERS.has(words[i + lead] ?? '')) lead++;
    const amount = lead ? quantityPrefix(words.slice(i + lead)) : undefined;
    if (amount && amount.consumed > 0) {
      contrasted = true;
      takenBack = amount.quantity.amount;
      i += lead + amount.consumed - 1;
      continue;
    }
    rest.push(words[i]!);
  }
  return { rest, contrasted, takenBack };
}

/** Words that ask for more of a thing rather than say how many in all. */
const MORE = new Set(['more', 'another', 'extra', 'additional', 'too', 'again']);
/** Words that go on to another thing, unless "the" says the thing is one already there ("and the cheese, two bags"). */
const GOING_ON = new Set(['and', 'also', 'plus']);

/**
 * Does a clause say an amount again rather than ask for more: no command word ("eggs 18",
 * "bacon 2 packs"), or the thing said with "the" ("get 2 bags of the chips", "two tins of the
 * beans"), and no "more", "another", "too". Whether the thing is on the list is asked after.
 */
function restates(words: readonly string[], env: IntentEnv): boolean {
  if (!env.context.onList || words.some((w) => MORE.has(w))) return false;
  // "two tins of the beans", "get two packs of it": a thing already there, named or pointed at.
  if (words.includes('the') || words.some((w, i) => w === 'of' && POINTING.has(words[i + 1] ?? ''))) return true;
  return !STARTS_REQUEST.has(words[0] ?? '') && !words.some((w) => GOING_ON.has(w));
}

/**
 * "the first thing, the string cheese": a place on the list said before the name of the thing
 * there is the thing's name; the place alone stays as said, for the reference to resolve.
 */
function withoutPlaceOnList(words: readonly string[], env: IntentEnv): readonly string[] {
  for (let k = 1; k < words.length - 1; k++) {
    if (words[k] !== 'the' || !resolveReference(words.slice(0, k), env.context, 'touched')?.length) continue;
    return words.slice(k);
  }
  return words;
}

/** The lines on the list with `quantity` of their thing, as references (several are asked about), or undefined when none has it. */
function linesWith(quantity: number, env: IntentEnv): { name: string; quantity: number }[] | undefined {
  const hits = (env.context.lines?.() ?? []).filter((l) => l.quantity === quantity);
  return hits.length ? hits.map((l) => ({ name: l.name, quantity: l.quantity })) : undefined;
}

/** An amount taken back for another, for the thing named or the one just touched. */
export function recount(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // Correction words, and after them (or with an amount taken back) the words that lead in an amount.
  const { words, stripped: corrected } = withoutLeading(tokens.filter((t) => !isBreak(t)), OPENERS);
  const { rest: said, contrasted, takenBack } = withoutTakenBack(words);
  // "eggs 18", "butter x2", "2 bags of the chips": an amount said again for a thing on the list.
  const restated = !corrected && !contrasted && restates(words, env);
  if (!corrected && !contrasted && !restated) return undefined;
  let rest = withoutLeading(said, LEADS).words;
  // "actually make the milk 1 gallon": a request of its own after the correction word, for its own rule.
  if (STARTS_REQUEST.has(rest[0] ?? '') && rest[0] !== 'i' && rest[0] !== 'we') return undefined;
  // "the cheese, better go with two bags", "the bread ought to be two loaves", "the buns, get 1
  // pack": a lead between the thing and its amount (a lone verb only right before the amount).
  for (let i = 1; i < rest.length; i++) {
    const lead = LEADS.find((p) => standsAt(rest, p, i) && (p.length >= 2 || quantityPrefix(rest.slice(i + 1)) !== undefined));
    if (lead) rest = [...rest.slice(0, i), ...rest.slice(i + lead.length)];
  }
  const body = rest.filter((w, i) => !CORRECTION_FILLER.has(w) && !(PACKAGE_SIZES.has(w) && lookupUnit(rest[i + 1] ?? '') !== undefined)).map((w) => /^x\d+$|^\d+x$/.test(w) ? w.replace('x', '') : w);
  // The thing may stand before the amount ("the soup 6", "eggs 18") or after it ("18 eggs", "6 of them").
  // "get rid of the last one": "one" after a place on the list points at a line, it is no amount.
  const amountAt = body.findIndex((w, i) => quantityPrefix(body.slice(i)) !== undefined && !(w === 'one' && PLACE_WORDS.has(body[i - 1] ?? '')));
  if (amountAt < 0) return undefined;
  const amount = quantityPrefix(body.slice(amountAt))!;
  const before = body.slice(0, amountAt);
  let after = body.slice(amountAt + amount.consumed);
  if (after[0] === 'of') after = after.slice(1);
  // "the string cheese, get two packs of it": "it" after the amount is the thing named before it.
  if (before.length && after.length && after.every((w) => POINTING.has(w))) after = [];
  if (before.length && after.length) return undefined;
  const named = withoutPlaceOnList(before.length ? before : after, env);
  // "two boxes of the first one": a place among the things just touched, or on the list.
  const place = referenceKind(named) ? named : undefined;
  const thingWords = place ?? named.filter((w) => w !== 'the' && w !== 'my' && w !== 'our');
  const args: Record<string, unknown> = {};
  if (place || thingWords.length === 0 || thingWords.every((w) => POINTING.has(w))) {
    let ref = resolveReference(thingWords.length ? thingWords : ['it'], env.context, 'touched');
    // "get 3 of those not 2" after what was touched last was taken off: the one line that had 2.
    if (ref?.length && takenBack !== undefined && ref.every((r) => !lineMeant(r.name, env.context))) ref = linesWith(takenBack, env) ?? ref;
    // "add 2 avocados and a lime" then "i meant 3 not 2": the thing that had the amount taken back.
    if (ref && ref.length > 1 && takenBack !== undefined) ref = ref.filter((r) => r.quantity === takenBack);
    const fits = ref && ref.length > 1 ? fittingAmount(ref, amount.quantity.unit) : undefined;
    if (fits) ref = [fits];
    if (ref && ref.length > 1) return whichOf(ref.map((r) => r.name), amount.quantity.unit ? { quantity: amount.quantity.amount, unit: amount.quantity.unit } : { quantity: amount.quantity.amount });
    if (!ref || ref.length !== 1) return undefined;
    args.name = ref[0]!.name;
    if (ref[0]!.productId !== undefined) args.productId = ref[0]!.productId;
  } else {
    const parse = env.items(thingWords);
    if (parse.items.length !== 1 || parse.items[0]!.quantity !== undefined) return undefined;
    // "the fish should be two pounds": the one line of that kind (the salmon).
    args.name = lineName(parse.items[0]!.name, env.context);
  }
  if (restated && (thingWords.length === 0 || !lineMeant(args.name as string, env.context))) return undefined;
  args.quantity = amount.quantity.amount;
  if (amount.quantity.unit) args.unit = amount.quantity.unit;
  return { calls: [call('update_list_item', args, env)], confidence: SURE };
}
