/**
 * Offline understanding: the product's fast path and, with no LLM configured, its whole brain.
 *
 * Design: a whole-message frame first (message-frames.ts: "x or y, which is cheaper?", a label
 * and a colon), then text -> tokens (tokenizer.ts: lower case, contractions expanded, breaks as marker
 * tokens) -> typo correction against the command words and the catalog vocabulary (typos.ts)
 * -> acts ("yes", "undo", "thanks") recognised on the whole utterance (acts.ts) -> sentences and clauses
 * split where a new command starts ("take off the bread and add bagels"; split-clauses.ts) -> per clause: filler
 * stripped (clause.ts), "... list" phrases taken out (extractList), then intent rules tried in
 * order (list-intents.ts, shopping-intents.ts, preference-intents.ts). Each rule is a handful of
 * phrase patterns (patterns.ts) whose slots are read by the item grammar (items.ts: item lists,
 * quantities via grocery/quantity, brands and vocabulary phrases) or resolved against the
 * conversation (references.ts). A clause no rule claims may still be a bare item list.
 *
 * Confidence is SURE (0.95) only when every token was claimed by a rule and every item is known
 * to the vocabulary; typo corrections, unknown items and bare lists lower it, so the router can
 * hand unclear input to the LLM. Everything is pure and precompiled: no I/O after creation.
 */
import { lookupUnit, NUMBER_WORDS } from '../grocery/quantity/index.js';
import type { ToolCall } from '../tools/tool.js';
import { bareListMention, extractList, onlyFiller, stripFiller, withoutWrapper } from './engine/clause.js';
import type { IntentEnv, IntentRule, Outcome, UnderstandingContext } from './engine/intent.js';
import { createActReader } from './engine/acts.js';
import { readFramed } from './engine/message-frames.js';
import { ruleTable, type RuleTable } from './engine/rule-table.js';
import { asksAgain, CLAUSE_WORDS, isNounPhrase, knownItem, parseItems, plausibleName } from './engine/items.js';
import type { NluModel, WorkMeter } from './model/index.js';
import { ACT_PHRASES, LEADING_FILLER, NON_GROCERY_TOPICS, REQUEST_WRAPPERS, SOFT_OPENERS, TRAILING_FILLER, wordTable, type Act } from './lexicon/index.js';
import { looksLikeTask, NOT_GROCERY_REPLY, UNRESOLVED_REPLY } from './intents/support/list-actions.js';
import { searchFilters } from './intents/support/search.js';
import { isRemark, splitClauses, withoutRemark } from './engine/split-clauses.js';
import { foldFollowUps, shoppingSubject } from './intents/support/shopping.js';
import { intentOrder } from './precedence.js';
import { isBreak, ITEM_BREAK, tokenize } from './engine/tokenizer.js';
import { createTypoCorrector, isEnglishWord } from './engine/typos.js';
import { indexVocabulary, wordForms, type Vocabulary } from './engine/vocabulary.js';
import { memoByText, quantityPrefix } from './engine/text-memo.js';
import { withoutConditions, withoutNumberCorrections } from './engine/message-rewrites.js';
import { groceryThing, namesElsewhere, offTopicChange } from './engine/grocery-gate.js';
import { referenceKind } from './engine/references.js';

export type { Vocabulary } from './engine/vocabulary.js';
export type { UnderstandingContext } from './engine/intent.js';
export type { Act } from './lexicon/index.js';
export { tokenize } from './engine/tokenizer.js';
export { NOT_GROCERY_REPLY } from './intents/support/list-actions.js';

/** What an utterance turned into. */
export interface Understanding {
  calls: ToolCall[];
  /** Where the calls came from: the rules (left out) or the trained model. */
  source?: 'model';
  /** 0..1: how sure the grammar is that these calls are exactly what was meant. */
  confidence: number;
  act?: Act;
  /** For non-grocery or reply-only utterances, a short friendly sentence. */
  reply?: string;
  /** Nothing in the message was understood (the reply only says so). */
  missed?: boolean;
  /** Buttons for a reply that asks which; each value says the request in full. */
  choices?: { label: string; value: string }[];
  /** Indices of removals in `calls` that, with the add right after them, swap one thing for another. */
  swaps?: number[];
}

/** The offline understanding. */
export interface UnderstandingEngine {
  /** `meter`, when given, counts the work done (rules tried, matches, tokens read), for tests that bound it without a clock. */
  understand(text: string, context?: UnderstandingContext, meter?: WorkMeter): Understanding;
}

/** The reply when nothing in the utterance made sense to the grammar. */
export const NOT_UNDERSTOOD_REPLY = "Sorry, I didn't catch that. Try 'add milk and eggs' or 'what's on my list?'.";

/** Words that point back at a thing: the same message's topic comes before earlier turns'. */
const POINTERS: ReadonlySet<string> = new Set(['it', 'them', 'that', 'those', 'these', 'this', 'one', 'ones']);

/** How many openers in a row ("no no wait actually ...") are tried off the front of a clause. */
const MAX_OPENERS = 3;

/** The model's calibrated confidence at or above which its proposal runs as said. */
const MODEL_SURE = 0.9;
/** The confidence a proposal the model is sure of is given: above the agent's threshold to run. */
const MODEL_RUNS = 0.8;
/** The most a proposal the model is not sure of is given: below the threshold, so changes are asked about. */
const MODEL_ASKS = 0.7;
/** How sure the model must be that a message is about something else to veto the rules' changes. */
const NONE_VETO = 0.9;
/** Tools whose calls change something: the ones the model's veto holds back. */
const CHANGING: ReadonlySet<string> = new Set(['add_to_list', 'remove_from_list', 'update_list_item', 'check_item', 'track_price', 'remember_preference', 'set_budget',
  'create_list', 'rename_list', 'delete_list', 'clear_list', 'share_list', 'join_list', 'leave_list', 'stop_tracking', 'forget_preference', 'remove_checked']);

/** The names a call is about. */
function namesIn(call: ToolCall): string[] {
  const a = call.args;
  if (Array.isArray(a.items)) return (a.items as unknown[]).map((i) => (typeof i === 'string' ? i : String((i as { name?: unknown }).name ?? '')));
  return ['name', 'value', 'item', 'query'].map((k) => a[k]).filter((v): v is string => typeof v === 'string');
}

/** Confidence ceiling once a word had to be corrected. */
const TYPO_CEILING = 0.78;

/** A clause's words as the intent rules are given them, and what the rules know about it. */
interface RuleReading {
  rest: string[];
  env: IntentEnv;
  /** Read from inside a request wrapper ("can i ...", "i need you to ..."). */
  wrapped?: boolean;
}

// Within a rule, the pattern that spells more words wins: "forget about {x}" before
// "forget {x}", "need to get {x}" before "need {x}", "throw in {x}" before "throw {x}".
const compileRules = (rules: readonly IntentRule[]): RuleTable => ruleTable(rules, 'longest-first');


const TOPIC_DETERMINERS = new Set(['the', 'some', 'my', 'our', 'that', 'those', 'these', 'this', 'all', 'any']);
const TOPIC_STOPS = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'to', 'so', 'and', 'but', 'because', 'already', 'anymore', 'today', 'tonight', 'after']);

/** The thing a clause talks about: "i changed my mind about the steak" -> "steak", "mom's bringing the pie" -> "pie". */
function topicOf(tokens: readonly string[], vocab: ReturnType<typeof indexVocabulary>): string | undefined {
  let at = -1;
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (TOPIC_DETERMINERS.has(tokens[i]!) && !(tokens[i] === 'my' && tokens[i + 1] === 'mind')) {
      at = i;
      break;
    }
  }
  const words: string[] = [];
  for (let k = at + 1; k < tokens.length && !TOPIC_STOPS.has(tokens[k]!) && !isBreak(tokens[k]); k++) words.push(tokens[k]!);
  const name = words.join(' ');
  if (!name || (at < 0 && !isNounPhrase(name)) || words.some((w) => CLAUSE_WORDS.has(w))) return undefined;
  // A clause that is only a short name ("root beer, make it two 6-packs") is its own topic.
  return knownItem(name, vocab) || at >= 0 || words.length <= 3 ? name : undefined;
}

/** Verbs a request can start from after a preamble ("for breakfast we need ..."). */
const ANCHOR_VERBS = new Set(['add', 'need', 'get', 'grab', 'buy', 'pick', 'put', 'remove', 'delete', 'scratch', 'take', 'clear', 'empty', 'order', 'throw', 'toss', 'cross']);
/** Words that may stand between a subject and its verb without changing the request. */
const AUXILIARIES = new Set(['will', 'would', 'am', 'are', 'be', 'going', 'to', 'gotta', 'got', 'have', 'has', 'had', 'should', 'must', 'might', 'may', 'can',
  'could', 'shall', 'also', 'still', 'just', 'really', 'definitely', 'probably', 'then', 'ought', 'prob', 'def', 'totally', 'actually']);
const SUBJECTS = new Set(['i', 'we', 'you', 'u', 'they', 'someone', 'somebody']);
const MODALS = new Set(['can', 'could', 'shall', 'should', 'would', 'will', 'may', 'might']);
/** Verbs whose rules expect them first in the clause. */
const LEAD_VERBS = new Set(['need', 'want', 'get', 'buy', 'grab', 'pick', 'add', 'put', 'throw', 'toss', 'order', 'purchase', 'restock', 'stock', 'remove', 'delete',
  'take', 'scratch', 'cross', 'drop', 'jot', 'write', 'include', 'stick', 'pop', 'needing', 'getting', 'buying', 'grabbing', 'adding']);

/**
 * "i will need milk" -> "need milk", "could we get a melon" -> "get a melon", "gotta get dog
 * food" -> "get dog food"; undefined when no helper stands before a request verb.
 */
function withoutAuxiliaries(tokens: readonly string[]): string[] | undefined {
  let i = 0;
  if (MODALS.has(tokens[0]!) && SUBJECTS.has(tokens[1] ?? '')) i = 2;
  else if (SUBJECTS.has(tokens[0]!)) i = 1;
  while (i < tokens.length && AUXILIARIES.has(tokens[i]!)) i++;
  if (i === 0 || i >= tokens.length - 1 || !LEAD_VERBS.has(tokens[i]!)) return undefined;
  return tokens.slice(i);
}

/** Gerunds and third-person forms at the start of a clause, as the base verb the rules spell. */
const BASE_VERBS: Readonly<Record<string, string>> = wordTable({
  adding: 'add', added: 'add', adds: 'add', putting: 'put', puts: 'put', grabbing: 'grab', grabs: 'grab', getting: 'get', gets: 'get', buying: 'buy',
  removing: 'remove', removes: 'remove', deleting: 'delete', taking: 'take', scratching: 'scratch', clearing: 'clear', emptying: 'empty', needing: 'need',
  throwing: 'throw', tossing: 'toss', picking: 'pick', ordering: 'order', crossing: 'cross',
});

function baseVerb(tokens: string[]): string[] {
  const base = BASE_VERBS[tokens[0] ?? ''];
  // "getting low on milk" is its own phrase; only a following thing makes "getting" a request.
  if (base === undefined || (tokens[0] === 'getting' && /^(low|short|close)$/.test(tokens[1] ?? ''))) return tokens;
  return [base, ...tokens.slice(1)];
}

/** A clause's words without filler, openers, breaks or "please": what it asks for. */
function requestWords(c: readonly string[]): string[] {
  return stripFiller(c).filter((t) => !isBreak(t) && !SOFT_OPENERS.has(t) && t !== 'please');
}

/** Misspellings too short for the edit-distance corrector, but too common to leave alone. */
const COMMON_TYPOS: ReadonlyMap<string, string> = new Map([['teh', 'the'], ['hte', 'the'], ['th', 'the'], ['adn', 'and'], ['nad', 'and'],
  ['ot', 'to'], ['fo', 'of'], ['chek', 'check'], ['shwo', 'show'], ['lsit', 'list'], ['lst', 'list'], ['whta', 'what'], ['waht', 'what'],
  ['remvoe', 'remove'], ['rmv', 'remove'], ['rm', 'remove'], ['del', 'delete'], ['plz', 'please'], ['pls', 'please']]);


/**
 * Creates the offline understanding over the catalog's vocabulary.
 *
 * @example
 * const { understand } = createUnderstanding({ vocabulary: catalog.vocabulary() });
 * understand('add 2 gallons of milk and a dozen eggs').calls
 * // [{ name: 'add_to_list', args: { items: [{ name: 'milk', quantity: 2, unit: 'gal' }, { name: 'eggs', quantity: 12 }] } }]
 */
export function createUnderstanding(options: { vocabulary: Vocabulary; model?: NluModel }): UnderstandingEngine {
  const vocab = indexVocabulary(options.vocabulary);
  // Checked here: an intent the precedence misses or a name it misspells stops the start.
  const order = intentOrder();
  const raw = compileRules(order.beforeListPhrase);
  const shopping = compileRules(order.shoppingQuestions);
  const stages = order.stages.map(compileRules);
  const commandWords = new Set<string>();
  for (const c of [raw, shopping, ...stages].flatMap((t) => t.rules)) for (const w of [...c.patterns.words, ...(c.rule.words ?? [])]) commandWords.add(w);
  for (const phrases of [...Object.values(ACT_PHRASES), LEADING_FILLER, TRAILING_FILLER, REQUEST_WRAPPERS]) for (const p of phrases) for (const w of p.split(' ')) commandWords.add(w);
  // A catalog word's other forms count only when they are words ("sharp" makes "sharps", not "sharpes").
  const productForms = [...vocab.words].flatMap((w) => wordForms(w).filter((f) => f === w || vocab.words.has(f) || isEnglishWord(f)));
  const corrector = createTypoCorrector([...commandWords, ...productForms, ...COMMON_TYPOS.values()]);
  // Four-letter slips of the command words ("waht's on my list", "jion list 4FJ8KD"). Product
  // words are in the running too, so a word as near to one of them is left alone, and a word
  // nearest a product word is not changed at this length ("kale" is not "sale").
  const shortCorrector = createTypoCorrector([...commandWords, ...productForms], { minLength: 4, swapsAndDropsOnly: true });
  const commandSlip = (t: string) => {
    const fix = shortCorrector.correct(t);
    return fix !== undefined && commandWords.has(fix) ? fix : undefined;
  };
  const { actOf, actNamed, isActWord } = createActReader();

  const known = memoByText((t) => commandWords.has(t) || vocab.knowsWord(t) || lookupUnit(t) !== undefined || Object.hasOwn(NUMBER_WORDS, t) || NON_GROCERY_TOPICS.has(t));

  /** The spelling a word was meant to have, or undefined when it stands as typed. */
  const fixWord = memoByText((t): string | undefined => {
    // "adddd milk", "milllk", "pleeease": a key held down. Runs of three or more letters shrink
    // to two, then to one, and the first known spelling wins.
    const held = /(.)\1\1/.test(t) ? [t.replace(/(.)\1\1+/g, '$1$1'), t.replace(/(.)\1\1+/g, '$1')].find(known) : undefined;
    if (held !== undefined) return held;
    const common = COMMON_TYPOS.get(t);
    if (common !== undefined) return common;
    // "tomatos", "potatos": a plural spelled with "s" where the catalog spells it "es".
    const es = t.endsWith('os') ? `${t.slice(0, -1)}es` : undefined;
    if (es && !vocab.words.has(t) && vocab.words.has(es)) return es;
    if (isBreak(t) || known(t)) return undefined;
    return corrector.correct(t) ?? (t.length === 4 ? commandSlip(t) : undefined);
  });

  function correct(tokens: string[]): { tokens: string[]; corrected: boolean } {
    let corrected = false;
    const out = tokens.map((t, i) => {
      const fix = i === 0 && t === 'ad' ? 'add' : fixWord(t);
      if (fix === undefined) return t;
      corrected = true;
      return fix;
    });
    return { tokens: out, corrected };
  }

  // Rules that decline hand the same span on to the next, so item parses are remembered for the
  // message being read (cleared at the start of every understand()).
  const parsed = new Map<string, ReturnType<typeof parseItems>>();
  const itemsOf = (t: readonly string[]) => {
    if (meter) meter.steps += t.length;
    const key = t.join(' ');
    let hit = parsed.get(key);
    if (!hit) parsed.set(key, (hit = parseItems(t, vocab)));
    // Callers may keep what they get; each gets its own copy of the items.
    return { ...hit, items: hit.items.map((i) => ({ ...i })) };
  };

  /** Outcomes read as a bare list of things, which a later "make it two" may turn into the topic instead. */
  const bareOutcomes = new WeakSet<Outcome>();

  /** The work meter of the message being read, if its caller passed one. */
  let meter: WorkMeter | undefined;
  const runRules = (rules: RuleTable, tokens: string[], env: IntentEnv): Outcome | undefined => rules.run(tokens, env, meter);

  function bare(tokens: string[], env: IntentEnv, listy = false): Outcome | undefined {
    // "the second one", "#2": a pick from what was just shown means "add that one".
    if (referenceKind(tokens)) return runRules(stages[3]!, ['add', ...tokens], env);
    const { args } = searchFilters(tokens);
    if (args.maxPrice !== undefined || args.minPrice !== undefined) return runRules(shopping, ['find', ...tokens], env);
    const parse = itemsOf(tokens);
    if (!parse.items.length) return undefined;
    // "great, thanks so much for the help": words of thanks and agreement are not things to buy.
    if (parse.items.every((i) => i.name.split(' ').every((w) => isActWord(w)) && !vocab.hasPhrase(i.name))) return undefined;
    const anyKnown = tokens.some((t) => vocab.knowsWord(t));
    if (!anyKnown && tokens.some((t) => NON_GROCERY_TOPICS.has(t))) return { calls: [], confidence: 0.6, reply: NOT_GROCERY_REPLY };
    if (parse.items.some((i) => looksLikeTask(i.name))) return { calls: [], confidence: 0.6, reply: NOT_GROCERY_REPLY };
    // A list of things without a verb is read as "add"; a sentence ("how far is the moon",
    // "turn off the lights") is not a list of things, whatever words it shares with the catalog.
    if (!parse.items.every((i) => isNounPhrase(i.name))) return undefined;
    if (!anyKnown && !listy && parse.items.length < 2) return undefined;
    // "and ginger ale", "also some crumpets": going on with a list is as clear as starting one.
    const conf = parse.unknown === 0 || (listy && parse.items.every((i) => plausibleName(i.name))) ? 0.85 : 0.45;
    const items = parse.items.map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)));
    const out: Outcome = { calls: [{ name: 'add_to_list', args: env.list !== undefined ? { items, list: env.list } : { items } }], confidence: conf };
    bareOutcomes.add(out);
    return out;
  }

  function clause(tokens: string[], context: UnderstandingContext, inherited?: string): Outcome | undefined {
    // Rules first on every reading ("actually make the milk 1 gallon" is read without "actually"),
    // and only then the guesses (a request after a preamble, a bare list of things).
    const readings: string[][] = [];
    for (let words = stripFiller(tokens); words.length && readings.length <= MAX_OPENERS; words = stripFiller(words.slice(1))) {
      readings.push(words);
      if (!SOFT_OPENERS.has(words[0]!)) break;
    }
    // "i need to know what is on my list", "do me a favor and put sharpies on it": the request
    // inside a wrapper, read only after every reading with the wrapper found no rule.
    const plain = readings.length;
    for (let k = 0; k < plain; k++) {
      const inner = withoutWrapper(readings[k]!);
      if (inner?.length) readings.push(inner);
    }
    const listy = /^(and|also|plus)$/.test(tokens.find((t) => !/^(oh|um|uh|so|well|hmm|ah|ok|okay)$/.test(t)) ?? '');
    // What the rules read of each reading is kept for the guesses, which start from the same words.
    const unclaimed: RuleReading[] = [];
    for (const [k, words] of readings.entries()) {
      const r = readClause(words, context, inherited);
      if ('outcome' in r) {
        if (r.outcome) return r.outcome;
        continue;
      }
      const out = staged(r.rest, r.env);
      if (out) return out;
      // A wrapper asks for a request after it ("can i freeze cooked rice"): never a bare list of things.
      unclaimed.push({ ...r, wrapped: k >= plain });
    }
    for (const r of unclaimed) {
      const out = guess(r, listy);
      if (out) return out;
    }
    return undefined;
  }

  function staged(tokens: string[], env: IntentEnv): Outcome | undefined {
    for (const stage of stages) {
      const out = runRules(stage, tokens, env);
      if (out) return out;
    }
    return undefined;
  }

  /**
   * A clause read up to where the intent rules take over: the rules that see it whole, its list
   * phrase taken out, filler stripped. Either that already answers it, or `rest` is left for the rules.
   */
  function readClause(tokens: string[], context: UnderstandingContext, inherited: string | undefined): { outcome: Outcome | undefined } | RuleReading {
    tokens = baseVerb(tokens);
    const base: IntentEnv = { vocab, list: undefined, listMentioned: false, context, tokens, items: itemsOf };
    const direct = runRules(raw, tokens, base);
    if (direct) return { outcome: direct };
    const named = extractList(tokens, vocab);
    const mention = named.mentioned ? named : (bareListMention(tokens, vocab) ?? named);
    if (mention.notGrocery) return { outcome: { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY } };
    const list = mention.list ?? (mention.mentioned ? undefined : inherited);
    const env: IntentEnv = { vocab, list, listMentioned: mention.mentioned || list !== undefined, context, tokens, items: itemsOf };
    const rest = baseVerb(stripFiller(mention.tokens));
    if (rest.length === 0) return { outcome: mention.mentioned ? { calls: [{ name: 'view_list', args: mention.list ? { list: mention.list } : {} }], confidence: 0.9 } : undefined };
    return { rest, env };
  }

  /** The guesses for a clause no rule claimed: a request after helpers or a preamble, or a bare list of things. */
  function guess({ rest, env, wrapped }: RuleReading, listy: boolean): Outcome | undefined {
    // "i will need ...", "could we get ...": the helpers before the verb carry no meaning.
    const verbFirst = withoutAuxiliaries(rest);
    if (verbFirst) {
      const plain = staged(baseVerb(verbFirst), env);
      if (plain) return plain;
    }
    // "for breakfast we need bacon", "hey siri add sugar", "making tacos so beef, shells": a
    // preamble before the request. The request is read from the first verb that makes sense.
    for (let k = 1; k < rest.length; k++) {
      const after = rest[k - 1] === 'so' || rest[k - 1] === ITEM_BREAK;
      if (!ANCHOR_VERBS.has(rest[k]!) && !(rest[k - 1] === 'so' && k > 1)) continue;
      if (rest.slice(0, k).some((t) => t === 'not' || t === 'no' || t === 'never')) break;
      const tail = baseVerb(rest.slice(k));
      const found = (ANCHOR_VERBS.has(rest[k]!) ? staged(tail, env) : undefined) ?? (after ? bare(tail, env) : undefined);
      // "bbq tomorrow so hot dogs, buns and ketchup": after "so", a list of things the catalog
      // knows is as clear as one said plainly; anything else read after a preamble is asked about.
      const plainList = after && found !== undefined && bareOutcomes.has(found) && found.confidence >= 0.85;
      if (found && found.calls.length) return { ...found, confidence: Math.min(found.confidence, plainList ? 0.85 : 0.7) };
    }
    return wrapped ? undefined : bare(rest, env, listy);
  }


  return {
    understand: (text, context = {}, workMeter) => {
      meter = workMeter;
      try {
        return secondOpinion(text, readFramed(text, (t) => understandText(t, context)));
      } finally {
        meter = undefined;
      }
    },
  };

  /**
   * The trained model's part: where no rule settled the message it proposes calls, with its
   * calibrated confidence (a change only runs without asking when it is very likely right); where
   * the rules did read changes but the model is sure the message is about something else and
   * nothing in it names a grocery or a list, nothing is changed.
   */
  function secondOpinion(text: string, ruled: Understanding): Understanding {
    const model = options.model;
    if (!model || ruled.act) return ruled;
    if (ruled.calls.length > 0) {
      if (!ruled.calls.some((c) => CHANGING.has(c.name))) return ruled;
      const guess = model.classify(text, meter);
      if (guess.intent !== 'none' || guess.confidence < NONE_VETO) return ruled;
      const tokens = tokenize(text);
      const evidence = extractList(stripFiller(tokens), vocab).mentioned || ruled.calls.some((c) => namesIn(c).some((n) => groceryThing(n, vocab)));
      return evidence ? ruled : { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
    }
    if (ruled.reply !== NOT_UNDERSTOOD_REPLY) return ruled;
    const proposal = model.propose(text, vocab, meter);
    if (!proposal.built || proposal.calls.length === 0) return ruled;
    const tokens = tokenize(text);
    const listWord = extractList(stripFiller(tokens), vocab).mentioned;
    // A guess is held to more than the rules: naming another domain's thing is enough to leave it.
    if ((!listWord && namesElsewhere(tokens)) || offTopicChange(proposal.calls, tokens, listWord, vocab)) return { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
    // Calibrated: at MODEL_SURE a change runs (scaled into the rules' range above the agent's
    // threshold); below, the same proposal is worth asking about.
    const confidence = proposal.confidence >= MODEL_SURE ? MODEL_RUNS : Math.min(proposal.confidence, MODEL_ASKS);
    return { calls: proposal.calls, confidence, source: 'model' };
  }

  /**
   * Does a clause no rule read still name something of the shopping: a list, a thing the catalog
   * sells, an amount? "so tired lol", "my grandkids are visiting so i'll need some things" do not.
   */
  function asksSomething(words: readonly string[]): boolean {
    return words.some((t) => t === 'list' || t === 'lists' || /\d/.test(t) || vocab.hasPhrase(t) || vocab.brandNamed(t) !== undefined);
  }

  function understandText(text: string, context: UnderstandingContext): Understanding {
    parsed.clear();
    const typed = correct(tokenize(text));
    const { corrected } = typed;
    const act = actOf(typed.tokens);
    if (act) return { calls: [], confidence: 0.95, act };
    // "add 3 no wait 4 lemons", "are eggs on my list? if not add them": said as meant.
    const condition = withoutConditions(withoutNumberCorrections(typed.tokens));
    const tokens = condition.tokens;
    const calls: ToolCall[] = [];
    let confidence = 1;
    let reply: string | undefined;
    let choices: Outcome['choices'];
    /** What a clause about something else answered, kept for when nothing else in the message asks anything. */
    let asideReply: string | undefined;
    const swapHeads = new WeakSet<ToolCall>();
    let missed = 0;
    let inherited: string | undefined;
    let topic: { name: string; also?: string[]; outcome?: Outcome; missed?: boolean } | undefined;
    // "oops we already have eggs, jess bought some yesterday, take them off": a remark may close any clause.
    const parts = withContrastsJoined(splitClauses(withoutRemark(tokens), vocab).map((c) => withoutRemark(c)));
    for (const c of parts) {
      // "costco list, clear it": a clause that only names a list sets the list for what follows.
      const named = extractList(stripFiller(c), vocab);
      if (named.mentioned && named.list !== undefined && stripFiller(named.tokens).length === 0 && c !== parts[parts.length - 1]) {
        inherited = named.list;
        continue;
      }
      // "actually, make that oat milk": an opener standing alone before a break carries nothing.
      if (onlyFiller(c) || c.every((t) => isBreak(t) || SOFT_OPENERS.has(t))) continue;
      // "the bread is finished, please add", "finished the honey, need another": asking for what
      // an earlier clause of the message already put on the list asks for nothing more.
      if (calls.some((call) => call.name === 'add_to_list') && asksAgain(requestWords(c))) continue;
      // "mom's bringing the pie, remove it", "the soup, make it 6": a pronoun points back at the
      // thing an earlier clause of the same message only named, before anything of earlier turns.
      let out: Outcome | undefined;
      if (topic && c.some((t) => POINTERS.has(t))) {
        const pointedAt = [topic.name, ...(topic.also ?? [])].map((name) => ({ name }));
        const again = clause(c, { ...context, lastItems: pointedAt, lastResults: undefined }, inherited);
        out = clause(c, context, inherited);
        // Only when the pronoun meant the topic ("put papayas on it" means the list, whatever came before).
        if (again && again.calls.length && JSON.stringify(again.calls) !== JSON.stringify(out?.calls)) {
          if (topic.outcome) calls.splice(calls.length - topic.outcome.calls.length, topic.outcome.calls.length);
          else if (topic.missed) missed--;
          out = again;
        }
      }
      out ??= clause(c, context, inherited);
      topic = undefined;
      // "just checking in - add apples": a clause about something else beside a grocery request is
      // set aside, as a remark is, rather than taking the whole message with it.
      if (out && out.calls.length && parts.length > 1 && namesElsewhere(c) && offTopicChange(out.calls, c, extractList(stripFiller(c), vocab).mentioned, vocab)) out = { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
      if (out && out.calls.length === 0 && out.reply && out.reply !== NOT_UNDERSTOOD_REPLY && out.reply !== UNRESOLVED_REPLY && !out.choices && parts.length > 1) {
        asideReply ??= out.reply;
        continue;
      }
      // "put milk on my list, i am out of it": a remark pointing back at what was just asked for.
      if (out && out.calls.length === 0 && parts.length > 1 && isRemark(stripFiller(c))) {
        const name = topicOf(stripFiller(c), vocab);
        if (name) topic = { name };
        continue;
      }
      // "I don't need the thanksgiving list anymore, delete it": the list named carries over.
      if ((!out || out.calls.length === 0) && named.list !== undefined) inherited = named.list;
      if (!out || (out.calls.length === 0 && out.reply === NOT_UNDERSTOOD_REPLY)) {
        // "ditch the chips, we are trying to eat better": a remark beside a request is not a missed request.
        // "morning!! so tired lol. anyway we need coffee": small talk names nothing to buy or do.
        const skipped = !actOf(c) && stripFiller(c).length > 0 && !isRemark(stripFiller(c)) && asksSomething(stripFiller(c));
        if (skipped) missed++;
        const name = topicOf(stripFiller(c), vocab);
        if (name) topic = { name, missed: skipped };
        continue;
      }
      // "add milk and tell me how much it is": "it" after one thing just added is that thing's price, not the list's.
    const single = onlyAddedItem(calls[calls.length - 1]);
    if (single && c.includes('it') && out.calls.length === 1 && out.calls[0]!.name === 'list_total' && Object.keys(out.calls[0]!.args).length === 0) {
      out = { ...out, calls: [{ name: 'get_price', args: { query: single } }] };
    }
    if (bareOutcomes.has(out) && out.calls.length === 1) {
        const items = (out.calls[0]!.args as { items: { name: string }[] }).items;
        if (items.length === 1) topic = { name: items[0]!.name, outcome: out };
      } else if (out.calls.length === 1 && out.calls[0]!.name === 'view_list' && typeof out.calls[0]!.args.item === 'string') {
        // "is paprika on my list? please add it": asking whether it is there gives way to adding it.
        topic = { name: out.calls[0]!.args.item, outcome: out };
      } else if (out.calls.length === 1 && out.calls[0]!.name === 'remove_from_list') {
        // "oops we already have eggs, take them off": the things just named, not the last turn's.
        const names = (out.calls[0]!.args as { items: { name: string }[] }).items.map((i) => i.name);
        topic = { name: names[0]!, also: names.slice(1), outcome: out };
      } else if (out.calls.length === 1 && out.calls[0]!.name === 'check_item') {
        // "got bread, remove it": what was said about the thing gives way to what is asked of it.
        topic = { name: String(out.calls[0]!.args.name), outcome: out };
      }
      // "how much is cat litter and add it", "watch oat milk and tell me when it's under $3": the
      // product a shopping question named is what a following pronoun means; its call stays.
      const asked = shoppingSubject(out.calls);
      if (!topic && asked) topic = { name: asked, outcome: { calls: [], confidence: out.confidence } };
      // "blank slate, clear the list": saying the same thing twice asks for it once.
      for (const call of out.calls) {
        const prev = calls[calls.length - 1];
        if (!prev || prev.name !== call.name || JSON.stringify(prev.args) !== JSON.stringify(call.args)) calls.push(call);
      }
      confidence = Math.min(confidence, out.confidence);
      if (out.reply && !reply) choices = out.choices;
      reply ??= out.reply;
      if (out.swap && out.calls[0]?.name === 'remove_from_list') swapHeads.add(out.calls[0]);
    }
    reply ??= calls.length === 0 ? asideReply : undefined;
    if (calls.length === 0) {
      const lead = tokens.find((t) => !isBreak(t));
      const leadAct = lead ? actNamed(lead) : undefined;
      if (!reply && (leadAct === 'yes' || leadAct === 'no' || leadAct === 'cancel')) return { calls: [], confidence: 0.6, act: leadAct };
      return reply ? { calls: [], confidence, reply, ...(choices ? { choices } : {}) } : { calls: [], confidence: 0.2, reply: NOT_UNDERSTOOD_REPLY, missed: true };
    }
    // "check my bank balance", "cancel my netflix subscription": changes about something else.
    if (offTopicChange(calls, tokens, extractList(stripFiller(tokens), vocab).mentioned, vocab)) return { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
    // A clause nobody could read means part of the request was skipped.
    if (missed) confidence = Math.min(confidence, 0.5);
    if (corrected) confidence = Math.min(confidence, TYPO_CEILING);
    const final = foldFollowUps(condition.addsWhatItNamed ? addWhatWasAsked(calls) : calls);
    // "swap the whole milk for 2%": the removal and the add after it are one change for the person.
    const swaps = final.flatMap((c, i) => (swapHeads.has(c) && final[i + 1]?.name === 'add_to_list' ? [i] : []));
    return { calls: final, confidence, ...(swaps.length ? { swaps } : {}) };
  }
}

/** The name of the one item an add_to_list call adds, if it adds exactly one. */
function onlyAddedItem(call: ToolCall | undefined): string | undefined {
  if (call?.name !== 'add_to_list') return undefined;
  const items = (call.args as { items?: { name: string }[] }).items;
  return items?.length === 1 ? items[0]!.name : undefined;
}

/**
 * "is paprika on my list? if not, add it": the things asked about are added (adding merges with
 * what is there, so the answer to the question does not change what to do).
 */
function addWhatWasAsked(calls: readonly ToolCall[]): ToolCall[] {
  const asked = calls.filter((c) => c.name === 'view_list' && typeof c.args.item === 'string');
  if (asked.length === 0) return [...calls];
  const list = asked[0]!.args.list;
  const add: ToolCall = { name: 'add_to_list', args: { items: asked.map((c) => ({ name: c.args.item })), ...(list !== undefined ? { list } : {}) } };
  return [...calls.filter((c) => !asked.includes(c)), add];
}

/**
 * "not 2, i want 5 kilo": an amount taken back, standing alone as a clause, leads into the
 * correction after it, so the two are read as one.
 */
function withContrastsJoined(parts: string[][]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    const words = parts[i]!.filter((t) => !isBreak(t));
    // The clause ends in the amount taken back: "not 2", "no sorry, not 2".
    const k = words.findLastIndex((w) => /^(no|not|nope)$/.test(w));
    const takenBack = k >= 0 && k < words.length - 1 && quantityPrefix(words.slice(k + 1))?.consumed === words.length - k - 1;
    if (takenBack && i + 1 < parts.length) {
      out.push([...words, ...parts[i + 1]!]);
      i++;
    } else out.push(parts[i]!);
  }
  return out;
}
