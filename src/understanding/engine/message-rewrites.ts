/**
 * Whole-message rewrites that happen before clauses are read: a person correcting a number as
 * they type ("add 3 no wait 4 lemons"), and a request made on a condition ("are bananas on my
 * list? if not add them", "add milk unless it's already on there"). The words they look for live
 * in the lexicon; this file only says where they stand.
 */
import { lookupUnit, numericValue } from '../../grocery/quantity/index.js';
import { CONDITION_LEADS, CONDITION_NEGATIONS, CONDITION_OPENERS, CONDITION_PLACE_STARTS, CONDITION_PLACES, CONDITION_POINTERS, CONDITION_WORDS, PUT_ON_VERBS, SELF_CORRECTIONS, TAKE_BACKS } from '../lexicon/index.js';
import { quantityPrefix } from './text-memo.js';
import { ITEM_BREAK, SENTENCE_BREAK, isBreak, standsAt } from './tokenizer.js';

const CORRECTIONS = SELF_CORRECTIONS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

function correctionAt(tokens: readonly string[], i: number): number {
  let k = i;
  while (tokens[k] === ',') k++;
  for (const p of CORRECTIONS) if (standsAt(tokens, p, k)) return k + p.length - i;
  return 0;
}

const isNumber = (t: string | undefined) => t !== undefined && t !== 'a' && t !== 'an' && numericValue(t) !== undefined;

/**
 * "add 3 no wait 4 lemons" -> "add 4 lemons"; "2 pounds, sorry, 3" -> "3 pounds": a number taken
 * back for another keeps the unit said with the first.
 */
export function withoutNumberCorrections(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isNumber(t)) {
      const unit = lookupUnit(tokens[i + 1] ?? '') !== undefined ? tokens[i + 1]! : undefined;
      const after = i + 1 + (unit ? 1 : 0);
      const skip = correctionAt(tokens, after);
      let k = after + skip;
      while (tokens[k] === ',') k++;
      if (skip > 0 && isNumber(tokens[k])) {
        const unitAgain = lookupUnit(tokens[k + 1] ?? '') !== undefined;
        out.push(tokens[k]!);
        if (unit && !unitAgain) out.push(unit);
        i = k;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** What a condition did to a message. */
export interface Conditional {
  tokens: string[];
  /** The message asked for something on a condition ("if not", "unless it is there"). */
  conditional: boolean;
  /** The condition was followed by asking to add what it named ("if not, add them"). */
  addsWhatItNamed: boolean;
}

const OPENERS = CONDITION_OPENERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/**
 * Takes conditions out of a message: "add milk if it is not on my list already" -> "add milk";
 * "are bananas on the list, if not can you add them" -> "are bananas on the list" with
 * `addsWhatItNamed`; "if we don't have eggs on there add them" -> "add eggs". Adding merges with
 * what is there, so a request to add on condition is a request to add.
 */
export function withoutConditions(tokens: readonly string[]): Conditional {
  const at = tokens.findIndex((t) => t === 'if' || t === 'unless');
  if (at < 0) return { tokens: [...tokens], conditional: false, addsWhatItNamed: false };
  // "if we don't have eggs on there, add them": the condition names the thing to add.
  const opener = OPENERS.find((p) => standsAt(tokens, p, at));
  if (opener) {
    let end = at + opener.length;
    const thing: string[] = [];
    while (end < tokens.length && !PUT_ON_VERBS.has(tokens[end]!) && !isBreak(tokens[end])) thing.push(tokens[end++]!);
    while (isBreak(tokens[end])) end++;
    const named = trimPlace(thing);
    if (named.length && PUT_ON_VERBS.has(tokens[end] ?? '') && CONDITION_POINTERS.has(tokens[end + 1] ?? '')) {
      return { tokens: [...tokens.slice(0, at), 'add', ...named, ...tokens.slice(end + 2).filter((t) => !CONDITION_PLACES.has(t))], conditional: true, addsWhatItNamed: false };
    }
  }
  // The condition runs from "if"/"unless" while its words are condition words.
  let end = at + 1;
  while (end < tokens.length && (CONDITION_WORDS.has(tokens[end]!) || tokens[end] === ',')) end++;
  // Only a condition that says the thing may be missing: "if it is on sale" is no such condition.
  if (!tokens.slice(at + 1, end).some((t) => CONDITION_NEGATIONS.has(t))) return { tokens: [...tokens], conditional: false, addsWhatItNamed: false };
  const rest = tokens.slice(end);
  // "..., if not (please) add it (to the list)": what follows adds what the question named.
  const lead = rest.findIndex((t) => !CONDITION_LEADS.has(t));
  const adds = lead >= 0 && PUT_ON_VERBS.has(rest[lead]!) && CONDITION_POINTERS.has(rest[lead + 1] ?? '');
  if (adds) return { tokens: [...tokens.slice(0, at)], conditional: true, addsWhatItNamed: true };
  return { tokens: [...tokens.slice(0, at), ...rest], conditional: true, addsWhatItNamed: false };
}

/** "eggs on there", "eggs on the list already": the thing, without where it would be. */
function trimPlace(words: readonly string[]): string[] {
  const at = words.findIndex((w, i) => i > 0 && CONDITION_PLACE_STARTS.has(w));
  return at > 0 ? words.slice(0, at) : [...words];
}

/**
 * "not 2, i want 5 kilo": an amount taken back, standing alone as a clause, leads into the
 * correction after it, so the two are read as one.
 */
export function withContrastsJoined(parts: string[][]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const words = parts[i]!.filter((t) => !isBreak(t));
    // The clause ends in the amount taken back: "not 2", "no sorry, not 2".
    const k = words.findLastIndex((w) => TAKE_BACKS.has(w));
    const amount = k >= 0 && k < words.length - 1 ? quantityPrefix(words.slice(k + 1))?.consumed : undefined;
    // "not one lemon. i need three lemons": the thing after the amount is named again in what follows.
    const thing = amount === undefined ? [] : words.slice(k + 1 + amount);
    const namedAgain = thing.length > 0 && thing.length <= 3 && i + 1 < parts.length && sameThingIn(thing, parts[i + 1]!);
    const takenBack = amount !== undefined && (amount === words.length - k - 1 || namedAgain);
    if (takenBack && i + 1 < parts.length) {
      // The thing named again is said once, where the new amount is: "not one, i need three lemons".
      out.push(namedAgain ? [...words.slice(0, k + 1 + amount), ITEM_BREAK, ...parts[i + 1]!] : [...words, ...parts[i + 1]!]);
      i++;
    } else out.push(parts[i]!);
  }
  return out;
}

/** Does `clause` name the thing `thing` names (its last word, singular or plural)? */
function sameThingIn(thing: readonly string[], clause: readonly string[]): boolean {
  const stem = (w: string) => w.replace(/(es|s)$/, '');
  const head = stem(thing[thing.length - 1]!);
  return clause.some((w) => stem(w) === head);
}

/**
 * "oh and ice. 2 bags" -> "oh and ice, 2 bags"; "pork shoulder too. 1 pound": an amount said on
 * its own after a full stop is the amount of the thing just named, as if after a comma.
 */
export function withAmountsJoined(tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (let i = 1; i < out.length; i++) {
    if (out[i] !== SENTENCE_BREAK || isBreak(out[i - 1])) continue;
    let end = i + 1;
    while (end < out.length && !isBreak(out[end])) end++;
    const said = out.slice(i + 1, end);
    const amount = said.length > 0 && isNumber(said[0]) ? quantityPrefix(said) : undefined;
    // Only a number with its unit, nothing after it: "2 bags", "1 pound", "half a kilo" is left as said.
    if (amount && amount.consumed === said.length && amount.quantity.unit !== undefined) out[i] = ITEM_BREAK;
  }
  return out;
}
