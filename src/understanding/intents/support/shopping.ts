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
import { BUDGET_ANCHORS, BUDGET_FRAME, budgetSetting, TOTAL_FRAME } from './budget.js';
import { DEAL_FRAME, DEAL_PHRASES } from './deals.js';
import { CURRENCY_WORDS, PERIOD_WORDS } from '../../engine/money.js';
import { resolveReference } from '../../engine/references.js';
import { matchPrice, matchTrend, PRICE_PATTERNS, PRICE_TAIL, priceQuestion, TREND_PATTERNS } from './prices.js';
import { search, SEARCH_LEADS, searchRequest, SORT_PHRASES, whichIsBest } from './search.js';
import { ALL_WORDS, phraseAt, phrases, set, SUBJECT_TAIL, TIME_TAIL, unresolved } from './shopping-phrases.js';
import { AVOID_INTRO, PREFER_INTRO, SUB_AFTER, SUB_BEFORE, SUB_CUT, SUB_FRAME, substituteRequest } from './substitutes.js';
import { CONDITION_VERBS, TRACK_LEADS, trackRequest, WATCH_LEADS } from './track.js';

/** Openers that wrap a question without changing it ("can you tell me how much milk is"). */
export const WRAPPERS = phrases(['tell me', 'tell us', 'can you tell me', 'could you tell me', 'please tell me', 'do you know', 'any idea', 'i want to know', 'i would like to know', 'i wonder',
  'i was wondering', 'show me', 'let me know', 'let me see', 'i need to know', 'give me', 'find out', 'check', 'quick question', 'just wondering', 'wondering', 'roughly', 'approximately',
  'about', 'so', 'ok', 'okay', 'just', 'quick', 'hey', 'and']);
export const QUESTION_HEADS = set('how what which whats');

/** Every word the shopping analyzers read, for typo correction. */
export const SHOPPING_WORDS = [...new Set([
  ...[SUBJECT_TAIL, DEAL_PHRASES, SUB_BEFORE, SUB_AFTER, TRACK_LEADS, WATCH_LEADS, PRICE_TAIL, WRAPPERS, SEARCH_LEADS, TIME_TAIL, SORT_PHRASES].flat(2),
  ...[BUDGET_FRAME, TOTAL_FRAME, DEAL_FRAME, SUB_FRAME, SUB_CUT, PREFER_INTRO, AVOID_INTRO, CONDITION_VERBS, ALL_WORDS].flatMap((x) => [...x]),
  ...Object.keys(PERIOD_WORDS), ...CURRENCY_WORDS,
  ...[PRICE_PATTERNS, TREND_PATTERNS].flat().join(' ').replace(/[[\]{}|]/g, ' ').split(/\s+/),
])].filter((w) => /^[a-z']+$/.test(w));


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
export function ranksProducts(tokens: readonly string[]): boolean {
  if (tokens[0] !== 'best' && phraseAt(SORT_PHRASES, tokens)) return true;
  for (let i = 1; i < tokens.length; i++) if (tokens[i] === 'by' && phraseAt(SORT_PHRASES, tokens.slice(i))) return true;
  return false;
}

/** One side of a comparison as a product phrase: "the tide pods" -> "tide pods"; undefined when it names nothing. */
export function comparedThing(tokens: readonly string[]): string | undefined {
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
