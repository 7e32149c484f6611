/**
 * Shopping intents: prices, deals, substitutes, list totals and the budget, price alerts and
 * catalog search. Each rule reads a construction rather than a sentence: a frame of question
 * words ("how much is ...", "is ... on sale", "something cheaper than ..."), a subject (a product
 * phrase, or "everything"/"my list"), and modifiers (money, brands, sort orders). A rule that
 * finds words it cannot account for declines, so a later rule, or the list grammar, gets the
 * clause.
 */
import type { ToolCall } from '../../../tools/tool.js';
import type { IntentEnv, IntentRule, Outcome } from '../../engine/intent.js';
import { BUDGET_ANCHORS, BUDGET_FRAME, budgetSetting, TOTAL_FRAME, TOTAL_RULE } from './budget.js';
import { DEAL_FRAME, DEAL_PHRASES, DEALS_RULE } from './deals.js';
import { CURRENCY_WORDS, PERIOD_WORDS } from '../../engine/money.js';
import { resolveReference } from '../../engine/references.js';
import { ruleTable } from '../../engine/rule-table.js';
import { matchPrice, matchTrend, PRICE_PATTERNS, PRICE_TAIL, priceQuestion, TREND_PATTERNS } from './prices.js';
import { search, SEARCH_LEADS, searchRequest, SORT_PHRASES, whichIsBest } from './search.js';
import { ALL_WORDS, phraseAt, phrases, set, SUBJECT_TAIL, TIME_TAIL, unresolved } from './shopping-phrases.js';
import { AVOID_INTRO, PREFER_INTRO, SUB_AFTER, SUB_BEFORE, SUB_CUT, SUB_FRAME, substituteRequest } from './substitutes.js';
import { CONDITION_VERBS, TRACK_LEADS, trackRequest, WATCH_LEADS } from './track.js';

/** Openers that wrap a question without changing it ("can you tell me how much milk is"). */
const WRAPPERS = phrases(['tell me', 'tell us', 'can you tell me', 'could you tell me', 'please tell me', 'do you know', 'any idea', 'i want to know', 'i would like to know', 'i wonder',
  'i was wondering', 'show me', 'let me know', 'let me see', 'i need to know', 'give me', 'find out', 'check', 'quick question', 'just wondering', 'wondering', 'roughly', 'approximately',
  'about', 'so', 'ok', 'okay', 'just', 'quick', 'hey', 'and']);
const QUESTION_HEADS = set('how what which whats');

/** Every word the shopping analyzers read, for typo correction. */
const SHOPPING_WORDS = [...new Set([
  ...[SUBJECT_TAIL, DEAL_PHRASES, SUB_BEFORE, SUB_AFTER, TRACK_LEADS, WATCH_LEADS, PRICE_TAIL, WRAPPERS, SEARCH_LEADS, TIME_TAIL, SORT_PHRASES].flat(2),
  ...[BUDGET_FRAME, TOTAL_FRAME, DEAL_FRAME, SUB_FRAME, SUB_CUT, PREFER_INTRO, AVOID_INTRO, CONDITION_VERBS, ALL_WORDS].flatMap((x) => [...x]),
  ...Object.keys(PERIOD_WORDS), ...CURRENCY_WORDS,
  ...[PRICE_PATTERNS, TREND_PATTERNS].flat().join(' ').replace(/[[\]{}|]/g, ' ').split(/\s+/),
])].filter((w) => /^[a-z']+$/.test(w));


/**
 * Shopping rules tried before the list's own questions: "is anything on my list discounted" names
 * the list but asks about deals, so it must not be read as "is X on my list".
 */
export const EARLY_SHOPPING_INTENTS: readonly IntentRule[] = [DEALS_RULE, TOTAL_RULE];

/**
 * Folds calls of one message that belong together: "something instead of butter, I like
 * Country Crock" is one substitute request with a preferred brand, not a substitute request and
 * a brand to remember; "watch X ... tell me when it's under $4" is one alert.
 */
export function foldFollowUps(calls: readonly ToolCall[]): ToolCall[] {
  const out: ToolCall[] = [];
  for (const c of calls) {
    const prev = out[out.length - 1];
    const args = c.args as Record<string, unknown>;
    if (prev?.name === 'find_substitutes' && c.name === 'remember_preference' && args.kind === 'brand') {
      const p = prev.args as Record<string, unknown>;
      out[out.length - 1] = { name: prev.name, args: { ...p, preferredBrands: [...new Set([...((p.preferredBrands as string[] | undefined) ?? []), String(args.value)])] } };
      continue;
    }
    if (prev?.name === 'track_price' && c.name === 'track_price' && (prev.args as Record<string, unknown>).name === args.name && args.targetPrice !== undefined) {
      out[out.length - 1] = c;
      continue;
    }
    out.push(c);
  }
  return out;
}

/** True when the clause opens with a ranking ("cheapest coffee ...") or orders by one ("... by unit price"). */
function ranksProducts(tokens: readonly string[]): boolean {
  if (tokens[0] !== 'best' && phraseAt(SORT_PHRASES, tokens)) return true;
  for (let i = 1; i < tokens.length; i++) if (tokens[i] === 'by' && phraseAt(SORT_PHRASES, tokens.slice(i))) return true;
  return false;
}

/** One side of a comparison as a product phrase: "the tide pods" -> "tide pods"; undefined when it names nothing. */
function comparedThing(tokens: readonly string[]): string | undefined {
  const words = tokens.filter((t) => t !== ',' && !/^(the|a|an|some|my|price|prices|of)$/.test(t));
  return words.length > 0 && words.length <= 6 ? words.join(' ') : undefined;
}

/** The one product a shopping question was about ("how much is cat litter" -> "cat litter"), if it named one. */
export function shoppingSubject(calls: readonly ToolCall[]): string | undefined {
  if (calls.length !== 1) return undefined;
  const { name, args } = calls[0]!;
  const a = args as Record<string, unknown>;
  const subject = name === 'get_price' ? a.query : name === 'track_price' || name === 'find_substitutes' ? a.name
    : name === 'match_deals' && Array.isArray(a.items) && a.items.length === 1 ? a.items[0] : undefined;
  return typeof subject === 'string' ? subject : undefined;
}

/** Shopping intents (prices, deals, substitutes, totals, budget, price alerts, search), most specific first. */
export const SHOPPING_INTENTS: readonly IntentRule[] = [
  // "stop tracking coffee", "cancel the alert on tide", "don't watch eggs anymore": the alert ends.
  { name: 'stop_tracking', patterns: [
    '[stop|quit|cancel|end|turn off|no more|remove|delete|drop|kill|you can stop|please stop|you can quit] [tracking|watching|following|monitoring|the alert for|the alert on|alerts for|alerts on|the price alert for|the price alert on|price alerts for|price alerts on|my alert on|my alert for|the price watch on|watching the price of|tracking the price of|following the price of|the alerts on|the alerts for] {x} [please|anymore|any more|]',
    '[do not|i do not want to|no need to|you can stop|you do not need to] [track|watch|follow|monitor] [the price of|the price on|prices of|] {x} [anymore|any more|]', '[untrack|unwatch|unfollow] {x}'],
    build: (s, env) => {
      const words = s.x!.filter((t) => !/^(the|my|price|prices|of|on|for|please|anymore)$/.test(t) && t !== ',');
      if (words.length === 0 || words.length > 6) return undefined;
      const ref = resolveReference(words, env.context, 'shown');
      if (ref) return ref.length === 1 && ref[0]!.productId !== undefined ? { calls: [{ name: 'stop_tracking', args: { productId: ref[0]!.productId } }], confidence: 0.9 } : unresolved();
      return { calls: [{ name: 'stop_tracking', args: { name: words.join(' ') } }], confidence: 0.95 };
    } },
  // "compare oreos and chips ahoy", "what's cheaper, tide pods or tide liquid": both prices.
  { name: 'compare', patterns: ['compare [the|] [price|prices|price of|prices of|cost of|] {a} [and|with|to|vs|versus|against] {b}', '{a} [vs|versus] {b}',
    '[what is|which is|which one is|what one is|which|what] [cheaper|less expensive|the better deal|a better deal|the better buy|a better buy] [,|] {a} or {b}',
    '{a} or {b} [,|] [which|what|which one] [is|] [cheaper|less expensive|the better deal|a better deal]', '[is|are] {a} cheaper than {b}'],
    build: (s) => {
      const [a, b] = [comparedThing(s.a!), comparedThing(s.b!)];
      return a && b && a !== b ? { calls: [{ name: 'get_price', args: { query: a } }, { name: 'get_price', args: { query: b } }], confidence: 0.95 } : undefined;
    } },
  { name: 'wrapped_question', patterns: ['{x}'], words: SHOPPING_WORDS,
    build: (_s, env) => {
      const w = phraseAt(WRAPPERS, env.tokens);
      if (w && !(env.tokens.length > w.length && QUESTION_HEADS.has(env.tokens[w.length]!))) return undefined;
      return w ? runShopping(env.tokens.slice(w.length), env) : undefined;
    } },
  { name: 'set_budget', patterns: ['{x}'], requires: BUDGET_ANCHORS, build: (_s, env) => budgetSetting(env.tokens) },
  { name: 'track', patterns: ['{x}'], build: (_s, env) => trackRequest(env.tokens, env) },
  TOTAL_RULE,
  { name: 'search_which', patterns: ['[which|what] {q}'], build: (s, env) => whichIsBest(s.q!, env) },
  { name: 'search_sorted_by', patterns: ['{q} [sorted|sort|ordered|order|ranked|rank] by {r}', '[sort|order|rank] {q} by {r}'], build: (_s, env) => search(env.tokens.slice(phraseAt(SEARCH_LEADS, env.tokens)?.length ?? 0), env) },
  DEALS_RULE,
  // The frames are matched on the clause less its tail, so the clause holds a word each frame needs.
  { name: 'price_trend', patterns: ['{x}'], requires: matchTrend.anyNeeded, build: (_s, env) => priceQuestion(env.tokens, env, matchTrend) },
  // A substitute request has a phrase of SUB_BEFORE or SUB_AFTER in it, so a word one starts with.
  { name: 'substitutes', patterns: ['{x}'], requires: new Set([...SUB_BEFORE.byFirst!.keys(), ...SUB_AFTER.byFirst!.keys()]), build: (_s, env) => substituteRequest(env.tokens, env) },
  { name: 'substitutes_bare', patterns: ['[something|anything|any|is there anything|is there something|got anything|do you have anything|show me something|find something|find me something] [cheaper|less expensive|similar|healthier]',
    'cheaper [one|option|alternative|version|ones|options|brand]', '[what are|any|got any|show me|are there] [the|some|any|] [alternatives|substitutes|other options|cheaper options]'],
    build: () => unresolved() },
  // "cheapest coffee by unit price" ranks products, whatever "price" it ends with.
  { name: 'price', patterns: ['{x}'], requires: matchPrice.anyNeeded, build: (_s, env) => (ranksProducts(env.tokens) ? undefined : priceQuestion(env.tokens, env, matchPrice)) },
  { name: 'search_sorted', patterns: ['[what is|what are|which is|which are|] [the|a|some|your|] {q}'], requires: new Set(SORT_PHRASES.byFirst!.keys()),
    build: (s, env) => (phraseAt(SORT_PHRASES, s.q!) ? search(s.q!, env) : undefined) },
  { name: 'search', patterns: ['{x}'], build: (_s, env) => searchRequest(env.tokens, env) },
];

const COMPILED = ruleTable(SHOPPING_INTENTS, 'as-written');

/** Runs the shopping rules on a clause; used again after a wrapper ("tell me ...") is taken off. */
function runShopping(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  return COMPILED.run(tokens, env);
}

