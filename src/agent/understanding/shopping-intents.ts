/**
 * Shopping intents: prices, deals, substitutes, list totals and the budget, price alerts and
 * catalog search. Each rule reads a construction rather than a sentence: a frame of question
 * words ("how much is ...", "is ... on sale", "something cheaper than ..."), a subject (a product
 * phrase, or "everything"/"my list"), and modifiers (money, brands, sort orders). A rule that
 * finds words it cannot account for declines, so a later rule, or the list grammar, gets the
 * clause.
 */
import { lookupUnit, matchQuantityPrefix } from '../../grocery/quantity/index.js';
import type { ToolCall } from '../../tools/tool.js';
import { call, SURE, UNRESOLVED, type IntentEnv, type IntentRule, type Outcome } from './intent.js';
import { phraseOf } from './items.js';
import { looksLikeTask, UNRESOLVED_REPLY } from './list-intents.js';
import { CURRENCY_WORDS, findMoney, matchMoney, PERIOD_WORDS } from './money.js';
import { buildTrie, compile, matchTrie, type Pattern, type PatternTrie } from './patterns.js';
import { resolveReference } from './references.js';
import { isBreak, ITEM_BREAK } from './tokenizer.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
const startsWith = (tokens: readonly string[], phrase: readonly string[], at = 0) => phrase.every((w, k) => tokens[at + k] === w);

/** Phrases as token lists, longest first, indexed by first word for quick look-up with {@link phraseAt}. */
type Phrases = string[][] & { byFirst?: Map<string, string[][]> };

function phrases(list: readonly string[]): Phrases {
  const out: Phrases = list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
  out.byFirst = new Map();
  for (const p of out) out.byFirst.set(p[0]!, [...(out.byFirst.get(p[0]!) ?? []), p]);
  return out;
}

/** The longest of `list` that starts at tokens[i]. */
function phraseAt(list: Phrases, tokens: readonly string[], i = 0): string[] | undefined {
  for (const p of list.byFirst?.get(tokens[i] ?? '') ?? []) if (startsWith(tokens, p, i)) return p;
  return undefined;
}

/** Drops any of `tails` from the end, repeatedly ("eggs right now please" -> "eggs"). */
function trimTail(tokens: readonly string[], tails: readonly string[][]): string[] {
  let out = [...tokens];
  for (let moved = true; moved; ) {
    moved = false;
    while (out.length && isBreak(out[out.length - 1])) out.pop();
    const t = tails.find((p) => out.length > p.length && startsWith(out, p, out.length - p.length));
    if (t) (out = out.slice(0, -t.length)), (moved = true);
  }
  return out;
}

/** Drops any of `leads` from the start, repeatedly. */
function trimLead(tokens: readonly string[], leads: readonly string[][]): string[] {
  let out = [...tokens];
  for (let moved = true; moved; ) {
    moved = false;
    while (out.length && isBreak(out[0])) out.shift();
    const l = leads.find((p) => out.length > p.length && startsWith(out, p));
    if (l) (out = out.slice(l.length)), (moved = true);
  }
  return out;
}

const DETERMINERS = phrases(['the', 'a', 'an', 'some', 'any', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'of', 'of the']);
/** When and how-much words after a product that are not part of it. */
const SUBJECT_TAIL = phrases(['right now', 'these days', 'this week', 'today', 'now', 'at the moment', 'currently', 'lately', 'recently', 'this month',
  'for me', 'please', 'each', 'apiece', 'a piece', 'per pound', 'a pound', 'per lb', 'at the store', 'here', 'anymore', 'ever', 'in price', 'at all',
  'price', 'prices', 'cost', 'in baking', 'for baking', 'when baking', 'in a recipe', 'for a recipe', 'in my recipe', 'for cooking', 'in cooking', 'for a price drop', 'for price drops', 'for a drop', 'for deals', 'for sales', 'for a sale', 'too', 'again', 'thanks', 'and stuff']);

/** A product phrase without articles, quantity or time words ("a 12-pack of coke right now" -> "coke"). */
function productWords(tokens: readonly string[]): string[] {
  let t = trimLead(trimTail(tokens, SUBJECT_TAIL), DETERMINERS);
  const q = matchQuantityPrefix(t);
  if (q && q.consumed < t.length) t = t.slice(q.consumed);
  // "bag of ice" once the article was taken: a package word, "of", then the thing.
  else if (t.length > 2 && lookupUnit(t[0]!) && t[1] === 'of') t = t.slice(2);
  return trimLead(t, DETERMINERS);
}

/** Words that mean "everything on the list" when they are all a subject has. */
const ALL_WORDS = set('everything all it this that these stuff items things groceries grocery basket cart trolley shop shopping order bill total subtotal lot whole entire thing together list of on in the my our a altogether food whole');
const REFERENCES = set('it that these those them they one');

/** True for "everything", "all this", "my groceries", "it all": the whole list as a subject. */
function isAll(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !isBreak(t));
  if (!words.length || !words.every((t) => ALL_WORDS.has(t))) return false;
  return !(words.length === 1 && REFERENCES.has(words[0]!)) && !(words.length === 2 && words[0] === 'the' && REFERENCES.has(words[1]!));
}

const unresolved = (): Outcome => ({ calls: [], confidence: UNRESOLVED, reply: UNRESOLVED_REPLY });
const TOTAL = (env: IntentEnv): Outcome => ({ calls: [call('list_total', {}, env)], confidence: SURE });

/** Words a product's name never has: pronouns and verbs of a sentence ("watch out i forgot eggs", "how much do you weigh"). */
const NOT_IN_A_NAME = set('i we you he she they me us him them is are was were am be been do does did forgot forget want need weigh think know said');
/** Particles that make "watch out", "track down" phrasal verbs rather than a product. */
const PARTICLES = set('out down up over to about around');

/** Could these words name something to buy? */
function productLike(words: readonly string[]): boolean {
  return words.length > 0 && !PARTICLES.has(words[0]!) && !words.some((w) => NOT_IN_A_NAME.has(w));
}

/** Which product a request is about: a reference to what was shown, or words; `nameKey` holds the words. */
function subject(tokens: readonly string[], env: IntentEnv, nameKey: string, idKey = 'productId'): Record<string, unknown> | 'unresolved' | undefined {
  const words = productWords(tokens);
  const ref = resolveReference(words.length ? words : tokens, env.context, 'shown');
  if (ref) return ref.length ? (ref[0]!.productId !== undefined ? { [idKey]: ref[0]!.productId } : { [nameKey]: ref[0]!.name }) : 'unresolved';
  if (words.length === 1 && REFERENCES.has(words[0]!)) return 'unresolved';
  if (!productLike(words)) return undefined;
  const name = phraseOf(words);
  return name && !looksLikeTask(name) ? { [nameKey]: name } : undefined;
}

/** Sure when the catalog knows a word of the product (or it was picked from results), less so otherwise. */
function subjectConfidence(subj: Record<string, unknown>, env: IntentEnv): number {
  if (typeof subj.name !== 'string') return 0.9;
  return subj.name.split(' ').some((w) => env.vocab.knowsWord(w)) ? SURE : 0.7;
}

/** Several products in one phrase ("chicken or beef", "milk and eggs"), each without quantity. */
function products(tokens: readonly string[], env: IntentEnv): { names: string[]; unknown: number } | undefined {
  const parts: string[][] = [[]];
  for (const t of tokens) {
    if (t === 'or' || t === ITEM_BREAK) parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  const names: string[] = [];
  let unknown = 0;
  for (const part of parts) {
    const words = productWords(part);
    if (!words.length) continue;
    if (!productLike(words)) return undefined;
    const parse = env.items(words);
    if (!parse.items.length || parse.items.some((i) => looksLikeTask(i.name))) return undefined;
    unknown += parse.unknown;
    // One item keeps the words as typed (brand included); several are split by the item grammar.
    if (parse.items.length === 1) names.push(phraseOf(words));
    else for (const i of parse.items) names.push(i.brand ? `${i.brand.toLowerCase()} ${i.name}` : i.name);
  }
  return names.length ? { names, unknown } : undefined;
}

// ---------------------------------------------------------------- budget

/** Words a budget statement may use besides the amount and the period. */
const BUDGET_FRAME = set("set change update make put raise lower increase decrease adjust fix reset bump up cap limit keep my the our a an to at as for of is be should will would now budget budgets budget's grocery groceries food shopping per each every this next i we us me let want like spend spending can only have got about around roughly max maximum total on under below no more than it plan try usually new going am are just please ok okay so approximately stick stay within target goal amount allowance give myself ourselves do not exceed need , . = : - monthly weekly only");

/** "set my budget to one hundred dollars a week", "$150/wk budget", "i can only spend 80 bucks a week". */
function budgetSetting(tokens: readonly string[]): Outcome | undefined {
  const words = tokens.filter((t) => !isBreak(t) && t !== '=' && t !== ':');
  const money = findMoney(words, 'budget');
  if (!money) return undefined;
  const has = (w: string) => words.includes(w);
  const rest = [...words.slice(0, money.at), ...words.slice(money.at + money.length)];
  let period: 'week' | 'month' | undefined;
  for (const w of rest) period ??= PERIOD_WORDS[w];
  const anchored = has('budget') || has("budget's") || has('spend') || has('spending') || ((has('keep') || has('cap') || has('limit')) && (period !== undefined || has('spending')))
    || ((has('have') || has('got')) && period !== undefined);
  if (!anchored || findMoney(rest.filter((w) => w !== 'one'))) return undefined;
  if (rest.some((w) => PERIOD_WORDS[w] === undefined && !BUDGET_FRAME.has(w))) return undefined;
  const amount = money.dollars;
  return { calls: [{ name: 'set_budget', args: period ? { amount, period } : { amount } }], confidence: SURE };
}

// ---------------------------------------------------------------- totals

/** Words a question about the list's total or the budget left may use. */
const TOTAL_FRAME = set('gone went close near how much what is are do does did will would should can i we me us my our the a it all this that everything have got left remaining leftover to spend spending spent owe budget money in of on for over under within fit am still going be put go week month today now cost costs come comes total totals add adds up run runs set back looking at pay paying need needed saving save so far estimate estimated approximately roughly about altogether together grand sub subtotal tally damage bill sum price out whole groceries grocery stuff items things basket cart trolley shop shopping order lot food wise there doing track blow exceed right tell give show let know check again when done am is');
const TOTAL_SIGNALS = set('total totals subtotal tally damage bill estimate estimated sum');

/** "what's my total", "how much will all this cost", "how much have I got left", "am I over budget". */
function totalQuestion(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = tokens.filter((t) => !isBreak(t));
  if (!words.length || words.some((w) => !TOTAL_FRAME.has(w))) return undefined;
  const has = (w: string) => words.includes(w);
  const howMuch = startsWith(words, ['how', 'much']);
  const content = words.filter((w) => !['how', 'much', 'what', 'is', 'are', 'do', 'does', 'did', 'will', 'would', 'should', 'can', 'i', 'we', 'me', 'us', 'am', 'going', 'to', 'be'].includes(w));
  // "how much is it": a product just shown, if there is one; otherwise the list.
  if (content.length === 1 && REFERENCES.has(content[0]!) && !env.listMentioned) return env.context.lastResults?.length || env.context.lastItems?.length ? undefined : TOTAL(env);
  const budgetish = has('budget') || has('money') || has('spend') || has('spending');
  const left = has('left') || has('remaining') || has('leftover');
  const costVerb = has('cost') || has('costs') || has('come') || has('comes') || has('run') || has('pay') || has('spend') || has('spending') || has('spent') || has('owe') || has('paying') || has('looking') || has('saving') || has('add') || has('need');
  const signal = words.some((w) => TOTAL_SIGNALS.has(w)) || (env.listMentioned && words.every((w) => /^(price|prices|pricing|cost|costs|out|up)$/.test(w))) || (left && (budgetish || howMuch)) || (has('budget') && !has('set'))
    || (howMuch && (costVerb || isAll(content) || env.listMentioned || content.length === 0))
    || (words[0] === 'what' && (costVerb || has('total')) && (isAll(content.filter((w) => !['cost', 'costs', 'come', 'comes', 'add', 'adds', 'up', 'run', 'to'].includes(w))) || env.listMentioned))
    || ((has('price') || has('tally') || has('add') || has('sum')) && (has('out') || has('up')) && (env.listMentioned || isAll(content.filter((w) => w !== 'price' && w !== 'out' && w !== 'up' && w !== 'tally' && w !== 'add' && w !== 'sum'))))
    || (has('cost') && (env.listMentioned || isAll(content.filter((w) => w !== 'cost'))));
  return signal ? TOTAL(env) : undefined;
}

// ---------------------------------------------------------------- deals

const DEAL_PHRASES = phrases(['on sale', 'on special', 'on offer', 'on rollback', 'on discount', 'on clearance', 'on promo', 'on promotion', 'in the sale', 'marked down',
  'a good deal', 'good deal', 'deals', 'deal', 'sales', 'sale', 'specials', 'special', 'discounts', 'discount', 'discounted', 'coupons', 'coupon', 'offers', 'rollbacks',
  'rollback', 'bargains', 'bargain', 'promos', 'promo', 'promotions', 'savings', 'reduced', 'clearance', 'cheaper this week', 'cheaper today', 'any cheaper', 'save money', 'save',
  'cheap this week', 'cheap today', 'cheap right now', 'on promotion', 'going cheap',
  "week's deals", "today's deals", 'weekly ad', 'on deal']);
/** Words around a deals question that are not the thing asked about. */
const DEAL_FRAME = set("worth knowing about interesting need buy buying getting does has is are any there got do you have find me show check for look get search what which see i want the a an current good new today this week week's today's weekly now right at moment or available going on with in to use can we money of my our items things stuff anything everything groceries list tell where how some there's any cheap best big top find us lately currently and either else");
const DEAL_LEADS = set('is are any anything got do find show check look get search what which see can where how there deals deal sales specials coupons discounts offers rollbacks bargains savings promos sale special discount coupon promo offer rollback');
const NOT_A_DEAL_SUBJECT = set('when if once whenever goes go gets drops drop falls let know tell notify alert ping remind add put remove buy grab watch track');
const NOTHING_PARTICULAR = set('anything everything stuff things items groceries list of my our the on in any');

/** "is Tide on sale?", "any deals on chicken or beef", "what's on special", "which of my items are discounted". */
function dealsQuestion(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = trimTail(tokens.filter((t) => !isBreak(t) || t === ITEM_BREAK), [['or', 'nah'], ['or', 'not'], ['or', 'no']]);
  const ending = trimTail(words, TIME_TAIL);
  // A deals question starts with a question word or a deal word, or ends with one ("tide coupons?", "eggs on sale").
  if (!words.length || !(DEAL_LEADS.has(words[0]!) || DEAL_PHRASES.some((d) => d.length <= ending.length && startsWith(ending, d, ending.length - d.length)))) return undefined;
  const kept: { w: string; i: number }[] = [];
  let deal = false;
  for (let i = 0; i < words.length; i++) {
    // "which olive oil is the best deal per ounce" ranks a search.
    if (phraseAt(SORT_PHRASES, words, i)?.includes('deal')) return undefined;
    const p = phraseAt(DEAL_PHRASES, words, i);
    if (p) {
      deal = true;
      i += p.length - 1;
      continue;
    }
    kept.push({ w: words[i]!, i });
  }
  if (!deal) return undefined;
  // The thing asked about is what is left once frame words go, and it must be one stretch of words.
  let content = kept.filter((k) => !DEAL_FRAME.has(k.w) || k.w === 'or');
  while (content.length && content[0]!.w === 'or') content = content.slice(1);
  if (content.some((k, j) => j > 0 && k.i !== content[j - 1]!.i + 1)) {
    // "is the salmon on sale": frame words inside the stretch ("the") are fine, others are not.
    const first = content[0]!.i;
    const last = content[content.length - 1]!.i;
    if (words.slice(first, last + 1).some((w) => !DEAL_FRAME.has(w) && !content.some((k) => k.w === w) && DEAL_PHRASES.every((d) => !d.includes(w)))) return undefined;
  }
  if (!content.length) return { calls: [call('match_deals', {}, env)], confidence: SURE };
  // "tell me when tide goes on sale" asks for an alert, "add the sale bread" is a list request.
  if (content.some((k) => NOT_A_DEAL_SUBJECT.has(k.w))) return undefined;
  const span = words.slice(content[0]!.i, content[content.length - 1]!.i + 1).filter((w) => !DEAL_PHRASES.some((d) => d.length === 1 && d[0] === w));
  if (span.every((w) => NOTHING_PARTICULAR.has(w))) return { calls: [call('match_deals', {}, env)], confidence: SURE };
  const ref = resolveReference(span, env.context, 'shown');
  if (ref) return ref.length ? { calls: [{ name: 'match_deals', args: { items: ref.map((r) => r.name) } }], confidence: 0.9 } : unresolved();
  const found = products(span.filter((w) => !NOTHING_PARTICULAR.has(w) || w === 'of'), env);
  if (!found) return undefined;
  return { calls: [{ name: 'match_deals', args: { items: found.names } }], confidence: found.unknown ? 0.7 : SURE };
}

// ---------------------------------------------------------------- substitutes

/** Phrases after which the thing to replace comes ("instead of butter", "cheaper than Oreos"). */
const SUB_BEFORE = phrases(['instead of', 'in place of', 'rather than', 'replacement for', 'replacements for', 'replacement of', 'substitute for', 'substitutes for', 'substitution for',
  'substitutions for', 'substitute of', 'sub for', 'subs for', 'alternative to', 'alternatives to', 'alternative for', 'alternatives for', 'alternative of', 'dupe for', 'dupe of', 'dupes for',
  'swap for', 'swaps for', 'swap suggestions for', 'cheaper than', 'less expensive than', 'more affordable than', 'healthier than', 'better than', 'cheaper version of', 'cheaper versions of',
  'similar to', 'something like', 'anything like', 'stuff like', 'else like', 'else is like', 'one like', 'products like', 'brands like', 'other brands of', 'other options for',
  'other kinds of', 'cheaper brand of', 'cheaper brands of', 'cheaper option than', 'cheaper option for', 'cheaper options for', 'cheaper option to', 'cheaper alternative to', 'cheaper alternatives to',
  'cheaper alternative for', 'compared to', 'out of stock on', 'out of stock of', 'to replace', 'replace', 'swap out', 'switch out', 'swap', 'substitute', 'cheaper version of',
  'what replaces', 'something to replace', 'other than', 'similar products to', 'similar items to', 'products similar to', 'something similar to']);
/** Phrases before which the thing to replace comes ("Oreos are too expensive", "jif alternatives"). */
const SUB_AFTER = phrases(['alternatives', 'alternative', 'substitutes', 'substitute', 'replacement', 'replacements', 'dupe', 'dupes', 'subs', 'is too expensive', 'are too expensive',
  'is too pricey', 'are too pricey', 'is out of stock', 'are out of stock', 'but cheaper', 'but healthier', 'is sold out', 'are sold out']);
/** Words around a substitute request that are not the thing or its modifiers. */
const SUB_FRAME = set("what can could should i we use get buy have try find me show give suggest recommend any a an some good is there something anything else cheaper healthier other options option do you need want the one version brand brands products is are there's similar better instead out of stock could might would like to have got or too expensive pricey for with it what's else please also kind sort alternative alternatives substitute substitutes that which is are anything else? ? , also maybe possibly");
/** Words that end the thing to replace and start its modifiers. */
const SUB_CUT = set("but without except excluding besides avoiding not no preferably ideally within under that other , from by maybe what which at up is are isn't aren't apart rather only");
const PREFER_INTRO = set('preferably ideally maybe from by prefer like love rather made something brand perhaps possibly');
const AVOID_INTRO = set('without not no except excluding besides avoiding than anything nothing apart');

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

/** "something cheaper than Oreos", "what can I use instead of buttermilk", "swap the jif for something cheaper". */
function substituteRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const words = tokens.filter((t) => t !== '.');
  // "switch the shrimp to 3 pounds" changes an amount on the list; it is not a substitute request.
  const to = words.indexOf('to');
  if (to > 0 && matchQuantityPrefix(words.slice(to + 1))?.consumed === words.length - to - 1) return undefined;
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
  const subj = subject(trimTail(thing, DANGLING), env, 'name');
  if (subj === 'unresolved') return unresolved();
  if (!subj) return undefined;
  return { calls: [{ name: 'find_substitutes', args: { ...subj, ...args } }], confidence: subjectConfidence(subj, env) };
}

// ---------------------------------------------------------------- price alerts

const TRACK_LEADS = phrases(['tell me', 'tell us', 'let me know', 'let us know', 'alert me', 'alert us', 'notify me', 'notify us', 'ping me', 'ping us', 'text me', 'message me',
  'email me', 'warn me', 'inform me', 'remind me', 'buzz me', 'give me a heads up', 'give me a shout', 'send me an alert', 'send me a message', 'send me a notification', 'i want to know',
  'i would like to know', 'know', 'i want an alert', 'i would like an alert', 'i want a notification', 'i want a heads up', 'let me know asap', 'shout', 'alert', 'notify']);
const WATCH_LEADS = phrases(['watch', 'track', 'monitor', 'follow', 'keep an eye on', 'keep tabs on', 'keep track of', 'watch out for', 'set an alert for', 'set a price alert for',
  'set up an alert for', 'set up a price alert for', 'set alert for', 'alert me about', 'alert me on', 'alert me to', 'price alert for', 'price alert on', 'price alert', 'create an alert for',
  'add an alert for', 'add a price alert for', 'create a price alert for', 'notify me about', 'keep watch on', 'keep watching', 'start tracking', 'start watching', 'alert on', 'alert for',
  'an alert for', 'a price alert for', 'a price alert on', 'price watch', 'price watch on', 'put a price alert on', 'put an alert on']);
const CONDITIONS = set('when if once whenever as soon should');
/** Verbs that end the product and start the condition ("coffee drops below $8"). */
const CONDITION_VERBS = set('drops drop falls fall goes go gets get is are comes come hits hit reaches reach dips dip becomes become will ever price prices cost costs has have dropped went sells sell under below at less cheaper on for drop goes');

const PRICE_OF = phrases(['the price of', 'the price on', 'prices of', 'prices on', 'price of', 'price on', 'the prices of', 'the prices on', 'the cost of', 'the price for', 'price for', 'for', 'on']);

/** "tell me when coffee drops below $8", "watch the price of Tide", "price alert: chicken breasts under $2". */
function trackRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  let words = tokens.filter((t) => !isBreak(t));
  const lead = phraseAt(TRACK_LEADS, words);
  const watch = phraseAt(WATCH_LEADS, words);
  if (lead && CONDITIONS.has(words[lead.length] ?? '')) {
    words = words.slice(lead.length + (words[lead.length] === 'as' ? 3 : 1));
  } else if (lead && /^(for|on|about)$/.test(words[lead.length] ?? '') && /alert|notification|heads/.test(lead.join(' ')) && words.length > lead.length + 1) {
    // "i want an alert for when butter is under $4", "send me a notification about eggs".
    words = words.slice(lead.length + 1);
    if (CONDITIONS.has(words[0]!)) words = words.slice(1);
  } else if (watch && words.length > watch.length) {
    words = words.slice(watch.length);
    if (CONDITIONS.has(words[0]!)) words = words.slice(1);
  } else return undefined;
  words = trimLead(words, PRICE_OF);
  const verb = words.findIndex((w, i) => i > 0 && CONDITION_VERBS.has(w));
  const name = verb > 0 ? words.slice(0, verb) : words;
  const tail = verb > 0 ? words.slice(verb) : [];
  const args: Record<string, unknown> = {};
  const money = findMoney(tail);
  if (money) args.targetPrice = money.dollars;
  else if (tail.length && findMoney(name)) return undefined;
  const subj = subject(name, env, 'name');
  if (subj === 'unresolved') return unresolved();
  if (!subj) return undefined;
  return { calls: [{ name: 'track_price', args: { ...subj, ...args } }], confidence: subjectConfidence(subj, env) };
}

// ---------------------------------------------------------------- prices

const PRICE_TAIL = phrases(['cost', 'costs', 'be', 'run', 'run me', 'go for', 'going for', 'cost me', 'sell for', 'selling for', 'set me back', 'go for these days', 'retail for', 'going to cost',
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

// ---------------------------------------------------------------- search

/** Words that rank a search, and the sort they ask for. */
const SORT_OF: ReadonlyMap<string, string> = new Map([
  ...(['cheapest', 'cheap', 'least expensive', 'lowest priced', 'lowest price', 'lowest cost', 'low cost', 'best price', 'inexpensive', 'budget', 'affordable', 'lowest prices',
    'sorted by price', 'sort by price', 'ordered by price', 'order by price', 'by price', 'price low to high', 'cheapest first', 'cheapest per unit'].map((p): [string, string] => [p, 'price'])),
  ...(['best value', 'best deal per ounce', 'best deal', 'best bang for the buck', 'best bang for my buck', 'most economical', 'unit price', 'per ounce', 'per oz', 'per pound', 'per lb',
    'sorted by unit price', 'sort by unit price', 'by unit price', 'sorted by value', 'sort by value', 'by value', 'price per ounce', 'value for money', 'cheapest per ounce', 'best price per ounce'].map((p): [string, string] => [p, 'unit_price'])),
  ...(['best rated', 'top rated', 'highest rated', 'best reviewed', 'top-rated', 'best-rated', 'most popular', 'best', 'top', 'sorted by rating', 'sort by rating', 'by rating',
    'sorted by ratings', 'sort by ratings', 'by ratings', 'sorted by reviews', 'by reviews', 'highly rated', 'well reviewed'].map((p): [string, string] => [p, 'rating'])),
]);
const SORT_PHRASES = phrases([...SORT_OF.keys()].filter((p) => p !== 'budget'));

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
  const q = phraseOf(productWords(words));
  // "what else do you have" asks for more of what was shown, not for a product called "else".
  if (!q || looksLikeTask(q) || isAll(words) || !productLike(q.split(' ')) || /^(else|other|others|more|another|different|something|anything)$/.test(q)) return undefined;
  const known = words.some((w) => env.vocab.knowsWord(w));
  return { calls: [{ name: 'search_products', args: { query: q, ...out, ...args } }], confidence: known ? SURE : 0.7 };
}

const BEST_LEAD = phrases(['the', 'got the', 'the most']);
const BEST_TAIL = phrases(['one', 'option', 'choice', 'here', 'right now', 'now']);

/** "which pop is cheapest", "which olive oil is the best deal per ounce": a product, then how to rank it. */
function whichIsBest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const is = tokens.findIndex((t, i) => i > 0 && (t === 'is' || t === 'are' || t === 'has' || t === 'have'));
  if (is < 1) return undefined;
  const rest = trimLead(tokens.slice(is + 1), BEST_LEAD);
  const ranked = trimTail(rest, BEST_TAIL);
  const sort = phraseAt(SORT_PHRASES, ranked);
  if (!sort || sort.length !== ranked.length) return undefined;
  return search(tokens.slice(0, is), env, SORT_OF.get(sort.join(' ')));
}

// ---------------------------------------------------------------- the rules

/** Openers that wrap a question without changing it ("can you tell me how much milk is"). */
const WRAPPERS = phrases(['tell me', 'tell us', 'can you tell me', 'could you tell me', 'please tell me', 'do you know', 'any idea', 'i want to know', 'i would like to know', 'i wonder',
  'i was wondering', 'show me', 'let me know', 'let me see', 'i need to know', 'give me', 'find out', 'check', 'quick question', 'just wondering', 'wondering', 'roughly', 'approximately',
  'about', 'so', 'ok', 'okay', 'just', 'quick', 'hey', 'and']);
const QUESTION_HEADS = set('how what which whats');

/** A few phrase patterns matched inside a rule, compiled on first use. */
function patternSet(sources: readonly string[]): (tokens: readonly string[]) => Record<string, string[]> | undefined {
  let trie: PatternTrie | undefined;
  const literals = (p: Pattern) => p.elements.filter((e) => 'word' in e).length;
  return (tokens) => {
    trie ??= buildTrie(compile(sources), (p, i) => -literals(p) * 1e6 + i);
    return matchTrie(trie, tokens)[0]?.slots;
  };
}

const PRICE_PATTERNS = [
  'how much [do|does|would|will] [you|they|walmart|the store] [charge|want|ask|sell] for {q}', 'what [do|does|would|will] [you|they|walmart] [charge|want|ask|sell] for {q}',
  'how much [would|will|is|does|did] [it|that|this] [be|cost|come to|run] for {q}', 'how much [is|are|for|do|does|would|will|did|should|was|were] {q}', 'how much {q} [is|are|costs|cost|will cost|would cost|goes for|go for|runs|sells for|is going for|are going for|would be|will be]',
  'what [does|do|would|will|did] {q} [cost|costs|go for|sell for|run|cost me|run me|retail for|usually cost|normally cost]',
  'what [is|are] {q} [going for|selling for|priced at|running|running at|running for|retailing for|retailing at|costing|cost|costs|priced]',
  '[what is|what are|tell me|give me|check|get|find|show me|look up|i need|i want|can i get|can i have|what was|i would like|do you know] [the|a|] [price|prices|cost|costs|unit price|going rate|rate|current price|latest price|price tag|pricing|cost per unit] [of|on|for] {q}',
  '[quick|a quick|a|] [price|prices|cost|unit price|pricing|price tag] [check|] [of|on|for|] {q}', 'cost of {q}', '{q} [price|prices|cost|pricing] [check|]', 'how [expensive|pricey|costly|dear] [is|are|would be|will be] {q}',
  'what [is|are] {q} [price|prices]',
];
const matchPrice = patternSet(PRICE_PATTERNS);
const TREND_PATTERNS = [
  'has [the price of|the cost of|the price on|the price for|] {q} [gone up|gone down|increased|decreased|dropped|risen|changed|gotten cheaper|gotten more expensive|come down|jumped|spiked|fallen|gone up or down] [in price|]',
  '[is|are] {q} [more expensive|cheaper|pricier|dearer|less expensive|costlier] [than|compared to] [last week|last month|last year|before|usual|normal|yesterday|it was|they were|last time|a month ago|a week ago|it used to be|they used to be]',
  '[did|have|has] {q} [go up|go down|get cheaper|get more expensive|gone up|gone down|come down] [in price|]',
  'what is the [price trend|trend|price history|history] [of|on|for] {q}', '[price trend|price history] [of|on|for] {q}', 'how has the price of {q} changed',
];
const matchTrend = patternSet(TREND_PATTERNS);
const TIME_TAIL = phrases(['right now', 'these days', 'this week', 'today', 'now', 'at the moment', 'currently', 'lately', 'recently', 'this month', 'please', 'for me', 'at walmart', 'here', 'nowadays']);

/** "how much is milk", "what's butter going for these days", "price check on ground beef". */
function priceQuestion(tokens: readonly string[], env: IntentEnv, match: typeof matchPrice): Outcome | undefined {
  const words = trimTail(tokens, TIME_TAIL);
  const s = match(words);
  return s?.q ? priceOf(s.q, env) : undefined;
}

const SEARCH_LEADS = phrases(['find', 'search', 'search for', 'look for', 'look up', 'lookup', 'show', 'show me', 'browse', 'i am looking for', 'we are looking for', 'looking for',
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
function searchRequest(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const s = matchSearch(tokens);
  if (s) return search(s.r ? [...s.q!, ...s.r] : s.q!, env);
  const known = SEARCH_LEADS.find((p) => tokens.length > p.length && startsWith(tokens, p));
  if (known) return search(tokens.slice(known.length), env);
  // "the cheapest eggs", "list the top rated ice creams", "top 3 frozen waffles": a ranking says it is a search.
  const { args } = searchFilters(tokens);
  const lead = tokens[0] === 'list' ? 1 : 0;
  const first = tokens[lead] === 'the' || tokens[lead] === 'a' ? lead + 1 : lead;
  // Only a ranking the request starts with ("cheap toilet paper", "top 3 waffles"); "add cheap wine" is a list request.
  if (phraseAt(SORT_PHRASES, tokens, first) || (tokens[lead] === 'top' && args.limit !== undefined)) return search(tokens.slice(lead), env);
  return undefined;
}

/** Every word the shopping analyzers read, for typo correction. */
const SHOPPING_WORDS = [...new Set([
  ...[SUBJECT_TAIL, DEAL_PHRASES, SUB_BEFORE, SUB_AFTER, TRACK_LEADS, WATCH_LEADS, PRICE_TAIL, WRAPPERS, SEARCH_LEADS, TIME_TAIL, SORT_PHRASES].flat(2),
  ...[BUDGET_FRAME, TOTAL_FRAME, DEAL_FRAME, SUB_FRAME, SUB_CUT, PREFER_INTRO, AVOID_INTRO, CONDITION_VERBS, ALL_WORDS].flatMap((x) => [...x]),
  ...Object.keys(PERIOD_WORDS), ...CURRENCY_WORDS,
  ...[PRICE_PATTERNS, TREND_PATTERNS].flat().join(' ').replace(/[[\]{}|]/g, ' ').split(/\s+/),
])].filter((w) => /^[a-z']+$/.test(w));

const TOTAL_RULE: IntentRule = { name: 'total', patterns: ['{x}'], build: (_s, env) => totalQuestion(env.tokens, env) };
const DEALS_RULE: IntentRule = { name: 'deals', patterns: ['{x}'], build: (_s, env) => dealsQuestion(env.tokens, env) };

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
  { name: 'wrapped_question', patterns: ['{x}'], words: SHOPPING_WORDS,
    build: (_s, env) => {
      const w = phraseAt(WRAPPERS, env.tokens);
      if (w && !(env.tokens.length > w.length && QUESTION_HEADS.has(env.tokens[w.length]!))) return undefined;
      return w ? runShopping(env.tokens.slice(w.length), env) : undefined;
    } },
  { name: 'set_budget', patterns: ['{x}'], build: (_s, env) => budgetSetting(env.tokens) },
  { name: 'track', patterns: ['{x}'], build: (_s, env) => trackRequest(env.tokens, env) },
  TOTAL_RULE,
  { name: 'search_which', patterns: ['[which|what] {q}'], build: (s, env) => whichIsBest(s.q!, env) },
  { name: 'search_sorted_by', patterns: ['{q} [sorted|sort|ordered|order|ranked|rank] by {r}', '[sort|order|rank] {q} by {r}'], build: (_s, env) => search(env.tokens.slice(phraseAt(SEARCH_LEADS, env.tokens)?.length ?? 0), env) },
  DEALS_RULE,
  { name: 'price_trend', patterns: ['{x}'], build: (_s, env) => priceQuestion(env.tokens, env, matchTrend) },
  { name: 'substitutes', patterns: ['{x}'], build: (_s, env) => substituteRequest(env.tokens, env) },
  { name: 'substitutes_bare', patterns: ['[something|anything|any|is there anything|is there something|got anything|do you have anything|show me something|find something|find me something] [cheaper|less expensive|similar|healthier]',
    'cheaper [one|option|alternative|version|ones|options|brand]', '[what are|any|got any|show me|are there] [the|some|any|] [alternatives|substitutes|other options|cheaper options]'],
    build: () => unresolved() },
  { name: 'price', patterns: ['{x}'], build: (_s, env) => priceQuestion(env.tokens, env, matchPrice) },
  { name: 'search_sorted', patterns: ['[what is|what are|which is|which are|] [the|a|some|your|] {q}'],
    build: (s, env) => (phraseAt(SORT_PHRASES, s.q!) ? search(s.q!, env) : undefined) },
  { name: 'search', patterns: ['{x}'], build: (_s, env) => searchRequest(env.tokens, env) },
];

let compiledRules: { rule: IntentRule; trie: PatternTrie }[] | undefined;

/** Runs the shopping rules on a clause; used again after a wrapper ("tell me ...") is taken off. */
function runShopping(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  compiledRules ??= SHOPPING_INTENTS.map((rule) => ({ rule, trie: buildTrie(compile(rule.patterns), (_p, i) => i) }));
  for (const { rule, trie } of compiledRules) {
    for (const { slots } of matchTrie(trie, tokens)) {
      const out = rule.build(slots, { ...env, tokens });
      if (out) return out;
    }
  }
  return undefined;
}
