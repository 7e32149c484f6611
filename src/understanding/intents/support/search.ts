/** Search intents: "find organic milk under $5", "cheapest peanut butter", "do u guys sell sparkling water". */
import { lookupUnit } from '../../../grocery/quantity/index.js';
import { SURE, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { phraseOf } from '../../engine/items.js';
import { looksLikeTask } from './list-actions.js';
import { matchMoney } from '../../engine/money.js';
import { isAll, patternSet, phraseAt, phrases, productLike, productWords, startsWith, trimLead, trimTail } from './shopping-phrases.js';

/** Words that rank a search, and the sort they ask for. */
const SORT_OF: ReadonlyMap<string, string> = new Map([
  ...(['cheapest', 'cheap', 'least expensive', 'lowest priced', 'lowest price', 'lowest cost', 'low cost', 'best price', 'inexpensive', 'budget', 'affordable', 'lowest prices',
    'sorted by price', 'sort by price', 'ordered by price', 'order by price', 'by price', 'price low to high', 'cheapest first', 'cheapest per unit'].map((p): [string, string] => [p, 'price'])),
  ...(['best value', 'best deal per ounce', 'best deal', 'best bang for the buck', 'best bang for my buck', 'most economical', 'unit price', 'per ounce', 'per oz', 'per pound', 'per lb',
    'sorted by unit price', 'sort by unit price', 'by unit price', 'sorted by value', 'sort by value', 'by value', 'price per ounce', 'value for money', 'cheapest per ounce', 'best price per ounce'].map((p): [string, string] => [p, 'unit_price'])),
  ...(['best rated', 'top rated', 'highest rated', 'best reviewed', 'top-rated', 'best-rated', 'most popular', 'best', 'top', 'sorted by rating', 'sort by rating', 'by rating',
    'sorted by ratings', 'sort by ratings', 'by ratings', 'sorted by reviews', 'by reviews', 'highly rated', 'well reviewed'].map((p): [string, string] => [p, 'rating'])),
]);
/** Ranking phrases ("cheapest", "top rated"), for look-up by first word; "budget" alone is not a ranking. */
export const SORT_PHRASES = phrases([...SORT_OF.keys()].filter((p) => p !== 'budget'));

/** Reads "under $5", "between 2 and 5", "cheapest", "top rated", "in stock", "top 3" out of a search phrase. */
export function searchFilters(tokens: readonly string[]): { query: string[]; args: Record<string, unknown> } {
  const args: Record<string, unknown> = {};
  const query: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const two = `${t} ${tokens[i + 1] ?? ''}`;
    const below = ['under', 'below', 'max', 'maximum', 'within', '<', 'beneath'].includes(t) ? 1 : ['less than', 'cheaper than', 'up to', 'at most', 'no more than', 'lower than', 'not over'].includes(two) ? 2 : 0;
    const above = ['over', 'above', 'min', 'minimum', '>'].includes(t) ? 1 : ['more than', 'at least', 'higher than', 'pricier than'].includes(two) ? 2 : ['no less than'].includes(`${two} ${tokens[i + 2]}`) ? 3 : 0;
    const cut = below || above;
    if (cut) {
      const m = matchMoney(tokens, i + cut);
      if (m) {
        args[below ? 'maxPrice' : 'minPrice'] = m.dollars;
        i += cut + m.length - 1;
        while (/^(for|that|is|are|which|costs?)$/.test(query[query.length - 1] ?? '')) query.pop();
        continue;
      }
    }
    if (t === 'between' || t === 'from') {
      const a = matchMoney(tokens, i + 1);
      const sep = a ? tokens[i + 1 + a.length] : undefined;
      const b = a && (sep === 'and' || sep === 'to' || sep === '-') ? matchMoney(tokens, i + 2 + a.length) : undefined;
      if (a && b) {
        args.minPrice = a.dollars;
        args.maxPrice = b.dollars;
        i += 1 + a.length + 1 + b.length - 1;
        continue;
      }
    }
    const sort = phraseAt(SORT_PHRASES, tokens, i);
    if (sort && !(sort.join(' ') === 'top' && /^\d+$/.test(tokens[i + 1] ?? ''))) {
      args.sort ??= SORT_OF.get(sort.join(' '));
      i += sort.length - 1;
      continue;
    }
    if ((t === 'top' || t === 'first') && /^\d+$/.test(tokens[i + 1] ?? '')) {
      args.limit = Number(tokens[i + 1]);
      i++;
      continue;
    }
    if (two === 'in stock' || t === 'available' || two === 'on hand' || two === 'on the shelf') {
      args.inStock = true;
      if (t !== 'available') i++;
      continue;
    }
    query.push(t);
  }
  // "5 kinds of hot sauce", "10 snacks": a number before the thing is how many to show.
  const n = /^\d+$/.test(query[0] ?? '') ? Number(query[0]) : undefined;
  if (n !== undefined && n > 0 && n <= 50 && query.length > 1 && !lookupUnit(query[1]!)) {
    args.limit ??= n;
    query.shift();
    if (/^(kinds|types|sorts|brands|options|varieties|flavors|flavours|different)$/.test(query[0] ?? '') && query[1] === 'of') query.splice(0, 2);
  }
  while (['the', 'a', 'an', 'some', 'any', 'for', 'me', 'of', 'options', 'products', 'brands', 'items', 'price', 'on', 'kinds', 'kind', 'types', 'sorts', 'different', 'good', 'nice', 'your',
    'range', 'selection', 'variety'].includes(query[0] ?? '')) query.shift();
  return { query: trimTail(removeInfix(query), SEARCH_TAIL), args };
}

const SEARCH_TAIL = phrases(['options', 'products', 'items', 'available', 'there', 'please', 'for', 'that', 'is', 'are', 'brand', 'brands', 'one', 'ones', 'you have', 'in', 'that is', 'you got',
  'do you have', 'do you carry', 'do you sell', 'do you stock', 'have you got', 'you sell', 'you carry', 'for me', 'pls', 'which is', 'is there', 'are there', 'there are', 'can i get', 'with', 'sorted', 'by', 'first', 'out there']);
const INFIXES = phrases(['do you have', 'do you carry', 'do you sell', 'do you stock', 'do you guys have', 'you have', 'have you got']);

/** "what pasta sauce do you have for less than $4": the "do you have" in the middle says nothing about the thing. */
function removeInfix(tokens: readonly string[]): string[] {
  for (let i = 1; i < tokens.length; i++) {
    const p = INFIXES.find((x) => startsWith(tokens, x, i));
    if (p) return [...tokens.slice(0, i), ...tokens.slice(i + p.length)];
  }
  return [...tokens];
}

/** A catalog search for what is left once filters, a brand and filler words are read off. */
export function search(tokens: readonly string[], env: IntentEnv, sort?: string): Outcome | undefined {
  const { query, args } = searchFilters(tokens);
  if (sort && args.sort === undefined) args.sort = sort;
  let words = query;
  const brand = env.vocab.brandAt(words, 0);
  const out: Record<string, unknown> = {};
  if (brand && brand.length < words.length && env.vocab.knowsWord(words[words.length - 1]!)) {
    out.brand = brand.brand;
    words = words.slice(brand.length);
  }
  const q = phraseOf(productWords(words));
  // "what else do you have" asks for more of what was shown, not for a product called "else".
  if (!q || looksLikeTask(q) || isAll(words) || !productLike(q.split(' ')) || /^(else|other|others|more|another|different|something|anything)$/.test(q)) return undefined;
  const known = words.some((w) => env.vocab.knowsWord(w));
  return { calls: [{ name: 'search_products', args: { query: q, ...out, ...args } }], confidence: known ? SURE : 0.7 };
}

const BEST_LEAD = phrases(['the', 'got the', 'the most']);
const BEST_TAIL = phrases(['one', 'option', 'choice', 'here', 'right now', 'now']);

/** "which pop is cheapest", "which olive oil is the best deal per ounce": a product, then how to rank it. */
export function whichIsBest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const is = tokens.findIndex((t, i) => i > 0 && (t === 'is' || t === 'are' || t === 'has' || t === 'have'));
  if (is < 1) return undefined;
  const rest = trimLead(tokens.slice(is + 1), BEST_LEAD);
  const ranked = trimTail(rest, BEST_TAIL);
  const sort = phraseAt(SORT_PHRASES, ranked);
  if (!sort || sort.length !== ranked.length) return undefined;
  return search(tokens.slice(0, is), env, SORT_OF.get(sort.join(' ')));
}

/** Openers of a catalog search ("find", "do you carry", "looking for"). */
export const SEARCH_LEADS = phrases(['find', 'search', 'search for', 'look for', 'look up', 'lookup', 'show', 'show me', 'browse', 'i am looking for', 'we are looking for', 'looking for',
  'do you have', 'do you carry', 'do you sell', 'do you stock', 'do you guys have', 'do you guys sell', 'do you guys carry', 'do you all have', 'do you all sell', 'do you all carry',
  'do you folks have', 'have you got', 'have you guys got', 'you guys have', 'you guys got', 'got any', 'recommend', 'suggest', 'options for', 'search products for', 'find me',
  'show me some', 'are there any', 'is there any', 'i want to find', 'i need to find', 'need to find', 'help me find', 'where can i find', 'where do i find', 'where is', 'where are',
  'can i find', 'can you find', 'i am after', 'i am searching for', 'searching for', 'find some', 'show us', 'search the store for', 'what about', 'i would like to see',
  'i want to see', 'let me see', 'can i see', 'what options are there for', 'what have you got in', 'what do you have in', 'any', 'is there', 'do they have', 'does walmart have',
  'does the store have', 'do you guys stock', 'can you look up', 'look up some', 'find me some', 'i am hunting for', 'hunting for', 'shop for', 'can i get a list of', 'get me a list of', 'give me a list of', 'show me a list of', 'a list of', 'list of', 'can i see a list of', 'have you any', 'have you got any', 'see', 'showing me', 'i would like to see your range of', 'your range of', 'range of']);
const matchSearch = patternSet(['what [kinds|kind|types|type|brands|brand|sorts|sort|flavors|flavours|varieties|options|sizes] of {q}',
  'what is [good|new|nice|available|there|decent|fresh] [in|on|from|at] [the|your|] {q} [section|aisle|department|range|shelf|]', 'what [do you have|have you got|is there] [in|on] [the|your|] {q} [section|aisle|department|range|shelf]',
  'what {q} [do you|do you guys|do you all|have you|you] [have|carry|sell|stock|got] {r}', 'what {q} [do you|do you guys|do you all|have you|you] [have|carry|sell|stock|got]',
  'which {q} [do you|do you guys|do you all] [have|carry|sell|stock]']);

/** "find organic milk under $5", "do u guys sell sparkling water", "what kinds of salsa do you carry". */
export function searchRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const s = matchSearch(tokens);
  if (s) return search(s.r ? [...s.q!, ...s.r] : s.q!, env);
  // The longest lead first: SEARCH_LEADS is sorted so, and its index by first word keeps that order.
  const known = SEARCH_LEADS.byFirst?.get(tokens[0]!)?.find((p) => tokens.length > p.length && startsWith(tokens, p));
  if (known) return search(tokens.slice(known.length), env);
  // "the cheapest eggs", "list the top rated ice creams", "top 3 frozen waffles": a ranking says it is a search.
  const lead = tokens[0] === 'list' ? 1 : 0;
  const first = tokens[lead] === 'the' || tokens[lead] === 'a' ? lead + 1 : lead;
  // Only a ranking the request starts with ("cheap toilet paper", "top 3 waffles"); "add cheap wine" is a list request.
  if (phraseAt(SORT_PHRASES, tokens, first) || (tokens[lead] === 'top' && searchFilters(tokens).args.limit !== undefined)) return search(tokens.slice(lead), env);
  return undefined;
}
