/**
 * Preferences: diets, allergies, likes and dislikes, favourite brands and stores. A statement is
 * a subject ("I", "we", "my son", or none in texting style), a predicate ("am allergic to",
 * "love", "shop at") and a value; several statements joined by "and" ("I'm vegetarian and
 * allergic to sesame") give one call each, the later ones borrowing the first one's subject.
 */
import { ITEM_BREAK, standsAt } from '../../engine/tokenizer.js';
import { SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { phraseOf } from '../../engine/items.js';
import { AVOIDED_GROUPS, DIET_WORDS, DIETS, HOUSEHOLD, HOUSEHOLD_SUBJECTS, NON_GROCERY_TOPICS, PEOPLE_OWNERS, SMALL_NUMBER_WORDS, STORES } from '../../lexicon/index.js';
import { ruleTable } from '../../engine/rule-table.js';
import type { ToolCall } from '../../../tools/tool.js';

function remember(kind: string, value: string): Outcome {
  return { calls: [{ name: 'remember_preference', args: { kind, value } }], confidence: SURE };
}

function titleCase(phrase: string): string {
  return phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** Words after a store's name that say how often, not which store ("Aldi mostly"). */
const STORE_TAIL = new Set(['mostly', 'usually', 'normally', 'always', 'mainly', 'generally', 'often', 'now', 'these', 'days', 'lately', 'nowadays', 'exclusively', 'only',
  'every', 'week', 'for', 'most', 'things', 'everything', 'groceries', 'shopping', 'stuff', 'our', 'my', 'the', 'of', 'time', 'a', 'lot']);

function store(tokens: readonly string[]): string | undefined {
  const words = [...tokens];
  while (words.length > 1 && STORE_TAIL.has(words[words.length - 1]!)) words.pop();
  const phrase = phraseOf(words);
  if (!phrase) return undefined;
  // "trader joes", "sams club", "whole foods": spelled as the store spells itself.
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return STORES.find((s) => plain(s) === plain(phrase)) ?? titleCase(phrase);
}

/** "I love you", "I like to add milk", "I hate mondays": not a food, a brand or a kind of thing. */
function thingLike(words: readonly string[]): boolean {
  if (!words.length || words[0] === 'to' || words.some((w) => /^(it|that|this|them|those|these|one|you|me|him|her|us|myself|yourself|i|we)$/.test(w))) return false;
  return !words.some((w) => NON_GROCERY_TOPICS.has(w) || NON_GROCERY_TOPICS.has(w.replace(/s$/, '')));
}

/** "Heinz beans" after "we only buy": the brand, when a thing the catalog knows follows it. */
function brandFirst(words: readonly string[], env: IntentEnv): string | undefined {
  const b = env.vocab.brandAt(words, 0);
  return b && b.length < words.length && env.vocab.knowsWord(words[words.length - 1]!) ? b.brand : undefined;
}

function likes(tokens: readonly string[], env: IntentEnv, kind: 'likes' | 'dislikes', habitual = false): Outcome | undefined {
  const words = [...tokens];
  // "Great Value stuff", "Heinz products": the brand itself.
  while (words.length > 1 && /^(stuff|products|things|brand|brands|ones|everything|stuff,)$/.test(words[words.length - 1]!)) words.pop();
  const phrase = phraseOf(words);
  if (!phrase || !thingLike(words)) return undefined;
  // "and um like six limes": "like" before an amount is a hedge on how many, not a taste.
  if (kind === 'likes' && (/^\d+(\.\d+)?$/.test(words[0]!) || SMALL_NUMBER_WORDS.has(words[0]!))) return undefined;
  const brand = env.vocab.brandNamed(phrase) ?? (habitual ? brandFirst(words, env) : undefined);
  if (brand) return remember(kind === 'likes' ? 'brand' : 'dislikes', brand);
  return remember(kind, phraseOf(tokens));
}

function allergy(tokens: readonly string[]): Outcome | undefined {
  const x = phraseOf(tokens.filter((t) => t !== 'foods' || tokens.length === 1));
  if (!x || /^(it|that|this|them|those|these)$/.test(x)) return undefined;
  if (x === 'lactose') return remember('diet', 'dairy free');
  if (AVOIDED_GROUPS[x] && (x === 'gluten' || x === 'meat' || x === 'sugar' || x === 'carbs')) return remember('diet', AVOIDED_GROUPS[x]!);
  return remember('allergy', x);
}

/** Who a statement is about besides the speaker ("my son is allergic", "the kids love", "my nan can't have"). */
const WHO = [...HOUSEHOLD_SUBJECTS, 'someone', 'everyone', 'one of us', 'my little one', 'the little ones'];
/** "[my son|my daughter|...]", or with a verb after each ("my son is|my daughter is|..."), as a pattern group's alternatives. */
const others = (verbs: readonly string[] = ['']) => WHO.flatMap((w) => verbs.map((v) => `${w}${v ? ` ${v}` : ''}`)).join('|');
const OTHERS = `[${others()}]`;

/** Statements about one preference each, most specific first. */
const STATEMENTS: readonly IntentRule[] = [
  // The diet is a span of the clause that DIETS names, so the clause holds a word of one.
  { name: 'diet', requires: new Set(Object.keys(DIETS).flatMap((d) => d.split(' '))), patterns: ['[i am|we are|i am a|we are a|i am an|we are an|i went|i eat|we eat|i am strictly|i am now|i follow a|i follow|i am on a|i am on|we follow a|we are on a|i do|i keep|we keep|we are all|i am going|we are going|i have gone|i have been|i try to eat|i try to be|my diet is|our diet is|my family is|i have|i am trying to eat|i am trying to be|i am trying to go|we are trying to eat|we are trying to be|i am doing|we are doing|i eat only|we only eat|i only eat|am|i am mostly|we are mostly|mostly|i just went|we just went|i recently went|i am fully|i am a strict|went|trying to eat|trying to be|i eat a|we eat a|i am eating|we are eating|i went full|my whole family is|the whole family is|everyone here is|] {d} [diet|now|person|these days|lately|food|eater|household|family|only|mostly|for now|at the moment|]',
    `${OTHERS} [is|are|eats|eat] [a|an|] {d} [now|]`, '{d} [diet|please|only|food only|options only]'],
    build: (s) => {
      const d = DIETS[s.d!.join(' ')];
      return d ? remember('diet', d) : undefined;
    } },
  { name: 'allergy', patterns: [`[i am|we are|i have been|i am very|i am severely|i am deathly|i am super|i am really|i am mildly|am|${others(['is', 'are', 'is very', 'is severely'])}|] allergic to {x}`,
    `[i have|we have|i have got|there is|${others(['has', 'have'])}] [a|an|] [severe|bad|serious|mild|deadly|life threatening|] {x} [allergy|allergies|intolerance]`, '{x} [allergy|allergies]', '[i am|we are] {x} intolerant',
    `[i|we|${others()}|] [can not|cannot|can not ever|must not|should not] [have|eat|do|tolerate|touch|be around] {x}`, '[i have|we have] [an allergy|allergies] to {x}', `${OTHERS} [can not|cannot] [have|eat|do|tolerate] {x}`],
    build: (s) => allergy(s.x!) },
  { name: 'avoid', patterns: ['[no|zero|avoid|without|nothing with|i avoid|we avoid|i do not eat|we do not eat|i do not do|we do not do|i can not eat|i stay away from|we stay away from|i do not have|we do not eat any|i never eat|we never eat|we do not do any|i do not eat any|i am off|we are off|i gave up|i have given up|we gave up|i cut out|we cut out|i quit] {x} [please|for me|products|in anything|at all|anymore|any more|]'],
    build: (s, env) => {
      const x = phraseOf(s.x!);
      const group = AVOIDED_GROUPS[x];
      if (group) return remember('diet', group);
      if (env.tokens[0] === 'no' || env.tokens[0] === 'without' || env.tokens[0] === 'zero') return undefined;
      return remember('dislikes', x);
    } },
  { name: 'store', patterns: [`[i|we|] [shop|usually shop|mostly shop|always shop|normally shop|go shopping|get groceries|get my groceries|get our groceries|buy groceries|buy my groceries|buy our groceries|do my shopping|do our shopping|do all my shopping|do all our shopping|do most of my shopping|do most of our shopping|shop mostly|mainly shop|only shop|like to shop|prefer to shop|order groceries|usually go|mostly go|always go|get most of my groceries|get most of our groceries|get everything|buy everything|get most things|buy most things|mostly get groceries|usually get groceries|usually get my groceries|mostly buy groceries|pick up groceries|go grocery shopping|do our weekly shop|do my weekly shop|do the weekly shop|do our shop|do my shop|do the shopping|tend to shop|tend to go|usually do the shopping|do our big shop|do my big shop] [at|from|with|to|in] {s}`,
    '[my|our] [usual|regular|favorite|favourite|main|local|go-to|preferred|normal|closest|nearest|] [store|grocery store|supermarket|grocer|shop|grocery] is {s}', `[i|we] [go to|use|like|prefer|love|mostly use|usually use|always go to|usually go to|mostly go to|normally go to|shop] {s} [for groceries|for shopping|for my groceries|for our groceries|for most things|for everything|for food|for the groceries|mostly|most of the time|usually]`,
    'i am a {s} shopper', '{s} is [where|the store where] [i|we] [shop|go|buy groceries|get groceries|do my shopping|do our shopping|get my groceries|get our groceries]', '{s} is [my|our] [usual|regular|main|go-to|local|favorite|favourite|] [store|grocery store|supermarket|shop]'],
    build: (s) => {
      const value = store(s.s!);
      return value ? remember('store', value) : undefined;
    } },
  { name: 'likes', patterns: [`[i|we|${others()}|] [really|absolutely|usually|always|mostly|just|also|all|both|quite|rather|particularly|especially|] [like|love|prefer|am partial to|are partial to|am quite partial to|am fond of|are fond of|am very fond of|am rather fond of|is partial to|adore|enjoy|buy|get|use|trust|go for|stick with|only buy|only use|like to buy|prefer to buy|am a fan of|are fans of|am a big fan of|are big fans of|lean towards|favor|favour|loves|likes|prefers|adores|enjoys|big fan of|huge fan of|fan of|am obsessed with|are obsessed with|am a huge fan of|can not get enough of|swear by|go crazy for|are crazy about|am crazy about|is crazy about|are big on|am big on] {x}`,
    '[my|our] [favorite|favourite|preferred|go-to] [brand|brands|] [is|are|of all time is] {x}', `[i|we] [prefer|like|love] {x} [brand|brands|stuff|products|things]`, '{x} is [my|our] [favorite|favourite|go-to|preferred] [brand|one|]', '{x} [is|are] the best'],
    build: (s, env) => {
      // "get great value paper towels" is a list request; "we only buy Heinz beans" names a brand.
      const habitual = /^(i|we)$/.test(env.tokens[0] ?? '') && /^(only|usually|always|mostly)$/.test(env.tokens[1] ?? '');
      if (/^(buy|get|use)$/.test(verbOf(env.tokens)) && !env.vocab.brandNamed(phraseOf(s.x!)) && !habitual) return undefined;
      return likes(s.x!, env, 'likes', habitual);
    } },
  { name: 'dislikes', patterns: [`[i|we|${others()}|] [really|absolutely|just|also|all|both|] [hate|dislike|do not like|can not stand|detest|loathe|never buy|will not eat|do not care for|am not a fan of|are not fans of|am not into|are not into|do not eat|do not enjoy|despise|can not stand the taste of|hates|dislikes|does not like|can not stand|not a fan of|not a big fan of|am not a big fan of|are not big fans of|not into|do not really like|do not love|can not do|am sick of|are sick of|am tired of|are tired of|will not touch|refuse to eat|won't eat|cannot stand|can not abide|can not bear|am not keen on|are not keen on|not keen on|am not fond of|are not fond of|not fond of|really dislike|can not stomach] {x}`,
    '[keep|no] {x} [away|off my list|out of my list|out]', '[i|we] [never|do not] want {x} [ever|again]', '{x} is [gross|disgusting|nasty|the worst]'],
    build: (s, env) => likes(s.x!, env, 'dislikes') },
];

/** The verb after the subject, to tell "I buy Tillamook" (a brand) from "I buy milk" (a list request). */
function verbOf(tokens: readonly string[]): string {
  const first = tokens[0] === 'i' || tokens[0] === 'we' ? 1 : 0;
  return /^(really|absolutely|usually|always|mostly|just|also)$/.test(tokens[first] ?? '') ? tokens[first + 1] ?? '' : tokens[first] ?? '';
}

const COMPILED = ruleTable(STATEMENTS, 'longest-first');

/** One preference statement, or undefined. Patterns that spell more words are tried first. */
export function statement(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  return COMPILED.run(tokens, env);
}

/** Openers that only say "please remember" ("fyi", "just so you know", "note that"). */
const REMEMBER = [['remember', 'that'], ['please', 'remember', 'that'], ['please', 'remember'], ['remember'], ['note', 'that'], ['please', 'note', 'that'], ['fyi'], ['just', 'so', 'you', 'know'],
  ['so', 'you', 'know'], ['for', 'the', 'record'], ['keep', 'in', 'mind', 'that'], ['keep', 'in', 'mind'], ['just', 'fyi'], ['heads', 'up'], ['you', 'should', 'know', 'that'], ['you', 'should', 'know'],
  ['make', 'a', 'note', 'that'], ['note'], ['save', 'that'], ['remember', 'this'], ['by', 'the', 'way'], ['oh', 'and']];

/** REMEMBER by first word, each group in REMEMBER's order. */
const REMEMBER_BY_FIRST = new Map<string, string[][]>();
for (const p of REMEMBER) REMEMBER_BY_FIRST.set(p[0]!, [...(REMEMBER_BY_FIRST.get(p[0]!) ?? []), p]);

export function withoutRemember(tokens: readonly string[]): string[] {
  let out = aboutSomeone(tokens);
  for (let moved = true; moved; ) {
    moved = false;
    while (out[0] === ITEM_BREAK) out = out.slice(1);
    const r = REMEMBER_BY_FIRST.get(out[0]!)?.find((p) => out.length > p.length && standsAt(out, p));
    if (r) (out = out.slice(r.length)), (moved = true);
  }
  return out;
}

/**
 * "my lad's allergic", "our youngest's vegan now": the "'s" after a household member, before what
 * is true of them, is "is" (a possessive would be followed by a thing: "my son's lunch").
 */
function aboutSomeone(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const [i, t] of tokens.entries()) {
    const base = t.endsWith("'s") ? t.slice(0, -2) : undefined;
    const next = tokens[i + 1] ?? '';
    if (base && HOUSEHOLD.has(base) && PEOPLE_OWNERS.includes(tokens[i - 1] ?? '') && (DIET_WORDS.has(next) || DIETS[next] !== undefined || STATE_WORDS.has(next))) out.push(base, 'is');
    else out.push(t);
  }
  return out;
}

/** Words after "my son's" that make it "my son is": "very", "severely", "now", "a" (vegetarian). */
const STATE_WORDS: ReadonlySet<string> = new Set(['very', 'severely', 'really', 'super', 'mildly', 'deathly', 'now', 'a', 'an', 'gone', 'going', 'been', 'on', 'not', 'also', 'too']);

const JOINS = new Set(['and', 'but', ITEM_BREAK, 'plus', 'also', 'or']);

/** Splits at "and"/","/"but", except inside a catalog phrase ("mac and cheese"). */
function splitStatements(tokens: readonly string[], env: IntentEnv): string[][] {
  const parts: string[][] = [[]];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // Only a joining word can split, so only then is the phrase around it looked up.
    const splits = JOINS.has(t) && !(prev !== undefined && next !== undefined && (env.vocab.hasPhrase(`${prev} ${t} ${next}`) || env.vocab.phrasesStartingWith(prev).some((p) => p[1] === t && p[2] === next)));
    if (splits) {
      if (parts[parts.length - 1]!.length) parts.push([]);
      continue;
    }
    parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length);
}

/**
 * "I'm vegetarian and allergic to sesame", "allergic to tree nuts and shellfish", "we love
 * honeycrisp apples and hate bananas": every part must be a statement on its own or with the
 * first part's opening words ("i am allergic to" + "shellfish"), shortest opening first.
 */
export function statements(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // Only a joining word splits, and one part is not several statements.
  if (!tokens.some((t) => JOINS.has(t))) return undefined;
  const parts = splitStatements(tokens, env);
  if (parts.length < 2) return undefined;
  const first = statement(parts[0]!, env);
  // "no peanuts ever, my daughter is allergic": the thing, then who reacts to it.
  if (!first && parts.length === 2 && /^(no|avoid|zero)$/.test(parts[0]![0]!) && /allergic( to (it|them))?$/.test(parts[1]!.join(' '))) {
    return allergy(parts[0]!.slice(1).filter((t) => !/^(ever|please|at all)$/.test(t)));
  }
  if (!first) return undefined;
  const calls: ToolCall[] = [...first.calls];
  for (const part of parts.slice(1)) {
    let out = statement(part, env);
    for (let k = 1; !out && k < parts[0]!.length; k++) out = statement([...parts[0]!.slice(0, k), ...part], env);
    if (!out) return undefined;
    calls.push(...out.calls);
  }
  return { calls, confidence: SURE };
}

/** Every word the statements spell, stores and diets included, so typo correction leaves them alone ("hates" is not "hotes"). */
export const PREFERENCE_WORDS = [...new Set([
  ...STATEMENTS.flatMap((r) => r.patterns.join(' ').replace(/\{[a-z]+\}/g, ' ').replace(/[[\]|]/g, ' ').split(/\s+/)),
  ...STORES.flatMap((s) => s.toLowerCase().split(/\s+/)), ...Object.keys(DIETS).flatMap((d) => d.split(' ')), ...REMEMBER.flat(), ...STORE_TAIL,
])].filter((w) => /^[a-z'-]+$/.test(w));
