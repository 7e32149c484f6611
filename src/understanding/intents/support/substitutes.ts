/** Substitute intents: "something cheaper than Oreos", "what can I use instead of buttermilk", "jif alternatives but not Skippy". */
import type { IntentEnv, Outcome } from '../../engine/intent.js';
import { matchMoney } from '../../engine/money.js';
import { phraseAt, phrases, set, subject, subjectConfidence, trimTail, unresolved } from './shopping-phrases.js';
import { quantityPrefix } from '../../engine/text-memo.js';
import { CHEAPER_PHRASES } from '../../lexicon/index.js';

/** Phrases after which the thing to replace comes ("instead of butter", "cheaper than Oreos"). */
export const SUB_BEFORE = phrases(['instead of', 'in place of', 'rather than', 'replacement for', 'replacements for', 'replacement of', 'substitute for', 'substitutes for', 'substitution for',
  'substitutions for', 'substitute of', 'sub for', 'subs for', 'alternative to', 'alternatives to', 'alternative for', 'alternatives for', 'alternative of', 'dupe for', 'dupe of', 'dupes for',
  'swap for', 'swaps for', 'swap suggestions for', 'cheaper than', 'less expensive than', 'more affordable than', 'healthier than', 'better than', 'cheaper version of', 'cheaper versions of',
  'similar to', 'something like', 'anything like', 'stuff like', 'else like', 'else is like', 'one like', 'products like', 'brands like', 'other brands of', 'other options for',
  'other kinds of', 'cheaper brand of', 'cheaper brands of', 'cheaper option than', 'cheaper option for', 'cheaper options for', 'cheaper option to', 'cheaper alternative to', 'cheaper alternatives to',
  'cheaper alternative for', 'compared to', 'out of stock on', 'out of stock of', 'to replace', 'replace', 'swap out', 'switch out', 'swap', 'substitute', 'cheaper version of',
  'what replaces', 'something to replace', 'other than', 'similar products to', 'similar items to', 'products similar to', 'something similar to']);
/** Phrases before which the thing to replace comes ("Oreos are too expensive", "jif alternatives"). */
export const SUB_AFTER = phrases(['alternatives', 'alternative', 'substitutes', 'substitute', 'replacement', 'replacements', 'dupe', 'dupes', 'subs', 'is too expensive', 'are too expensive',
  'is too pricey', 'are too pricey', 'is out of stock', 'are out of stock', 'but cheaper', 'but healthier', 'is sold out', 'are sold out']);
/** Words around a substitute request that are not the thing or its modifiers. */
export const SUB_FRAME = set("what can could should i we use get buy have try find me show give suggest recommend any a an some good is there something anything else cheaper healthier other options option do you need want the one version brand brands products is are there's similar better instead out of stock could might would like to have got or too expensive pricey for with it what's else please also kind sort alternative alternatives substitute substitutes that which is are anything else? ? , also maybe possibly");
/** Words that end the thing to replace and start its modifiers. */
export const SUB_CUT = set("but without except excluding besides avoiding not no preferably ideally within under that other , from by maybe what which at up is are isn't aren't apart rather only");
/** Words that introduce a preferred brand. */
export const PREFER_INTRO = set('preferably ideally maybe from by prefer like love rather made something brand perhaps possibly');
/** Words that introduce a brand to avoid. */
export const AVOID_INTRO = set('without not no except excluding besides avoiding than anything nothing apart');

/** Prepositions left over at the end of the thing ("what can I swap mayo for", "replace heavy cream with"). */
const DANGLING = phrases(['for', 'with', 'to', 'by', 'in', 'on']);
const COMMAND_VERBS = set('add put remove make change take get buy grab delete drop scratch update');

/** Brands and a price limit read from a substitute request's tail ("but not Gain", "within $1", "ideally Chobani"). */
function substituteModifiers(mods: readonly string[], env: IntentEnv): Record<string, unknown> | undefined {
  const args: Record<string, unknown> = {};
  const prefer: string[] = [];
  const avoid: string[] = [];
  let mode: 'prefer' | 'avoid' | undefined;
  for (let i = 0; i < mods.length; i++) {
    const w = mods[i]!;
    const money = matchMoney(mods, i);
    if (money && (money.explicit || /^(within|than|to|under|max|most)$/.test(mods[i - 1] ?? ''))) {
      args.maxPriceDifference = money.dollars;
      i += money.length - 1;
      continue;
    }
    if (PREFER_INTRO.has(w)) mode = 'prefer';
    if (AVOID_INTRO.has(w)) mode = 'avoid';
    const brand = env.vocab.brandAt(mods, i) ?? (w.length >= 4 && mode ? brandStart(mods, i, env) : undefined);
    if (brand && mode) {
      (mode === 'prefer' ? prefer : avoid).push(brand.brand);
      i += brand.length - 1;
      continue;
    }
    if (SUB_FRAME.has(w) || SUB_CUT.has(w) || PREFER_INTRO.has(w) || AVOID_INTRO.has(w) || /^(more|extra|difference|dollars?|bucks?|cents?|a|the|pricier|in|price|am|not|n't|okay|ok|fine|too)$/.test(w)) continue;
    return undefined;
  }
  if (prefer.length) args.preferredBrands = [...new Set(prefer)];
  if (avoid.length) args.avoidBrands = [...new Set(avoid)];
  return args;
}

function brandStart(tokens: readonly string[], i: number, env: IntentEnv): { brand: string; length: number } | undefined {
  const b = env.vocab.brandStartingWith([tokens[i]!]);
  return b ? { brand: b, length: 1 } : undefined;
}

/** Where the thing to replace ends: at a modifier word, or at "for something"/"with something else". */
function cutAt(tokens: readonly string[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (SUB_CUT.has(w)) return i;
    if ((w === 'for' || w === 'with' || w === 'to') && /^(something|anything|a|an|cheaper|healthier|one|else|some|another|the)$/.test(tokens[i + 1] ?? '') && !/^(the)$/.test(tokens[i + 1] ?? '')) return i;
    if (w === 'or' && tokens[i + 1] === 'something') return i;
  }
  return tokens.length;
}

/** True when the request asks for a lower price ("cheaper", "too pricey"). */
function saysCheaper(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  return CHEAPER_PHRASES.some((p) => text.includes(` ${p} `));
}

/** "something cheaper than Oreos", "what can I use instead of buttermilk", "swap the jif for something cheaper". */
export function substituteRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = tokens.filter((t) => t !== '.');
  // "switch the shrimp to 3 pounds" changes an amount on the list; it is not a substitute request.
  const to = words.indexOf('to');
  if (to > 0 && quantityPrefix(words.slice(to + 1))?.consumed === words.length - to - 1) return undefined;
  let before: string[] = [];
  let thing: string[] = [];
  let after: string[] = [];
  let found = false;
  for (let i = 0; i < words.length && !found; i++) {
    const p = phraseAt(SUB_BEFORE, words, i);
    if (p && i + p.length < words.length) {
      const rest = words.slice(i + p.length);
      const cut = cutAt(rest);
      [before, thing, after] = [words.slice(0, i), rest.slice(0, cut), rest.slice(cut)];
      // "swap the milk for oat milk" names the replacement: that is a list change, not a question.
      if (/^(swap|replace|switch|swap out|switch out)$/.test(p.join(' ')) && thing.some((w, k) => (w === 'for' || w === 'with' || w === 'to') && k < thing.length - 1)) return undefined;
      found = true;
    }
  }
  for (let i = 1; i < words.length && !found; i++) {
    const p = phraseAt(SUB_AFTER, words, i);
    if (p) {
      const head = words.slice(0, i);
      let start = head.length;
      while (start > 0 && !SUB_FRAME.has(head[start - 1]!) || (start > 0 && /^(the|my)$/.test(head[start - 1]!))) start--;
      [before, thing, after] = [head.slice(0, start), head.slice(start), words.slice(i + p.length)];
      found = thing.length > 0;
    }
  }
  if (!found || !thing.length) return undefined;
  // "instead of 2 make it 3", "instead of milk get oat milk": a correction to the list.
  if (before.some((w) => !SUB_FRAME.has(w)) || thing.some((w) => COMMAND_VERBS.has(w))) return undefined;
  const args = substituteModifiers(after, env);
  if (!args) return undefined;
  // "something cheaper than oreos": only what costs no more, unless a limit was said.
  if (args.maxPriceDifference === undefined && saysCheaper(words)) args.maxPriceDifference = 0;
  const subj = subject(trimTail(thing, DANGLING), env, 'name');
  if (subj === 'unresolved') return unresolved();
  if (!subj) return undefined;
  return { calls: [{ name: 'find_substitutes', args: { ...subj, ...args } }], confidence: subjectConfidence(subj, env) };
}
