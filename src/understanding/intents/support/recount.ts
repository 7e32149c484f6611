/**
 * Taking back an amount: "i meant 3 not 2", "no wait four", "sorry, make that 5", "actually get 6
 * of them", "oops 18 eggs not 12", "not 2, I want 5 kilo", "two cans of beans not one", "the
 * soup, make it 6". What is left once the correction words and the amount taken back are out is
 * an amount, and at most the thing it is for; without a thing, it is the thing just touched.
 */
import { call, SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { CORRECTION_FILLER, CORRECTION_LEADS, CORRECTION_OPENERS } from '../../lexicon/index.js';
import { STARTS_REQUEST, whichOf } from './list-actions.js';
import { resolveReference } from '../../engine/references.js';
import { quantityPrefix } from '../../engine/text-memo.js';
import { isBreak, standsAt } from '../../engine/tokenizer.js';

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
    const lead = words[i] === 'not' ? 1 : standsAt(words, ['instead', 'of'], i) || standsAt(words, ['rather', 'than'], i) ? 2 : 0;
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

/** An amount taken back for another, for the thing named or the one just touched. */
export function recount(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  let words = tokens.filter((t) => !isBreak(t));
  let corrected = false;
  // Correction words, and after them (or with an amount taken back) the words that lead in an amount.
  for (let again = true; again; ) {
    again = false;
    const opener = OPENERS.find((p) => words.length > p.length && standsAt(words, p));
    if (opener) {
      words = words.slice(opener.length);
      corrected = again = true;
    }
  }
  const { rest: said, contrasted, takenBack } = withoutTakenBack(words);
  if (!corrected && !contrasted) return undefined;
  let rest = said;
  for (let again = true; again; ) {
    again = false;
    const lead = LEADS.find((p) => rest.length > p.length && standsAt(rest, p));
    if (lead) {
      rest = rest.slice(lead.length);
      again = true;
    }
  }
  // "actually make the milk 1 gallon": a request of its own after the correction word, for its own rule.
  if (STARTS_REQUEST.has(rest[0] ?? '') && rest[0] !== 'i' && rest[0] !== 'we') return undefined;
  const body = rest.filter((w) => !CORRECTION_FILLER.has(w));
  // The thing may stand before the amount ("the soup 6", "eggs 18") or after it ("18 eggs", "6 of them").
  const amountAt = body.findIndex((_, i) => quantityPrefix(body.slice(i)) !== undefined);
  if (amountAt < 0) return undefined;
  const amount = quantityPrefix(body.slice(amountAt))!;
  const before = body.slice(0, amountAt);
  let after = body.slice(amountAt + amount.consumed);
  if (after[0] === 'of') after = after.slice(1);
  if (before.length && after.length) return undefined;
  const thingWords = (before.length ? before : after).filter((w) => w !== 'the' && w !== 'my' && w !== 'our');
  const args: Record<string, unknown> = {};
  if (thingWords.length === 0 || thingWords.every((w) => POINTING.has(w))) {
    let ref = resolveReference(thingWords.length ? thingWords : ['it'], env.context, 'touched');
    // "add 2 avocados and a lime" then "i meant 3 not 2": the thing that had the amount taken back.
    if (ref && ref.length > 1 && takenBack !== undefined) ref = ref.filter((r) => r.quantity === takenBack);
    if (ref && ref.length > 1) return whichOf(ref.map((r) => r.name), amount.quantity.unit ? { quantity: amount.quantity.amount, unit: amount.quantity.unit } : { quantity: amount.quantity.amount });
    if (!ref || ref.length !== 1) return undefined;
    args.name = ref[0]!.name;
    if (ref[0]!.productId !== undefined) args.productId = ref[0]!.productId;
  } else {
    const parse = env.items(thingWords);
    if (parse.items.length !== 1 || parse.items[0]!.quantity !== undefined) return undefined;
    args.name = parse.items[0]!.name;
  }
  args.quantity = amount.quantity.amount;
  if (amount.quantity.unit) args.unit = amount.quantity.unit;
  return { calls: [call('update_list_item', args, env)], confidence: SURE };
}
