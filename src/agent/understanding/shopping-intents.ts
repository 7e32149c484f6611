import { matchQuantityPrefix } from '../../grocery/quantity/index.js';
import { call, SURE, UNRESOLVED, type IntentEnv, type IntentRule, type Outcome } from './intent.js';
import { phraseOf } from './items.js';
import { looksLikeTask, UNRESOLVED_REPLY } from './list-intents.js';
import { matchMoney, matchPeriod } from './money.js';
import { resolveReference } from './references.js';

const EVERYTHING = new Set(['everything', 'anything', 'it all', 'all', 'my stuff', 'my groceries', 'my items', 'my list', 'the list', 'the total',
  'my total', 'my shopping', 'it', 'all of it', 'this', 'that all', 'all this', 'all of this', 'the whole thing', 'everything on it', 'my order', 'all that']);

/** A product phrase without leading quantity ("a gallon of milk" -> "milk"). */
function productPhrase(tokens: readonly string[]): string {
  const q = matchQuantityPrefix(tokens);
  const rest = q && q.consumed < tokens.length ? tokens.slice(q.consumed) : tokens;
  return phraseOf(rest);
}

/** Which product a question is about: a reference to what was shown, or words. */
function subject(tokens: readonly string[], env: IntentEnv, idKey: string, nameKey: string): Record<string, unknown> | 'unresolved' | undefined {
  const ref = resolveReference(tokens, env.context, 'shown');
  if (ref) return ref.length ? (ref[0]!.productId !== undefined ? { [idKey]: ref[0]!.productId } : { [nameKey]: ref[0]!.name }) : 'unresolved';
  const name = productPhrase(tokens);
  return name && !looksLikeTask(name) ? { [nameKey]: name } : undefined;
}

const unresolved = (): Outcome => ({ calls: [], confidence: UNRESOLVED, reply: UNRESOLVED_REPLY });
const TOTAL = (env: IntentEnv): Outcome => ({ calls: [call('list_total', {}, env)], confidence: SURE });

/** Reads "under $5", "between 2 and 5", "cheapest", "top rated", "in stock" out of a search phrase. */
export function searchFilters(tokens: readonly string[]): { query: string[]; args: Record<string, unknown> } {
  const args: Record<string, unknown> = {};
  const query: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const two = `${t} ${tokens[i + 1] ?? ''}`;
    const below = ['under', 'below', 'max', 'maximum', 'within', '<'].includes(t) ? 1 : ['less than', 'cheaper than', 'up to', 'at most', 'no more than', 'lower than'].includes(two) ? 2 : 0;
    const above = ['over', 'above', 'min', 'minimum', '>'].includes(t) ? 1 : ['more than', 'at least', 'higher than', 'pricier than'].includes(two) ? 2 : 0;
    const cut = below || above;
    if (cut) {
      const m = matchMoney(tokens, i + cut);
      if (m) {
        args[below ? 'maxPrice' : 'minPrice'] = m.dollars;
        i += cut + m.length - 1;
        if (query[query.length - 1] === 'for' || query[query.length - 1] === 'that' || query[query.length - 1] === 'is') query.pop();
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
    if (/^(cheapest|cheap|cheaper)$/.test(t) || ['least expensive', 'lowest priced', 'lowest price', 'low cost'].includes(two)) {
      args.sort = 'price';
      if (two.includes(' ')) i += ['least expensive', 'lowest priced', 'lowest price', 'low cost'].includes(two) ? 1 : 0;
      continue;
    }
    if (['top rated', 'best rated', 'highest rated', 'best reviewed', 'top-rated', 'best-rated'].includes(two) || t === 'top-rated' || t === 'best-rated') {
      args.sort = 'rating';
      if (two.includes(' ') && !t.includes('-')) i++;
      continue;
    }
    if (['best value', 'unit price', 'per ounce', 'per oz', 'per pound', 'per lb'].includes(two)) {
      args.sort = 'unit_price';
      i++;
      continue;
    }
    if (two === 'in stock' || t === 'available') {
      args.inStock = true;
      if (t === 'in') i++;
      continue;
    }
    query.push(t);
  }
  while (['the', 'a', 'an', 'some', 'any', 'for', 'me', 'of', 'options', 'products', 'brands', 'items', 'price', 'on'].includes(query[0] ?? '')) query.shift();
  while (['options', 'products', 'items', 'available', 'there', 'please', 'for', 'that', 'is', 'are', 'brand', 'brands', 'one', 'ones', 'you have', 'in'].includes(query[query.length - 1] ?? '')) query.pop();
  return { query, args };
}

function search(tokens: readonly string[], env: IntentEnv, sort?: string): Outcome | undefined {
  const { query, args } = searchFilters(tokens);
  if (sort && args.sort === undefined) args.sort = sort;
  let words = query;
  const brand = env.vocab.brandAt(words, 0);
  const out: Record<string, unknown> = {};
  if (brand && brand.length < words.length && env.vocab.knowsWord(words[words.length - 1]!)) {
    out.brand = brand.brand;
    words = words.slice(brand.length);
  }
  const q = productPhrase(words);
  if (!q || looksLikeTask(q)) return undefined;
  const known = words.some((w) => env.vocab.knowsWord(w));
  return { calls: [{ name: 'search_products', args: { query: q, ...out, ...args } }], confidence: known ? SURE : 0.7 };
}

/** "without Eggland's", "preferably Great Value", "within $1": the modifiers a substitute request carries. */
function substitutes(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const args: Record<string, unknown> = {};
  let words = [...tokens];
  const cut = words.findIndex((w, i) => ['without', 'except', 'excluding', 'besides', 'avoiding', 'but', 'not', 'no', 'from', 'by', 'preferably', 'ideally', 'within', 'max', 'under', 'that', 'other'].includes(w) && i > 0);
  if (cut > 0) {
    const mods = words.slice(cut);
    words = words.slice(0, cut);
    const brandsIn = (ws: string[]) => ws.map((_, i) => env.vocab.brandAt(ws, i)?.brand ?? env.vocab.brandStartingWith([ws[i]!])).filter((b): b is string => b !== undefined);
    const money = mods.map((_, i) => matchMoney(mods, i)).find((m) => m !== undefined);
    if (money) args.maxPriceDifference = money.dollars;
    const brands = [...new Set(brandsIn(mods))];
    if (brands.length) args[/^(from|by|preferably|ideally)$/.test(mods[0]!) ? 'preferredBrands' : 'avoidBrands'] = brands;
    if (!money && !brands.length) return undefined;
  }
  const subj = subject(words, env, 'productId', 'name');
  if (subj === 'unresolved') return unresolved();
  if (!subj) return undefined;
  return { calls: [{ name: 'find_substitutes', args: { ...subj, ...args } }], confidence: SURE };
}

/** Shopping intents (prices, deals, substitutes, totals, budget, price alerts, search), most specific first. */
export const SHOPPING_INTENTS: readonly IntentRule[] = [
  { name: 'set_budget', patterns: ['[set|change|update|make|put|raise|lower|increase|decrease|adjust|fix] [my|the|our|a|] [weekly|monthly|grocery|food|shopping|] budget [to|at|as|for|of|is|] {m}',
    '[my|our|the] [weekly|monthly|grocery|food|shopping|] budget [is|should be|will be|=|of] {m}', '[weekly|monthly|] budget [is|of|:|] {m}', 'budget {m}',
    '[i|we] [have|want to spend|can spend|can only spend|would like to spend|only want to spend|plan to spend|spend|want to keep it under|want to stay under|have a budget of|got|only have|usually spend|try to spend] {m}',
    '[keep|limit] [me|us|it|spending|my spending] [under|to|below|at] {m}', '[i am|we are] on a {m} budget'],
    build: (s, env) => {
      const m = matchMoney(s.m!, 0);
      if (!m) return undefined;
      const rest = s.m!.slice(m.length).filter((t) => !['budget', 'for', 'groceries', 'on', 'food', 'per', 'max', 'total', 'to', 'spend'].includes(t) || t === 'per');
      const period = matchPeriod(rest) ?? matchPeriod(env.tokens.filter((t) => /^(weekly|monthly)$/.test(t)));
      if (rest.length && !period && rest.some((t) => !['a', 'per', 'each', 'every'].includes(t))) return undefined;
      const amount = m.dollars;
      return { calls: [{ name: 'set_budget', args: period ? { amount, period } : { amount } }], confidence: SURE };
    } },
  { name: 'total', patterns: ['[how much|what] [is|will|would|does|do|should] [it|everything|this|that|all this|it all|my groceries|my total|the total|all of it|my stuff|the whole thing|that all|all that|] [cost|come to|be|run|run me|add up to|total|cost me|set me back|]  [in total|total|altogether|all together|]',
    '[total|totals|my total|the total|list total|grand total|estimated total|subtotal|estimate|the damage|tally|cost|total cost|the cost]', 'what is [my|the|our] [total|estimated total|subtotal|damage|bill|grand total|cost|total cost|estimate]',
    'what [does|will|would] [it|everything|this|all this|it all] [cost|come to|total|add up to|be]', '[add|tally|sum] [it|them|everything|this|it all] up', 'how much [am i|are we] [spending|going to spend|looking at]',
    'how much [will i|am i going to|do i|will we|do we] [spend|pay|need|need to spend]', '[what|how much] [budget|money] [do i have|is|have i got|do we have|have we got|is there|i have] [left|remaining|to spend]',
    '[budget|money] [left|remaining]', '[remaining|leftover] budget', '[am i|are we|is it|is this|is that] [over|under|within|on|in] [budget|my budget|the budget|our budget]',
    'how [am i|are we] doing [on|with] [budget|my budget|money|spending]', 'what is [my|our] budget', '[my|our|] budget', 'how is [my|our] budget', '[check|show me|show] [my|our|the] budget',
    '[will|would|do|am] [i|we] [go|be|going to go] over [budget|my budget|our budget]', 'how much [more|else|] can [i|we] [still|] spend', 'how much [budget|] is left', 'how much have i [got|] left'],
    build: (_s, env) => TOTAL(env) },
  { name: 'price', patterns: ['how much [is|are|does|do|for|would|will|is the|are the|is a|is an|is one|are those|is that|do the] {q} [cost|costs|be|run|go for|going for|cost me|these days|right now|now|today|]',
    'what [does|do|would|will] {q} cost [me|]', 'what [is|are] the [price|prices|cost] [of|for|on] {q}', '[price|cost|prices] [of|for|on] {q}', 'price check [on|for|] {q}',
    '{q} [price|prices|cost]', 'what [is|are] {q} [going for|selling for|priced at]', 'how expensive [is|are] {q}', '[check|get|give me|tell me|show me|find] [me|] the [price|prices|cost] [of|on|for] {q}',
    'how much [is|are|do|does] {q} [go|run|sell] for', 'what do you charge for {q}', 'what [is|are] {q} [price|prices] [now|today|]'],
    build: (s, env) => {
      const q = s.q!;
      if (EVERYTHING.has(q.join(' ')) && !resolveReference(q, env.context, 'shown')?.length) return q.join(' ') === 'it' || q.join(' ') === 'that' ? unresolved() : TOTAL(env);
      if (q[0] === 'my' || q[0] === 'the' && env.listMentioned) return TOTAL(env);
      const ref = resolveReference(q, env.context, 'shown');
      if (ref) return ref.length ? { calls: [{ name: 'get_price', args: ref[0]!.productId !== undefined ? { productId: ref[0]!.productId } : { query: ref[0]!.name } }], confidence: 0.9 } : unresolved();
      const parse = env.items(q);
      if (!parse.items.length || parse.items.some((i) => looksLikeTask(i.name))) return undefined;
      const calls = parse.items.map((i) => ({ name: 'get_price', args: { query: productPhrase(q.length && parse.items.length === 1 ? (i.brand ? [...i.brand.toLowerCase().split(' '), ...i.name.split(' ')] : i.name.split(' ')) : i.name.split(' ')) } }));
      return { calls, confidence: parse.unknown ? 0.7 : SURE };
    } },
  { name: 'deals', patterns: ['[is|are] {x} [on sale|on special|discounted|on discount|on rollback|on offer|cheaper this week|reduced|marked down|on clearance|on promo|on promotion|in the sale|a good deal|any cheaper]',
    '[any|are there any|got any|do you have any|find|find me|show me|show|list|check for|look for|get me|search for|i want|what are the|what|which|see] [good|current|new|] [deals|sales|specials|discounts|coupons|offers|savings|promotions|rollbacks|deal|sale|coupon|bargains|promos] [on|for|with|in|at|to use on|to use for] {x}',
    '[any|are there any|got any|do you have any|find|find me|show me|show|list|check for|look for|get me|search for|what are the|what|see|find some] [good|current|new|] [deals|sales|specials|discounts|coupons|offers|savings|promotions|rollbacks|bargains|promos] [today|this week|right now|now|available|going on|are there|do you have|are available|]',
    'what is on [sale|special|offer|rollback|clearance|promotion|discount] [today|this week|right now|]', 'what [is|are] [discounted|on sale|cheap this week|reduced]', 'what items are on sale',
    '[deals|sales|specials|coupons|discounts|savings|offers] [on|for] {x}', '{x} [deals|coupons|sales|discounts|specials]', 'is there [a|any] [deal|sale|coupon|discount|special] [on|for] {x}',
    '[does|do] {x} have [a|any] [deal|deals|coupon|coupons|discount|sale]', 'can [i|we] save [money|] [on|with] {x}', 'how can [i|we] save [money|]', 'where can [i|we] save [money|]', '[deals|coupons|sales|specials|discounts]', 'find me savings'],
    build: (s, env) => {
      if (!s.x) return { calls: [call('match_deals', {}, env)], confidence: SURE };
      const phrase = s.x.join(' ');
      if (EVERYTHING.has(phrase) || phrase === 'my stuff' || phrase === 'my list') return { calls: [call('match_deals', {}, env)], confidence: SURE };
      const ref = resolveReference(s.x, env.context, 'shown');
      if (ref) return ref.length ? { calls: [{ name: 'match_deals', args: { items: ref.map((r) => r.name) } }], confidence: 0.9 } : unresolved();
      const parse = env.items(s.x);
      if (!parse.items.length) return undefined;
      return { calls: [{ name: 'match_deals', args: { items: parse.items.map((i) => i.name) } }], confidence: parse.unknown ? 0.7 : SURE };
    } },
  { name: 'substitutes', patterns: ['[something|anything|a product|an option|an alternative|a brand|one|a version|options|products|stuff|] [cheaper|less expensive|more affordable|healthier|similar|better] [than|to|instead of|compared to|like] {x}',
    '[a|any|some|] cheaper [alternative|alternatives|option|options|version|substitute|replacement|brand|brands|one] [to|for|of|than|instead of] {x}',
    '[a|an|any|some|good|a good|] [alternative|alternatives|substitute|substitutes|substitution|substitutions|replacement|replacements|swap|swaps|dupe|dupes|other options|other brands|similar products] [to|for|of|instead of] {x}',
    'what [can|could|should] [i|we] [use|get|buy|have|try|substitute] [instead of|in place of|rather than|to replace|for] {x}', '[instead of|in place of|rather than] {x}', '[something|anything] [like|similar to] {x}', 'similar to {x}',
    '{x} [alternative|alternatives|substitute|substitutes|replacement|replacements|dupe|swap]', '[substitute|sub] {x}', '[swap|replace|switch] [out|] {x}',
    'is there [a|an|anything|something] [cheaper|alternative|substitute|better|similar] [than|to|for|] {x}',
    '[find|show me|get me|give me|suggest|recommend|any|do you have|what are|i need|i want|i need a|i want a] [a|an|some|any|] [cheaper|good|] [substitute|substitutes|alternative|alternatives|replacement|replacements|option|options|swap|swaps|dupe] [to|for|of|instead of] {x}',
    'what is [a|an] [good|cheaper|] [substitute|alternative|replacement] [for|to] {x}', '[what can replace|what could replace|what replaces] {x}',
    '[something|anything|any|is there anything|is there something|got anything|do you have anything|show me something|find something|find me something] [cheaper|less expensive|similar]', 'cheaper [one|option|alternative|version|ones]', '[what are|any|got any|show me] [the|some|] [alternatives|substitutes|other options]'],
    build: (s, env) => (s.x ? substitutes(s.x, env) : substitutes(['it'], env)) },
  { name: 'track', patterns: ['[tell|let|alert|notify|ping|text|message|email|warn|inform|remind] [me|us] [know|] [when|if|once|as soon as|whenever] {x}', 'let [me|us] know [when|if|once|whenever] {x}',
    '[watch|track|monitor|follow|keep an eye on|keep track of|keep tabs on|watch out for|set an alert for|set a price alert for|set up an alert for|set up a price alert for|alert me about|alert me on|alert me to|price alert for|price alert on|create an alert for|add an alert for|add a price alert for|set alert for|notify me about|tell me about drops in] [the price of|the price on|prices of|prices on|price of|price on|the prices of|the prices on|] {x} [price|prices|for me|for a drop|for deals|for sales|for a sale|for price drops|]',
    '{x} price alert', 'alert [me|] [when|if] {x}'],
    build: (s, env) => {
      let x = s.x!;
      while (['the', 'price', 'prices', 'of', 'on', 'cost'].includes(x[0] ?? '') && x.length > 1) x = x.slice(1);
      const verb = x.findIndex((w, i) => i > 0 && /^(drops|drop|falls|fall|goes|go|gets|get|is|are|comes|come|hits|hit|reaches|dips|becomes|will|price|prices|cost|costs|has|have|dropped|went)$/.test(w));
      const name = verb > 0 ? x.slice(0, verb) : x;
      const tail = verb > 0 ? x.slice(verb) : [];
      const args: Record<string, unknown> = {};
      const money = tail.map((_, i) => matchMoney(tail, i)).find((m) => m !== undefined);
      if (money) args.targetPrice = money.dollars;
      const subj = subject(name, env, 'productId', 'name');
      if (subj === 'unresolved') return unresolved();
      if (!subj) return undefined;
      return { calls: [{ name: 'track_price', args: { ...subj, ...args } }], confidence: SURE };
    } },
  { name: 'search_sorted', patterns: ['[the|a|] [cheapest|least expensive|lowest priced|lowest price|cheap] {q}', '[the|] [best|top rated|highest rated|best rated|best reviewed|top-rated|best-rated] {q}', '[the|] best value {q}'],
    build: (s, env) => {
      const first = env.tokens.find((t) => t !== 'the' && t !== 'a')!;
      const sort = /^(cheap|cheapest|least|lowest)$/.test(first) ? 'price' : first === 'best' && env.tokens.includes('value') ? 'unit_price' : 'rating';
      return search(s.q!.filter((t) => t !== 'value' || sort !== 'unit_price'), env, sort);
    } },
  { name: 'search', patterns: ['[find|search|search for|look for|look up|lookup|show|show me|browse|i am looking for|we are looking for|looking for|do you have|do you carry|do you sell|do you guys have|do you stock|have you got|got any|what kinds of|what kind of|what types of|what brands of|what options for|recommend|suggest|options for|search products for|find me|get me some|show me some|are there any|is there any|i want to find|help me find|where can i find|where is|where are|what] [some|any|a|an|the|] {q} [available|in stock|options|you have|do you have|do you carry|are there|there are|are available|you got|you sell|do you sell|have you got|can i get|]'],
    build: (s, env) => search(s.q!, env) },
];
