/** Price intents: "how much is milk", "what's butter going for these days", "has coffee gone up". */
import { SURE, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { resolveReference } from '../../engine/references.js';
import { isAll, patternSet, phrases, productWords, products, REFERENCES, TIME_TAIL, TOTAL, trimTail, unresolved } from './shopping-phrases.js';

/** Words after the product in a price question ("cost", "go for these days"). */
export const PRICE_TAIL = phrases(['cost', 'costs', 'be', 'run', 'run me', 'go for', 'going for', 'cost me', 'sell for', 'selling for', 'set me back', 'go for these days', 'retail for', 'going to cost',
  'going to be', 'going to run me', 'for', 'at', 'now', 'these days', 'right now', 'today', 'currently', 'at the moment', 'each', 'a pound', 'per pound', 'per lb', 'a piece', 'apiece', 'please',
  'price', 'prices', 'at walmart', 'here', 'in price', 'going', 'cost per unit']);

/** Calls for "how much is X": the list total when X is everything, else one get_price per product. */
function priceOf(q: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = trimTail(q, PRICE_TAIL);
  if (isAll(words) || (env.listMentioned && (words.length === 0 || isAll(words)))) return TOTAL(env);
  if (!words.length) return undefined;
  const ref = resolveReference(productWords(words), env.context, 'shown') ?? resolveReference(words, env.context, 'shown');
  if (ref) return ref.length ? { calls: [{ name: 'get_price', args: ref[0]!.productId !== undefined ? { productId: ref[0]!.productId } : { query: ref[0]!.name } }], confidence: 0.9 } : unresolved();
  if (words.length === 1 && REFERENCES.has(words[0]!)) return unresolved();
  const found = products(words, env);
  if (!found) return undefined;
  return { calls: found.names.map((query) => ({ name: 'get_price', args: { query } })), confidence: found.unknown ? 0.7 : SURE };
}

/** The frames of a price question; `{q}` is the product. */
export const PRICE_PATTERNS = [
  'how much [do|does|would|will] [you|they|walmart|the store] [charge|want|ask|sell] for {q}', 'what [do|does|would|will] [you|they|walmart] [charge|want|ask|sell] for {q}',
  'how much [would|will|is|does|did] [it|that|this] [be|cost|come to|run] for {q}', 'how much [is|are|for|do|does|would|will|did|should|was|were] {q}', 'how much {q} [is|are|costs|cost|will cost|would cost|goes for|go for|runs|sells for|is going for|are going for|would be|will be]',
  'what [does|do|would|will|did] {q} [cost|costs|go for|sell for|run|cost me|run me|retail for|usually cost|normally cost]',
  'what [is|are] {q} [going for|selling for|priced at|running|running at|running for|retailing for|retailing at|costing|cost|costs|priced]',
  '[what is|what are|tell me|give me|check|get|find|show me|look up|i need|i want|can i get|can i have|what was|i would like|do you know] [the|a|] [price|prices|cost|costs|unit price|going rate|rate|current price|latest price|price tag|pricing|cost per unit] [of|on|for] {q}',
  '[quick|a quick|a|] [price|prices|cost|unit price|pricing|price tag] [check|] [of|on|for|] {q}', 'cost of {q}', '{q} [price|prices|cost|pricing] [check|]', 'how [expensive|pricey|costly|dear] [is|are|would be|will be] {q}',
  'what [is|are] {q} [price|prices]',
];
/** Matches {@link PRICE_PATTERNS}. */
export const matchPrice = patternSet(PRICE_PATTERNS);
/** The frames of a question about a price's trend. */
export const TREND_PATTERNS = [
  'has [the price of|the cost of|the price on|the price for|] {q} [gone up|gone down|increased|decreased|dropped|risen|changed|gotten cheaper|gotten more expensive|come down|jumped|spiked|fallen|gone up or down] [in price|]',
  '[is|are] {q} [more expensive|cheaper|pricier|dearer|less expensive|costlier] [than|compared to] [last week|last month|last year|before|usual|normal|yesterday|it was|they were|last time|a month ago|a week ago|it used to be|they used to be]',
  '[did|have|has] {q} [go up|go down|get cheaper|get more expensive|gone up|gone down|come down] [in price|]',
  'what is the [price trend|trend|price history|history] [of|on|for] {q}', '[price trend|price history] [of|on|for] {q}', 'how has the price of {q} changed',
];
/** Matches {@link TREND_PATTERNS}. */
export const matchTrend = patternSet(TREND_PATTERNS);

/** "how much is milk", "what's butter going for these days", "price check on ground beef". */
export function priceQuestion(tokens: readonly string[], env: IntentEnv, match: typeof matchPrice): Outcome | undefined {
  // Tails come off the end only, so the first word stays: a frame that cannot start with it cannot match.
  if (match.firstWords && !match.firstWords.has(tokens[0]!)) return undefined;
  const words = trimTail(tokens, TIME_TAIL);
  const s = match(words);
  return s?.q ? priceOf(s.q, env) : undefined;
}
