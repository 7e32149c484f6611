/**
 * Offline understanding: the product's fast path and, with no LLM configured, its whole brain.
 *
 * Design: data over a small engine (docs/understanding.md, "How the rules are laid out"). A
 * whole-message frame first (engine/message-frames.ts: "x or y, which is cheaper?", a label and a
 * colon), then text -> tokens (engine/tokenizer.ts: lower case, contractions expanded, breaks as
 * marker tokens) -> typo correction against the command words and the catalog vocabulary
 * (engine/word-fixer.ts) -> acts ("yes", "undo", "thanks") recognised on the whole utterance
 * (engine/acts.ts) -> sentences and clauses split where a new command starts ("take off the bread
 * and add bagels"; engine/split-clauses.ts) -> per clause: filler stripped (engine/clause.ts),
 * "... list" phrases taken out (extractList), then the intents (intents/, one file each) tried in
 * the order precedence.ts declares. Each intent is a handful of phrase patterns
 * (engine/patterns.ts) whose slots are read by the item grammar (engine/items.ts) or resolved
 * against the conversation (engine/references.ts). Every word list is in lexicon/. A clause no
 * intent claims may still be a bare item list.
 *
 * Confidence is SURE (0.95) only when every token was claimed by a rule and every item is known
 * to the vocabulary; typo corrections, unknown items and bare lists lower it, so the router can
 * hand unclear input to the LLM. Everything is pure and precompiled: no I/O after creation.
 */
import type { ToolCall } from '../tools/tool.js';
import { bareListMention, extractList, onlyFiller, stripFiller, withoutWrapper } from './engine/clause.js';
import type { IntentEnv, IntentRule, Outcome, RuleReading, UnderstandingContext } from './engine/intent.js';
import { createActReader } from './engine/acts.js';
import { addWhatWasAsked, onlyAddedItem } from './engine/call-folding.js';
import { readFramed } from './engine/message-frames.js';
import { ruleTable, type RuleTable } from './engine/rule-table.js';
import { asksAgain, isNounPhrase, knownItem, parseItems, plausibleName } from './engine/items.js';
import type { NluModel, WorkMeter } from './model/index.js';
import { ACT_PHRASES, ANCHOR_VERBS, LEADING_FILLER, LIST_OPENERS, NON_GROCERY_TOPICS, POINTERS, REQUEST_WRAPPERS, SOFT_OPENERS, TRAILING_FILLER } from './lexicon/index.js';
import { looksLikeTask, NOT_GROCERY_REPLY, UNRESOLVED_REPLY } from './intents/support/list-actions.js';
import { searchFilters } from './intents/support/search.js';
import { isRemark, someoneIsDoing, splitClauses, withoutRemark } from './engine/split-clauses.js';
import { foldFollowUps, shoppingSubject } from './intents/support/shopping.js';
import { intentOrder } from './precedence.js';
import { isBreak, ITEM_BREAK, tokenize } from './engine/tokenizer.js';
import { indexVocabulary, type Vocabulary } from './engine/vocabulary.js';
import { withAmountsJoined, withContrastsJoined, withoutConditions, withoutNumberCorrections } from './engine/message-rewrites.js';
import { namesElsewhere, offTopicChange, staple } from './engine/grocery-gate.js';
import { referenceKind } from './engine/references.js';
import { kindNamed, kindsSaid, lineMeant } from './engine/list-lines.js';
import { baseVerb, requestWords, withoutAuxiliaries } from './engine/request-verbs.js';
import { secondOpinion } from './engine/second-opinion.js';
import { topicOf } from './engine/topic.js';
import { plainAfterPreamble } from './engine/preamble.js';
import { NOT_UNDERSTOOD_REPLY, type Understanding, type UnderstandingEngine } from './engine/understanding.js';
import { createWordFixer } from './engine/word-fixer.js';
import { isEnglishWord } from './engine/typos.js';
import { withoutChangesOfMind } from './engine/change-of-mind.js';
import { withAmountChangedInBreath, withRestatedAmount } from './engine/restated-amounts.js';
import { withAppositive, withPossessivePrice, withoutHeading, withoutRelay, withoutWordsToOthers } from './engine/headings.js';
import { withKindNamedAfter, withoutAmountHedge } from './engine/kind-after.js';

export type { Vocabulary } from './engine/vocabulary.js';
export type { UnderstandingContext } from './engine/intent.js';
export type { Act } from './lexicon/index.js';
export { tokenize } from './engine/tokenizer.js';
export { NOT_GROCERY_REPLY } from './intents/support/list-actions.js';
/** The reply when a message takes back everything it asked for ("add eggs, actually no"). */
export const TAKEN_BACK_REPLY = "OK, I've left that off. Nothing changed.";
export { NOT_UNDERSTOOD_REPLY, type Understanding, type UnderstandingEngine } from './engine/understanding.js';

/** How many openers in a row ("no no wait actually ...") are tried off the front of a clause. */
const MAX_OPENERS = 3;

/** Confidence ceiling once a word had to be corrected. */
const TYPO_CEILING = 0.78;

// Within a rule, the pattern that spells more words wins: "forget about {x}" before
// "forget {x}", "need to get {x}" before "need {x}", "throw in {x}" before "throw {x}".
const compileRules = (rules: readonly IntentRule[]): RuleTable => ruleTable(rules, 'longest-first');

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
  const { correct, torn } = createWordFixer(commandWords, vocab);
  const { actOf, actNamed, isActWord } = createActReader();

  // Rules that decline hand the same span on to the next, so item parses are remembered for the
  // message being read (cleared at the start of every understand()).
  const parsed = new Map<string, ReturnType<typeof parseItems>>();
  const itemsOf = (t: readonly string[]) => {
    if (meter) meter.steps += t.length;
    const key = t.join(' ');
    let hit = parsed.get(key);
    if (!hit) parsed.set(key, (hit = withKinds(parseItems(t, vocab))));
    // Callers may keep what they get; each gets its own copy of the items.
    return { ...hit, items: hit.items.map((i) => ({ ...i })) };
  };

  /** The kinds the message being read names ("rice"), which name a kind's word said alone ("basmati"). */
  let kinds: ReadonlySet<string> = new Set();
  const withKinds = (parse: ReturnType<typeof parseItems>): ReturnType<typeof parseItems> => {
    if (kinds.size === 0) return parse;
    const items = parse.items.map((i) => ({ ...i, name: kindNamed(i.name, kinds, vocab) }));
    return { ...parse, items, unknown: items.filter((i) => !knownItem(i.name, vocab)).length };
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
    // "a kilo of basmati" after "rice" was said: the thing named with its kind is known.
    const anyKnown = tokens.some((t) => vocab.knowsWord(t)) || parse.unknown === 0 || parse.items.every((i) => staple(i.name));
    if (!anyKnown && tokens.some((t) => NON_GROCERY_TOPICS.has(t))) return { calls: [], confidence: 0.6, reply: NOT_GROCERY_REPLY };
    if (parse.items.some((i) => looksLikeTask(i.name, vocab))) return { calls: [], confidence: 0.6, reply: NOT_GROCERY_REPLY };
    // A list of things without a verb is read as "add"; a sentence ("how far is the moon",
    // "turn off the lights") is not a list of things, whatever words it shares with the catalog.
    if (!parse.items.every((i) => isNounPhrase(i.name))) return undefined;
    if (!anyKnown && !listy && parse.items.length < 2) return undefined;
    // "and ginger ale", "also some crumpets", "coffee filters" right after other things were put on, staples the catalog lacks: as clear as a list of known things.
    const going = listy || (env.context.lastItems?.length && anyKnown);
    const conf = parse.unknown === 0 || parse.items.every((i) => plausibleName(i.name) && (going || (!parse.splitByVocabulary && (knownItem(i.name, vocab) || staple(i.name))))) ? 0.85 : 0.45;
    const items = parse.items.map((i) => Object.fromEntries(Object.entries(i).filter(([, v]) => v !== undefined)));
    const out: Outcome = { calls: [{ name: 'add_to_list', args: env.list !== undefined ? { items, list: env.list } : { items } }], confidence: conf };
    bareOutcomes.add(out);
    return out;
  }

  /** `after`: what the clause follows in its message; a thing named after a removal ("no parmesan. pecorino") goes on as a list does. */
  function clause(tokens: string[], context: UnderstandingContext, inherited?: string, after?: ToolCall): Outcome | undefined {
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
    // "no parmesan, too dear. pecorino for this": after a removal, a name no dictionary has goes on as a list does.
    const named = after?.name === 'remove_from_list' && itemsOf(stripFiller(tokens)).items.every((i) => i.name.split(' ').some((w) => !isEnglishWord(w)));
    for (const r of unclaimed) {
      const out = guess(r, listy || named);
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
      // "the asparagus is so pricey, just take it off": "it" is the thing the preamble is about.
      const about = tail.some((t) => POINTERS.has(t)) ? topicOf(rest.slice(0, k), vocab) : undefined;
      const read = about ? { ...env, context: { ...env.context, lastItems: [{ name: about }], lastResults: undefined } } : env;
      const found = (ANCHOR_VERBS.has(rest[k]!) ? staged(tail, read) : undefined) ?? (after ? bare(tail, read) : undefined);
      // "bbq tomorrow so hot dogs, buns and ketchup": after "so", a list of things the catalog
      // knows is as clear as one said plainly; anything else read after a preamble is asked about.
      const plainList = after && found !== undefined && bareOutcomes.has(found) && found.confidence >= 0.85;
      // A request pointing at a line of the list the preamble talks about is as clear as one said plainly.
      const pointed = about !== undefined && lineMeant(about, env.context) !== undefined;
      const plain = plainList || pointed || (found !== undefined && ANCHOR_VERBS.has(rest[k]!) && plainAfterPreamble(found, rest.slice(0, k), tail, vocab));
      if (found && found.calls.length) return { ...found, confidence: Math.min(found.confidence, plain ? 0.85 : 0.7) };
    }
    return wrapped ? undefined : bare(rest, env, listy);
  }


  return {
    understand: (text, context = {}, workMeter) => {
      meter = workMeter;
      try {
        return secondOpinion(text, readFramed(text, (t) => understandText(t, context)), options.model, vocab, meter, context);
      } finally {
        meter = undefined;
      }
    },
  };

  /**
   * Does a clause no rule read still name something of the shopping: a list, a thing the catalog
   * sells, an amount? "so tired lol", "my grandkids are visiting so i'll need some things" do not.
   */
  function asksSomething(words: readonly string[]): boolean {
    return words.some((t) => t === 'list' || t === 'lists' || /\d/.test(t) || vocab.hasPhrase(t) || vocab.brandNamed(t) !== undefined);
  }

  /** Nothing, or only a verb that opens a list ("update", "pull up"): what is left of a clause once its list is taken out. */
  function opensOnly(words: readonly string[]): boolean {
    return words.length === 0 || LIST_OPENERS.includes(words.join(' '));
  }

  /** "stick milk on the list, ta", "add eggs. cheers!": thanks closing a request is not a thing to add. */
  function withoutClosingThanks(tokens: string[]): string[] {
    const at = tokens.findLastIndex((t, i) => isBreak(t) && i < tokens.length - 1);
    if (at <= 0) return tokens;
    return actOf(tokens.slice(at + 1)) === 'thanks' && tokens.slice(0, at).some((t) => !isBreak(t)) ? tokens.slice(0, at) : tokens;
  }

  function understandText(text: string, context: UnderstandingContext): Understanding {
    parsed.clear();
    const typed = correct(tokenize(text));
    kinds = kindsSaid(typed.tokens, vocab);
    const { corrected } = typed;
    const act = actOf(typed.tokens);
    if (act) return { calls: [], confidence: 0.95, act };
    // "add 3 no wait 4 lemons", "are eggs on my list? if not add them": said as meant.
    const condition = withoutConditions(withoutNumberCorrections(withAmountChangedInBreath(withAmountsJoined(typed.tokens))));
    // What stands around the requests, in order: "its price", "got em, the tortillas", a heading, a
    // request passed on, closing thanks, then a change of mind (engine/headings.ts, engine/change-of-mind.ts).
    const rewrites: ((words: string[]) => string[])[] = [
      (w) => withRestatedAmount(w, context, vocab), (w) => withoutWordsToOthers(w, vocab), withPossessivePrice, withAppositive, (w) => withKindNamedAfter(withoutAmountHedge(w), vocab),
      (w) => withoutHeading(w, vocab), (w) => withoutRelay(w, vocab), withoutClosingThanks, withoutChangesOfMind,
    ];
    const tokens = rewrites.reduce((words, rewrite) => rewrite(words), condition.tokens);
    if (tokens.length === 0 && condition.tokens.length > 0) return { calls: [], confidence: 0.95, reply: TAKEN_BACK_REPLY };
    const calls: ToolCall[] = [];
    let confidence = 1;
    let reply: string | undefined;
    let choices: Outcome['choices'];
    /** What a clause about something else answered, kept for when nothing else in the message asks anything. */
    let asideReply: string | undefined;
    const swapHeads = new WeakSet<ToolCall>();
    let missed = 0;
    let inherited: string | undefined;
    /** The list a clause of its own only named ('' for the default one), when one did. */
    let scene: string | undefined;
    let topic: { name: string; also?: string[]; outcome?: Outcome; missed?: boolean; onList?: boolean } | undefined;
    // "oops we already have eggs, jess bought some yesterday, take them off": a remark may close any clause.
    const parts = withContrastsJoined(splitClauses(withoutRemark(tokens), vocab).map((c) => withoutRemark(c)));
    /** The clause read with "it" meaning these things, before anything of earlier turns. */
    const readPointingAt = (c: string[], names: readonly string[]) => clause(c, { ...context, lastItems: names.map((name) => ({ name })), lastResults: undefined }, inherited);
    for (const c of parts) {
      // "costco list, clear it", "on my shopping list, remove bread", "update my grocery list,
      // delete olives": a clause that only names (or opens) a list sets the list for what follows.
      const named = extractList(stripFiller(c), vocab);
      if (named.mentioned && opensOnly(stripFiller(named.tokens)) && c !== parts[parts.length - 1]) {
        if (named.list !== undefined) inherited = named.list;
        scene ??= named.list ?? '';
        continue;
      }
      // "actually, make that oat milk": an opener standing alone before a break carries nothing.
      if (onlyFiller(c) || c.every((t) => isBreak(t) || SOFT_OPENERS.has(t))) continue;
      // "the bread is finished, please add", "finished the honey, need another": asking for what
      // an earlier clause of the message already put on the list asks for nothing more.
      // So does "...; add to shopping list", asking again with only the list named; a list named
      // there is where the things go ("out of milk. add to the costco list").
      const added = calls.findLast((call) => call.name === 'add_to_list');
      if (added && (asksAgain(requestWords(c)) || (named.mentioned && asksAgain(requestWords(named.tokens))))) {
        if (named.list !== undefined && added.args.list === undefined) added.args = { ...added.args, list: named.list };
        continue;
      }
      // "mom's bringing the pie, remove it", "the soup, make it 6": a pronoun points back at the
      // thing an earlier clause of the same message only named, before anything of earlier turns.
      let out: Outcome | undefined;
      // "the buns, get 1 pack not 2": a line of the list named with "the", and after it an amount for no thing named.
      if (topic && (c.some((t) => POINTERS.has(t)) || topic.onList || !topic.outcome)) {
        const again = readPointingAt(c, [topic.name, ...(topic.also ?? [])]);
        out = clause(c, context, inherited);
        // "the flour please replace with spelt flour": a swap of the line just named means it too.
        const meant = c.some((t) => POINTERS.has(t)) || again?.calls.every((call) => call.name === 'update_list_item') || (again?.swap === true && topic.onList);
        // Only when the pronoun meant the topic ("put papayas on it" means the list, whatever came before).
        // A line named with "the" and then given an amount is changed, not also added ("the cereal, get 2 boxes").
        if (meant && again && again.calls.length && (topic.onList || JSON.stringify(again.calls) !== JSON.stringify(out?.calls))) {
          if (topic.outcome) calls.splice(calls.length - topic.outcome.calls.length, topic.outcome.calls.length);
          else if (topic.missed) missed--;
          out = again;
        }
      }
      out ??= clause(c, context, inherited, calls[calls.length - 1]);
      // "my sister bring from her garden": words read only as a bare list of things that say what someone does are a remark.
      if (out && (bareOutcomes.has(out) || someoneIsDoing(stripFiller(c))) && parts.length > 1 && isRemark(stripFiller(c))) out = { calls: [], confidence: 0.9 };
      // "changed her mind about the rolls, get 1 bag not 2": a change that would ask which thing means the one just named.
      // "changed her mind about the buns, get 1 pack not 2": an amount for no thing named is for the one just named.
      if (topic && (!out || out.choices || out.reply === UNRESOLVED_REPLY || out.reply === NOT_UNDERSTOOD_REPLY) && !topic.outcome) {
        const again = readPointingAt(c, [topic.name, ...(topic.also ?? [])]);
        if (again?.calls.length || out?.choices) out = again ?? out;
      }
      // "put salmon on the list and watch the price of it": "it" after one thing just added in the
      // same message is that thing, before anything of earlier turns.
      const justAdded = onlyAddedItem(calls[calls.length - 1]);
      if (justAdded && c.some((t) => POINTERS.has(t)) && !(out?.calls.length === 1 && out.calls[0]!.name === 'list_total')) {
        const again = readPointingAt(c, [justAdded]);
        if (again && again.calls.length && !again.calls.some((call) => call.name === 'add_to_list' || call.name === 'list_total')) out = again;
      }
      topic = undefined;
      // "just checking in - add apples": a clause about something else beside a grocery request is
      // set aside, as a remark is, rather than taking the whole message with it.
      if (out && out.calls.length && parts.length > 1 && namesElsewhere(c) && offTopicChange(out.calls, c, extractList(stripFiller(c), vocab).mentioned, vocab)) out = { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
      if (out && out.calls.length === 0 && out.reply && out.reply !== NOT_UNDERSTOOD_REPLY && out.reply !== UNRESOLVED_REPLY && !out.choices && parts.length > 1) {
        asideReply ??= out.reply;
        // "mom got the dish soap, remove it": what a remark about someone names is still what "it" means.
        if (isRemark(stripFiller(c))) topic = ((name) => (name && lineMeant(name, context) ? { name } : undefined))(topicOf(stripFiller(c), vocab));
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
        if (items.length === 1) topic = { name: items[0]!.name, outcome: out, onList: c.includes('the') && lineMeant(items[0]!.name, context) !== undefined };
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
    // "my shopping list, please": a list named and nothing asked of it is a look at it.
    if (calls.length === 0 && !reply && scene !== undefined) return { calls: [{ name: 'view_list', args: scene ? { list: scene } : {} }], confidence: 0.9 };
    if (calls.length === 0) {
      const lead = tokens.find((t) => !isBreak(t));
      const leadAct = lead ? actNamed(lead) : undefined;
      if (!reply && (leadAct === 'yes' || leadAct === 'no' || leadAct === 'cancel')) return { calls: [], confidence: 0.6, act: leadAct };
      return reply ? { calls: [], confidence, reply, ...(choices ? { choices } : {}) } : { calls: [], confidence: 0.2, reply: NOT_UNDERSTOOD_REPLY, missed: true };
    }
    // "check my bank balance", "cancel my netflix subscription": changes about something else.
    const listed = (name: string) => lineMeant(name, context) !== undefined;
    if (offTopicChange(calls, tokens, extractList(stripFiller(tokens), vocab).mentioned, vocab, listed)) return { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
    // A clause nobody could read means part of the request was skipped.
    if (missed) confidence = Math.min(confidence, 0.5);
    if (corrected) confidence = Math.min(confidence, TYPO_CEILING);
    // "add cherrios": a thing typed one slip from two of the catalog's things is asked about, not guessed.
    const doubt = torn(typed.tokens);
    if (doubt && calls.some((c) => JSON.stringify(c.args).includes(`"${doubt.word}`))) {
      const choices = doubt.options.map((o) => ({ label: o, value: text.replace(new RegExp(`\\b${doubt.word}\\b`, 'i'), o) }));
      return { calls: [], confidence: 0.9, reply: `Did you mean ${doubt.options.join(' or ')}?`, choices };
    }
    const final = foldFollowUps(condition.addsWhatItNamed ? addWhatWasAsked(calls) : calls);
    // "swap the whole milk for 2%": the removal and the add after it are one change for the person.
    const swaps = final.flatMap((c, i) => (swapHeads.has(c) && final[i + 1]?.name === 'add_to_list' ? [i] : []));
    return { calls: final, confidence, ...(swaps.length ? { swaps } : {}) };
  }
}
