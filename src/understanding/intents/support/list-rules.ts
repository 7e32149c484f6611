/**
 * The list grammar's rules: the phrasings of add, remove, change, view, clear, create, rename,
 * share, join and export, each handing its slots to a builder in list-actions.ts.
 */
import { readShareCode } from '../../../grocery/lists/index.js';
import { findDish } from '../../../grocery/recipes/index.js';
import { call, itemArgs, itemConfidence, SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { isNounPhrase, phraseOf } from '../../engine/items.js';
import { addItems, changeTo, checkItems, countedThing, looksLikeTask, makeThing, makeThingTail, moreOfLast, notGrocery, QUANTITY_ONLY_VERBS, removeItems, STARTS_REQUEST, VIEW, viewItems, wholeQuantity } from './list-actions.js';
import { isBreak } from '../../engine/tokenizer.js';
import { RECOUNT_RULE } from './recount.js';
import { REPLACE_RULE } from './replace.js';
import { ADDED_WORDS, DEFAULT_LIST_NAMES, LIST_CONTENTS, PARTICIPLE_HELPERS, REMOVED_WORDS, VIEW_CUES, VIEW_WORDS } from '../../lexicon/index.js';

/**
 * "i need soda added to my list and carrots removed", "get bananas added", "bread needs to be
 * added": things each followed by a participle that says which way they go.
 */
function byParticiples(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const calls: Outcome['calls'] = [];
  let confidence = SURE;
  let thing: string[] = [];
  for (const t of tokens) {
    const way = ADDED_WORDS.has(t) ? 'add_to_list' : REMOVED_WORDS.has(t) ? 'remove_from_list' : undefined;
    if (!way) {
      if (thing.length || !PARTICIPLE_HELPERS.has(t)) thing.push(t);
      continue;
    }
    while (thing.length && PARTICIPLE_HELPERS.has(thing[thing.length - 1]!)) thing.pop();
    if (!thing.length) return undefined;
    const parse = env.items(thing);
    if (!parse.items.length || !parse.items.every((i) => isNounPhrase(i.name))) return undefined;
    calls.push(call(way, { items: parse.items.map((i) => (way === 'add_to_list' ? itemArgs(i) : itemArgs(i, ['name', 'quantity']))) }, env));
    confidence = Math.min(confidence, itemConfidence(parse));
    thing = [];
  }
  // Every word belongs to a thing that was moved, or to the helpers around it.
  if (!calls.length || thing.some((t) => !PARTICIPLE_HELPERS.has(t) && !isBreak(t))) return undefined;
  return { calls, confidence };
}

/** A clause about a list made only of question and showing words: it asks to see the list. */
function viewByWords(env: IntentEnv): Outcome | undefined {
  const words = env.tokens.filter((t) => !isBreak(t));
  if (!env.listMentioned || words.length === 0 || !words.every((w) => VIEW_WORDS.has(w)) || !words.some((w) => VIEW_CUES.has(w))) return undefined;
  // "add to my list", "put on the list" name no thing but ask for no view either.
  if (/^(add|put|get|buy|need)$/.test(words[0]!)) return undefined;
  return VIEW(env);
}

const ALL = '[everything|all|all items|all the items|every item|every single item|it all|all of it|the whole thing|the lot|all of them|all the stuff|all my items|all the things]';

/** Words that say "as text" ("printable", "plain text", "text file", "paste"). */
const TEXT_WORDS = new Set(['export', 'printable', 'print', 'paste', 'printout', 'copy']);
const TEXT_PHRASES = ['as text', 'as a text', 'in text', 'text form', 'text file', 'plain text', 'as a message', 'in a message', 'as plain', 'text version'];

function asText(tokens: readonly string[]): boolean {
  const text = tokens.join(' ');
  return tokens.some((t) => TEXT_WORDS.has(t)) || TEXT_PHRASES.some((p) => text.includes(p));
}

/**
 * ingredients_for the dish a phrase names ("the stuff for taco night to my list" -> "taco night"):
 * any dish when it was asked for outright, only a dish the table knows when `knownOnly`.
 */
function dishOffer(dish: readonly string[], knownOnly: boolean): Outcome | undefined {
  // "stuff for tacos: tortillas, cheese" names the things itself.
  if (dish.some((t) => isBreak(t))) return undefined;
  const phrase = phraseOf(dish).replace(/\s*\b(to|on|for) (my|the|our) .*list$/, '').replace(/\b(tonight|tomorrow|this week|this weekend|for dinner|for lunch|for breakfast|later)$/, '').replace(/^(a|an|the|some|our|my|homemade)\s+/, '').trim();
  if (!phrase) return undefined;
  const known = findDish(phrase) !== undefined;
  if (!known && knownOnly) return undefined;
  return { calls: [{ name: 'ingredients_for', args: { dish: phrase } }], confidence: known ? SURE : 0.85 };
}

/** Package words "another ..." can count in: "another can", "one more bag". */
const PACKAGE_WORDS: ReadonlySet<string> = new Set(['can', 'bag', 'box', 'bottle', 'jar', 'pack', 'carton', 'loaf', 'bunch', 'tub', 'container', 'case', 'package', 'roll', 'bar', 'dozen', 'gallon', 'pound', 'lb']);

const SHARE_WORDS = new Set(['share', 'sharing', 'shared', 'access', 'invite', 'invitation', 'collaborate']);
const PEOPLE = /^(husband|wife|partner|roommate|roommates|mom|dad|mum|sister|brother|kids|son|daughter|family|friend|friends|boyfriend|girlfriend|spouse|flatmate|flatmates|housemate|housemates|mother|father)$/;

/** "can my mom see my list", "let the kids add stuff to the list", "can we both add to it". */
function sharing(tokens: readonly string[]): boolean {
  if (tokens.some((t) => SHARE_WORDS.has(t))) return true;
  // "I want my roommates on the whole foods list", "put my husband on it": the person is what goes on.
  if (PEOPLE.test(tokens[tokens.length - 1] ?? '') && /^(i want|i would like|i need|put|add|get)( my| our| the)?$/.test(tokens.slice(0, -1).join(' '))) return true;
  const person = tokens.some((t) => PEOPLE.test(t)) || (tokens.includes('we') && tokens.includes('both'));
  return person && tokens.some((t) => /^(see|add|edit|use|get|on|join|access|view)$/.test(t)) && !tokens.some((t) => /^(did|has|have|added|remember)$/.test(t));
}

/** A share code: letters and digits mixed, five to eight of them, not a size like "12oz" or "2lbs". */
function isCode(token: string): boolean {
  return token.length >= 5 && token.length <= 8 && /^[a-z0-9]{5,8}$/.test(token) && /\d/.test(token) && /[a-z]/.test(token) && !/^\d+(?:lbs?|oz|kg|g|ml|l|pk|ct|pack|st|nd|rd|th|am|pm)$/.test(token);
}
const JOIN_WORDS = new Set(['join', 'code', 'invite', 'connect', 'subscribe', 'accept', 'sign', 'jion', 'shared', 'open', 'add', 'me']);

function joinByCode(tokens: readonly string[]): Outcome | undefined {
  const codes = tokens.filter(isCode);
  if (codes.length !== 1 || !tokens.some((t) => JOIN_WORDS.has(t))) return undefined;
  // "add 2 of code 7KQ2MX"? No: adding things never carries a code, but "add me to list R5T6Y7" does.
  if (tokens[0] === 'add' && tokens[1] !== 'me') return undefined;
  return { calls: [{ name: 'join_list', args: { code: codes[0]!.toUpperCase() } }], confidence: 0.9 };
}

/** List intents, most specific first. Rules marked by name "create"/"rename"/"join" see the clause before list extraction. */
export const LIST_INTENTS: readonly IntentRule[] = [
  // "my roommate gave me the code 7KQ2MX": a share code said with a joining word, however it is phrased.
  { name: 'join_code', patterns: ['{x}'], build: (_s, env) => joinByCode(env.tokens) },
  // "I need my list in text form", "a printable version of my list": a list asked for as text.
  { name: 'export_words', patterns: ['{x}'], build: (_s, env) => ((env.listMentioned || env.tokens.includes('it')) && asText(env.tokens) ? { calls: [call('export_list', {}, env)], confidence: 0.9 } : undefined) },
  // "give my husband access to the costco list", "can my mom see my list too": someone else on a list.
  // "clear the checked items", "take off what we bought": the checked-off lines go.
  { name: 'remove_checked', patterns: ['[remove|delete|clear|clear out|take off|take out|get rid of|drop|scratch|wipe|cross off|remove all|delete all|clear all] [the|all the|all of the|everything|everything that is|all|] [checked|checked off|ticked|ticked off|done|crossed off|bought|purchased|completed|finished] [items|ones|things|stuff|lines|]',
    '[remove|delete|clear|take off|get rid of] [what|everything|the stuff|the things|whatever] [i|we|you] [bought|got|checked|checked off|already got|already bought|picked up|ticked off] [today|this time|earlier|already|]', '[clear|remove|delete] [completed|checked|done]',
    '[take|get] [the|all the|] [checked|checked off|ticked|ticked off|done|crossed off|bought] [items|ones|things|stuff] [off|out|off the list]'],
    build: (_s, env) => ({ calls: [call('remove_checked', {}, env)], confidence: SURE }) },
  // "leave the costco list", "take me off the family list": only with a list named ("leave it" is "never mind").
  { name: 'leave', patterns: ['[leave|exit|quit|unjoin|drop out of|get off|get out of|remove me from|take me off|get me off|i want to leave|i want off|i would like to leave|stop using] [it|this|]',
],
    build: (_s, env) => (env.listMentioned ? { calls: [call('leave_list', {}, env)], confidence: SURE } : undefined) },
  { name: 'share_words', patterns: ['{x}'], build: (_s, env) => ((env.listMentioned || env.tokens.includes('it')) && sharing(env.tokens) ? { calls: [call('share_list', {}, env)], confidence: 0.9 } : undefined) },
  // "call the party list birthday instead", "the thanksgiving list should be called friendsgiving".
  { name: 'rename_named', patterns: ['[call|name|retitle|rename] [it|] {name} [instead|]', '[should be|will be|is now|is going to be|can be] [called|named|renamed] {name}', 'give [it|] a new name [,|] {name}', 'rename [it|] [to|as] {name}'],
    build: (s, env) => {
      const name = phraseOf(s.name!.filter((t) => t !== ','));
      if (!env.listMentioned || !name) return undefined;
      return { calls: [{ name: 'rename_list', args: env.list !== undefined ? { list: env.list, name } : { name } }], confidence: SURE };
    } },
  { name: 'clear', patterns: [`[clear|empty|wipe|reset|erase|clean|purge|flush|delete|remove|drop|get rid of|scratch|take off|wipe out|clear out|empty out|clean out|trash|dump] ${ALL} [off|out|from it|]`,
    '[clear|empty|wipe|reset|purge|flush|erase|dump|zero out|clean out|clear out|empty out|wipe out|wipe clean] [it|out|off|this|] [out|clean|to nothing|to zero|]', '[start|begin] [over|fresh|from scratch|again|anew|a fresh list|with a clean slate]',
    '[clean|blank] slate', `${ALL} [can go|goes|must go|has to go|have to go|can be removed|should go]`, `[take|get|knock|wipe] ${ALL} [off|out]`,
    '[nuke|zero out] [it|this|]', `[throw out|toss out|throw away|get rid of|remove|delete|clear] ${ALL}`, '[i|we] [want|need|would like] [a|] [fresh start|clean slate|blank slate|fresh list|new start]',
    'clear [it|the|my|] all', 'new [week|shopping trip]', 'fresh start'],
    build: (_s, env) => ({ calls: [call('clear_list', {}, env)], confidence: SURE }) },
  // "scrap the list", "throw out the whole list": verbs that only clear when a list was named ("toss it" is an item).
  { name: 'clear_named', patterns: ['[scrap|bin|ditch|trash|toss|throw|chuck|zero|blank|throw away|get rid of|dump|nuke|kill] [out|away|]'],
    build: (_s, env) => (!env.listMentioned ? undefined : { calls: [call(env.list !== undefined ? 'delete_list' : 'clear_list', {}, env)], confidence: 0.85 }) },
  // "get rid of the bbq list": the list's name takes its "of" with it, so "get rid" is what is left.
  { name: 'delete_list', patterns: ['[delete|remove|get rid of|get rid|trash|discard|drop|kill|destroy|erase|archive] [it|this|] [entirely|completely|altogether|for good|permanently|]', '[can|should|could] be [deleted|removed|trashed|binned|gone]',
    '[is|are] no longer needed'],
    // "delete my list": the default list cannot go, so deleting it means emptying it.
    build: (_s, env) => (env.list !== undefined ? { calls: [call('delete_list', {}, env)], confidence: SURE } : env.listMentioned && env.tokens.length <= 2 ? { calls: [call('clear_list', {}, env)], confidence: 0.85 } : undefined) },
  { name: 'export', patterns: ['[send|text|email|message|dm|give|share] [me|it to me] [it|this|a copy|a copy of it|] [as text|as a text|in a text|as a message|in text|as plain text|in plain text|by email|by text|]',
    '[export|print|copy|download] [it|this|] [as text|to text|as a file|]', 'send [it|this|] [as text|as a text|in a text|as a message|to me|in plain text]', 'plain text [version|]', 'text version'],
    // "give me the list" wants to see it; only "give me it as text" wants a copy.
    build: (_s, env) => (env.tokens[0] === 'give' && !asText(env.tokens) ? undefined : { calls: [call('export_list', {}, env)], confidence: SURE }) },
  { name: 'share', patterns: ['[share|send] [it|this|] [with|to] {who}', '[share|send|invite] [it|this|]', 'invite {who} [to it|to this|to join|]', 'let {who} [see|edit|use] [it|this|]', '[give|get] [me|] [a|the] [share|sharing|invite|invitation] [link|code]', 'how do i share [it|this|]'],
    build: (s, env) => (asText(env.tokens) || (s.who && /^(me|us|myself)$/.test(s.who.join(' '))) ? undefined : { calls: [call('share_list', {}, env)], confidence: SURE }) },
  { name: 'view_item', patterns: ['how [many|much] {x} [do|did|have] [i|we] [have|need|got|put|added|add|get] [on|in|on it|on there|in there|already|]', '[do|did|have] [i|we] [have|need|add|put|already have|still need|already add|already put|got|added|put|already added|already got] {x} [on|in|on it|on there|in there|already|yet|]',
    '[is|are] [there|] {x} [on|in|on it|on there|in there|already on|already|]', 'is there [any|] {x} [on|in|on it|on there|in there|]', 'did [i|we|you] [add|put|get|include] {x} [on|in|to it|already|yet|]',
    '[is|are] {x} [listed|already listed|on there|in there|written down|down|on it|in it]', 'did [anyone|someone|somebody|you guys] [add|put|get|include|write] {x} [on|in|down|on there|in there|]',
    '[have|did] [i|we] [got|put|written|write|added] {x} [down|on|on there|in there|listed]', '[check|see|tell me|can you check|let me know] [whether|if] {x} [is|are] [on|in|on there|in there|listed|]',
    '[do|did] [i|we] [already|still|] [have|need] {x} [listed|down|written down|on there|in there]', 'did [i|we] [remember|forget] [to add|to get|to put down|] {x}',
    'did [my|our|the] {who} [add|put|get|include|write down|put down] {x} [on|in|down|on there|in there|already|yet|]',
    'did [my|our|the|] {who} already [add|put|get|include|write down|put down] {x} [on|in|down|on there|in there|yet|]'],
    build: (s, env) => {
      const first = s.x![0];
      if (first === 'there' || first === 'it' || first === 'that') return undefined;
      // "how many things have i got on my list": the list's contents, not one thing on it.
      if (s.x!.every((t) => LIST_CONTENTS.has(t) || t === 'the' || t === 'all')) return undefined;
      // "is milk on sale?" is a deals question; "is milk on my list?" names the list, "is milk on there?" means it.
      const askedWhere = env.listMentioned || /^(on|in|listed|down|there)$/.test(env.tokens[env.tokens.length - 1] ?? '') || env.tokens.includes('listed');
      if ((env.tokens[0] === 'is' || env.tokens[0] === 'are') && !askedWhere) return undefined;
      return viewItems(s.x!, env);
    } },
  { name: 'view', patterns: ['what is [on|in] [it|there|] [so far|now|right now|at the moment|currently|]',
    'what [did|have] [i|we|you|someone|somebody] [add|added|put|put on|put down|get|got] [so far|already|] [last|lately|recently|today|just now|already|]',
    // The list is shown in store order already: "sort my list by aisle" gets it.
    '[sort|organize|organise|arrange|group|order|reorder] [it|this|] [by aisle|by aisles|by department|by section|by category|by store layout|in store order|in aisle order|for the store|]', 'what [do|did] [i|we] [have|need|add|put|got] [on|in|on it|on there|in there|so far|to get|to buy|to pick up|]',
    'what [have|do|did] [i|we] [got|get|put down|got down|need to get|need to buy|to buy]', 'what [am i|are we] [buying|getting|picking up|shopping for] [today|tonight|this week|]',
    '[run through|go through|read through|walk me through|talk me through|run down|go over] [it|everything|]', '[let me|let us] [hear|see] [it|]', '[give me|what is] the [rundown|lowdown|run down] [of|on|]',
    'where [are|am] [we|i] at [with the groceries|with the shopping|with groceries|]', 'what does [it|] look like', '[contents|content|items]',
    'what [do|did|have] [i|we] [still|] [need|got|have|get] [from the store|at the store|so far|left|still|now|to buy|to get|to pick up|]', 'how many [items|things] [are|do i have|do we have|have i got|are there] [on|in|on it|on there|]',
    '[tell me|remind me|show me|let me know] what [is on|is in|i need|we need|i have|we have|is left|i have got|we have got|i still need|we still need] [it|there|]', '[read|say] [it|] [back|out] [to me|to us|]',
    '[go over|run through|go through] [it|] with me', 'let us hear [it|]', 'what have [i|we] got [on|]', 'what [have|has|is there|there is]', '[what is|what are] [the|my|our] [items|groceries]',
    'what is [left|remaining|still] [to buy|to get|to pick up|on it|on there|in there|]', 'what is still [on|in] [it|there|]', '[anything|something|what] else [on|in|] [it|there|]',
    'list [everything|it all|all|all items|the items|what i have|what we have|it]', 'what have [i|we] [added|put on|put down|got down|written down] [so far|already|]', 'what is [left|remaining|still on|on it now]',
    'what [have|else do] [i|we] [got|added|need|have]', 'what else is [on|in] [it|there|]', 'what [items|things] [are|do i have|do we have] [on|in|on it|]', '[what are|what is in|what is on] my [items|groceries|shopping]',
    '[list|show list|view list|see list|my list|the list|items|my items|current list|list items|list please|show items]',
    '[show|show me|read|read me|read out|read back|view|see|display|open|give me|pull up|bring up|check|let me see|can i see|let us see|i want to see|i would like to see|look at|go over|review|recap|remind me what is on|tell me what is on|tell me|let me know|let me know what is on] [it|everything|all|the items|what i have|what is on|what is in|what is|what i have got|what we have|what i need|what we need|]'],
    build: (_s, env) => VIEW(env) },
  { name: 'view_named', patterns: ['what [is|are|do i have|do we have|have i got|have we got|is there|else is|is left|is still|is currently|do i need|do we need|is] [on|in|]', '[read|show|give|send] [me|us|]', '[read|show|check|see|view|open|display|hear|pull up|bring up|review|recap]'],
    build: (_s, env) => (env.listMentioned ? VIEW(env) : undefined) },
  // "what does my shopping list consist of", "tell me what i can find on the shopping list": only question words about a named list.
  { name: 'view_words', patterns: ['{x}'], build: (_s, env) => viewByWords(env) },
  // "does my shopping list include corn", "does the list have tomato written on it": whether one thing is on it.
  { name: 'view_includes', patterns: ['[does|do|is|will|did] [include|includes|contain|contains|have|has|consist of|list|show|say|mention] [any|] {x} [written on it|written down|written|on it|in it|listed|already|right now|at the moment|currently|yet|]',
    '[has|have] {x} [been|] [added|put on|put down|written down|included|listed] [yet|already|]', '[did|does|do] {x} [get|] [added|put on|put down|included] [yet|already|]', '[is|are] {x} [added|included] [yet|already|]'],
    build: (s, env) => (env.listMentioned || !/^(does|do|is|will)$/.test(env.tokens[0]!) ? viewItems(s.x!, env) : undefined) },
  { name: 'check', patterns: ['[check off|tick off|mark off|check|tick] {x} [off|as done|as bought|as got|as purchased|done|]', 'mark {x} [as|] [done|bought|got|purchased|complete|completed|checked|picked up|in the cart|in cart|found]',
    '[i|we|] [just|already|] [got|grabbed|picked up|found|bought|have got] the {x} [already|now|]', '{x} [is|are] [done|in the cart|in my cart|checked|bought|in cart|picked up|got|grabbed]', '[got|grabbed] {x} [already|]'],
    build: (s, env) => (env.tokens.includes('already') || s.x![0] === 'to' ? undefined : checkItems(s.x!, env, true)) },
  { name: 'uncheck', patterns: ['[uncheck|untick|unmark|un-check] {x}', 'mark {x} [as|] [not done|unchecked|not bought|undone]'],
    build: (s, env) => checkItems(s.x!, env, false) },
  { name: 'more', patterns: ['[add|get|grab|buy|i need|we need|need|make it|] {n} more [of those|of them|of that|of it|of these|of this|of the same|please|]', 'another [one|of those|of them|of that|of it|one of those|one of them|one of these|one of that|]', 'add [another|another one|one more|more|the same again]', '[add|get|grab|buy] another [one of those|one of them|one of these|of those|of them|of these|]', 'same again', 'more [of those|of them|of that|of it]', 'double [it|that]',
    // "add another can", "one more bag": a package of the thing just added.
    '[add|get|grab|buy|] [another|one more] {u}'],
    build: (s, env) => {
      if (s.u) return s.u.length === 1 && PACKAGE_WORDS.has(s.u[0]!.replace(/s$/, '')) ? moreOfLast(1, env) : undefined;
      if (s.n) {
        const q = wholeQuantity(s.n);
        return q ? moreOfLast(q.quantity, env) : undefined;
      }
      return moreOfLast(1, env);
    } },
  RECOUNT_RULE,
  REPLACE_RULE,
  { name: 'update', patterns: ['[change|update|set|make|switch|adjust|edit|fix|correct|bump|up|increase|decrease|lower|raise|reduce|tweak|revise|modify|alter|amend|cut|drop|bring|put|turn|take] {x} [to|into|as] {y}',
    '[swap|replace|switch|exchange|trade] {x} [for|with|to] {y}', 'make {x}', '[instead of|rather than|in place of] {x} [get|buy|add|grab|use|pick up|put] {y}', '{x} [should be|needs to be|must be|ought to be|is now|will be] [just|only|] {y}',
    '[i|we] [meant|wanted|want] {y} [not|instead of] {x}'],
    build: (s, env) => {
      // "bring the eggs down to 6", "put the milk to 2": verbs that only change an amount.
      if (s.y && QUANTITY_ONLY_VERBS.has(env.tokens[0]!) && !wholeQuantity(s.y)) return undefined;
      return s.y ? changeTo(s.x!, s.y, env) : makeThing(s.x!, env);
    } },
  { name: 'recount', patterns: ['[can we|could we|let us|we will|i will|we can|i can|we should|] [do|go with|get|have|make it] {x} instead', '[i|we|] [only|just|actually|really] [need|want] {x} [instead|]', '[i|we|] [need|want] {x} [instead|]', '[i|we|] [only|just|actually|] [need|want] {x} [not|instead of|rather than] {n}',
    '{t} [should be|needs to be|must be|is] [just|only|] {x} [not|instead of|rather than] {n}'],
    build: (s, env) => {
      const words = env.tokens;
      if (s.n && !wholeQuantity(s.n)) return undefined;
      if (s.t) return changeTo(s.t, s.x!, env);
      // Plain "i need 2 eggs" adds; "only", "just", "instead" or "not 2" say the amount on the list was wrong.
      if (!s.n && !words.includes('instead') && !words.includes('only') && !words.includes('just')) return undefined;
      return countedThing(s.x!, env);
    } },
  { name: 'note', patterns: ['[add|put|leave|write|make|stick|attach|] [a|the|] note [to|on|for|about] {x} , {y}', '[add|put|leave|write|make|stick|attach|] [a|the|] note [to|on|for|about] {x} [saying|that says|reading|:] {y}'],
    build: (s, env) => {
      const name = phraseOf(s.x!);
      const note = phraseOf(s.y!.filter((t) => t !== ','));
      return name && note ? { calls: [call('update_list_item', { name, note }, env)], confidence: SURE } : undefined;
    } },
  { name: 'correction', patterns: ['actually {x}', '{x} instead', 'make [it|that|those|them] {x}', '[no|wait|sorry|oops] {x} [instead|]', '[i|we] meant {x}'],
    build: (s, env) => {
      const x = s.x!;
      // "actually make the milk 1 gallon": the verb's own rule reads it once "actually" is dropped.
      if (STARTS_REQUEST.has(x[0]!) && env.tokens[0] === 'actually') return undefined;
      const qty = wholeQuantity(x);
      if (qty) return changeTo(['it'], x, env);
      const counted = countedThing(x, env);
      if (counted) return counted;
      // "actually, make that oat milk": the thing just touched is replaced, its amount kept.
      if (/^(make|change)$/.test(env.tokens[0]!) && /^(it|that|those|them)$/.test(env.tokens[1] ?? '') && !makeThingTail(x)) return changeTo([env.tokens[1]!], x, env);
      const of = x.indexOf('of');
      if (of > 0 && wholeQuantity(x.slice(0, of))) return changeTo(x.slice(of + 1), x.slice(0, of), env);
      return makeThing(x, env);
    } },
  { name: 'remove', patterns: ['[remove|delete|scratch|scrap|strike|drop|nix|erase|cut|ditch|lose|deduct|subtract|minus|axe|cross off|cross out|take off|take out|take away|scratch off|strike off|knock off|get rid of|forget|forget about|never mind|never mind on|never mind about|no more|skip|leave off|leave out|hold off on|hold the|cancel|unadd|kill|rid|no need for|pull|yank|bin|dump|x|un-add|unlist] {x}',
    '[take|cross|scratch|strike|knock|get|delete|remove|drop|leave|wipe|pull|yank|rub|scrub|cut] {x} [off|out|away|off of]', '[delete|remove|drop|scratch|strike|cross|pull] {x}',
    '[i|we|] [will not|would not|do not|no longer] [be|] [needing|need|wanting|require|requiring] [any|] {x} [anymore|any more|after all|now|]', 'does not need {x} [anymore|any more|]',
    '{x} [can go|can come off|can be removed|is not needed|are not needed|is covered|are covered|is taken care of|are taken care of|is sorted|are sorted|is handled|are handled|taken care of|covered|sorted|handled|not needed]',
    '{n} [less|fewer] {x}', '[i|we] have no need for {x}', 'not [buying|getting|needing] {x} [anymore|after all|]',
    '[do not|please do not|no need to|there is no need to|we do not need to|i do not need to] [add|buy|get|grab|pick up|put|include|bother with] {x}', '[stop|quit] [buying|getting|adding] {x}',
    'no {x} [this week|this time|today|for now|]',
    '[i|we|] [do not|did not|no longer|will not|do not really|do not even|actually do not|really do not] [need|want] [any|] {x}',
    '[i|we|] [already|still|] [have|got|bought|picked up|grabbed|have got|have already got|already got] {x} [already|at home|]',
    '[i|we] [have|got|have got] [plenty|enough|lots|a lot|tons|loads|heaps|some] [of|] {x} [already|at home|left|]', '[got|have] [plenty|enough|lots] of {x}',
    '[i|we] [am|are] [good|set|fine|okay|ok|covered|all set|stocked] [on|for|with] {x}', '[there is|there are] [still|] [plenty of|enough|some] {x} [left|at home|]'],
    build: (s, env) => {
      if (s.n) {
        const q = wholeQuantity(s.n);
        const parse = env.items(s.x!);
        if (!q || parse.items.length !== 1) return undefined;
        return { calls: [call('remove_from_list', { items: [{ name: parse.items[0]!.name, quantity: q.quantity }] }, env)], confidence: itemConfidence(parse) };
      }
      // "no soda": only a thing, never "no, i meant 2" (a correction) or "no worries".
      if (env.tokens[0] === 'no' && (!isNounPhrase(phraseOf(s.x!)) || /^(worries|problem|way|thanks|thank|idea|clue)$/.test(s.x![0]!))) return undefined;
      return removeItems(s.x!, env);
    } },
  // "take the milk off the list": the list phrase took "off" with it, so the verb stands alone.
  { name: 'remove_named', patterns: ['[take|knock|cross|strike|scratch|wipe|rub] {x}'],
    build: (s, env) => (env.listMentioned ? removeItems(s.x!, env) : undefined) },
  // "make sure hot dog buns are on the list", "make sure to put extra paint on it", "make sure we have eggs".
  { name: 'make_sure', patterns: ['make sure [that|] [we have|i have|we got|i got|there is|there are|] {x} [is|are|gets|get|got|goes|go|is put|are put|] [on|on there|in there|on it|in it|listed|down|included|added|there|]',
    'make sure [to|you|we|i|you to|that you|that we|that i] [add|put|get|buy|grab|include|throw|stick|pick up|write down|jot down] {x} [on|in|on there|in there|down|on it|in it|]'],
    build: (s, env) => addItems(s.x!, env) },
  { name: 'participles', patterns: ['{x}'], requires: new Set([...ADDED_WORDS, ...REMOVED_WORDS]), build: (_s, env) => byParticiples(env.tokens, env) },
  // "jake wants cereal", "my mother in law needs decaf": someone named wanting a thing.
  { name: 'someone_wants', patterns: ['{who} [wants|needs|asked for|is asking for|would like|requested|says we need|says we are out of|said we need] [more|some|] {x}'],
    build: (s, env) => (s.who!.length <= 3 && s.who!.every((w) => !/^(i|we|you|it|they|that|this|what|who|he|she|one)$/.test(w)) && !env.vocab.hasPhrase(s.who!.join(' ')) ? addItems(s.x!, env) : undefined) },
  { name: 'add', patterns: ['[add|put|throw|toss|chuck|stick|tack|pop|slap|include|append|insert|also|plus|and|jot|write|note|list|save|load|bung] {x} [in|on|down|in there|on there|on it|to it|in too|on too|to the pile|]',
    '[add in|put in|throw in|toss in|chuck in|stick in|tack on|stick on|put down|write down|jot down|note down|add on|pop in|throw on|toss on|put on|slap on|add some|also add|also get|also need|pencil in|pencil down|mark down|key in|type in|punch in|bung in|chuck on] {x}',
    '[there is|there are] no [more|] {x} [left|]', '[i|we] [have|have got|got] no [more|] {x} [left|at home|in the house|]', '[used|finished|polished off|used up] [the last of|up|off|all|] [the|] {x}',
    '[the|my|our] [fridge|pantry|freezer|cupboard|house|kitchen|cabinet] [needs|could use|is out of|is low on] {x}',
    // "the baby needs wipes", "the kids need lunchables": someone in the household needs the things.
    '[the|my|our|] [baby|kids|kid|toddler|dog|dogs|cat|cats|puppy|son|daughter|boys|girls|twins|husband|wife|partner|mom|dad|mum|roommate|roommates|boyfriend|girlfriend|family] [needs|need|wants|want|could use|is out of|are out of|asked for|would like|likes] [more|] {x}', '[i|we] [are|am] [fresh|clean|completely|totally|all] out of {x}',
    '[i|we|i will|we will|i am going to|we are going to|i might|we might|i still|we still|i also|we also|i really|we really|i definitely|we definitely|i do|i think i|i think we|i guess i|i probably|we probably|i just] [need|want|needs|would like|could use|could do with] {x}',
    '[need|want|needs|would like|could use] {x}', '[i|we|] [need|have|got|want|have got] to [get|buy|pick up|grab] {x}', '[i|we|] [should|must|gotta|ought to] [get|buy|pick up|grab] [some|] {x}',
    '[i am|we are|were|we were|i was|i have|we have|i have run|we have run|i ran|we ran|ran|run|running|we are running|i am running|i am all|we are all|all|we are almost|i am almost|almost|we are completely|i am completely|we are totally|we are nearly|nearly|we are getting|getting|we are about|we just ran|i just ran|just ran] [out of|low on|short on|low of] {x}',
    '[out of|low on|short on] {x}', '[we are|i am] out [of|]{x}',
    '[get|grab|buy|pick up|get me|grab me|buy me|pick me up|order|fetch|bring|bring me|get us|grab us|buy us|pick up some|purchase|restock|stock up on|replenish|refill|get more|buy more|grab more|pick up more] {x}',
    '[do not forget|remember|remind me|do not let me forget|make sure] [to get|to buy|to pick up|to grab|to add|we get|i get|we need|the|about|] {x}', 'remind me to {x}',
    '{x} [is|are] [needed|running low|running out|almost gone|all gone|gone|finished|out]',
    '{x} [needs|need|has|have|should|must] [to be|be] [added|bought|picked up|put on|got|gotten|listed]', '[can|could|should] {x} be [added|bought|picked up|put on]',
    '{x} [needs|need] [adding|buying|getting]', '[i|we] [will|would] [take|have] {x}',
    '[list|put|add|write|jot|note|stick] [it|this|these|them|down|] [down|on|] , {x}', '[i|we] [used|finished|polished off|used up] [the last of|up|off|all|] [the|] {x}'],
    build: (s, env) => addItems(s.x!, env) },
  // "i am making tacos so ground beef, shells": what follows "so" is the shopping; without it, the dish is.
  { name: 'cooking', patterns: ['[we are|i am|we will be|i will be|] [making|cooking|baking] {x}'],
    build: (s, env) => {
      const so = s.x!.indexOf('so');
      // "I'm making stew": the dish is what is cooked, not a thing to buy; "so ..." says what is.
      return so >= 0 && so < s.x!.length - 1 ? addItems(s.x!.slice(so + 1), env) : undefined;
    } },
];

/** Rules that need the clause before "... list" phrases are taken out of it. */
export const RAW_LIST_INTENTS: readonly IntentRule[] = [
  { name: 'create', patterns: ['[make|create|start|add|open|set up|begin|new|build|i want|i need|can i have|can i get|could i get|can we get|can we have|i would like|give me] [a|an|another|me a|us a|] [new|fresh|separate|second|] [shopping|grocery|] list [called|named|titled|for|:|labeled|labelled|] {name}',
    '[make|create|start|add|open|set up|begin|build|i want|i need|give me] [a|an|another|me a|us a|] [new|fresh|separate|second|] {name} [shopping|grocery|] list', 'new list {name}', 'new {name} list'],
    build: (s, env) => {
      const name = phraseOf(s.name!.filter((t) => !/^(the|my|our|a|an|new|another)$/.test(t)));
      if (!name || name === 'new') return undefined;
      // "start a list with milk and eggs": what goes on it, not what it is called.
      if (s.name![0] === 'with') return addItems(s.name!.slice(1), env);
      // "i want to start my shopping list": the grocery list is already there; show it.
      if (DEFAULT_LIST_NAMES.has(name)) return { calls: [{ name: 'view_list', args: {} }], confidence: 0.85 };
      // "add milk to my list" puts a thing on a list; a list's name never ends in "to" or "on",
      // nor runs across a break ("add flour, blorp my list").
      const said = s.name![0] === ',' ? s.name!.slice(1) : s.name!;
      if (said.some((t) => /^(to|onto|into|on|from|off|of|,)$/.test(t))) return undefined;
      // "open my target list" opens what is there; only "open a new list" makes one.
      if (env.tokens[0] === 'open' && !env.tokens.includes('new') && !/^(a|an|another)$/.test(env.tokens[1] ?? '')) return undefined;
      if (looksLikeTask(name) || /^(to-do|todo|to do|task|tasks|chore|chores|reminder|reminders)$/.test(name)) return notGrocery();
      return { calls: [{ name: 'create_list', args: { name } }], confidence: SURE };
    } },
  { name: 'rename', patterns: ['rename [my|the|our|this|] [list|it|] [to|as] {name}', 'rename [my|the|our|] {old} list [to|as] {name}', '[call|name] [my|the|this|our] list {name}',
    'change [the|my|this|] list name to {name}', '[change|switch|update|set] the name of [my|the|our|this] [list|] to {name}', '[change|switch|update|set] the name of [my|the|our] {old} list to {name}',
    '[change|switch|update] [my|the|our] list\'s name to {name}', '[change|switch|update] [the|my|our] {old} list name to {name}', 'rename {old} [to|as] {name}', 'retitle [my|the|our|this] list {name}'],
    build: (s) => {
      const name = phraseOf(s.name!);
      const args: Record<string, unknown> = s.old ? { list: phraseOf(s.old), name } : { name };
      return name ? { calls: [{ name: 'rename_list', args }], confidence: SURE } : undefined;
    } },
  // "what do you know about me", "what am I tracking", "show my preferences".
  { name: 'what_you_know', patterns: ['what [do|did] you know about [me|us]', 'what [have|did] i [told|tell] you', 'what am i [tracking|watching|following]', 'what [prices|products|items|things] am i [tracking|watching|following]',
    '[show|list|tell me|read|give me] [me|] [my|all my|the] [preferences|settings|alerts|price alerts|tracked items|tracked prices|allergies|diet|likes|profile]', 'what [are|is] my [preferences|settings|alerts|price alerts|allergies|diet|profile|likes]', '[my|] [preferences|price alerts|profile]',
    'do you remember [anything|what i like|my preferences|my allergies] [about me|]'],
    build: () => ({ calls: [{ name: 'what_you_know', args: {} }], confidence: SURE }) },
  // "add the stuff for tacos", "what do I need for lasagna", "I'm making chili tonight": the dish's usual things, offered.
  { name: 'ingredients_asked', patterns: [
    '[add|get|buy|need|grab|pick up|i need|we need] [the|some|all the|] [stuff|things|ingredients|everything|groceries|what i need|what we need|food|supplies|makings] [for|to make|for making|to cook|to do] {dish}',
    'what [do|would|will|should|else do] [i|we] need [for|to make|for making|to cook|to do] {dish}', '[ingredients|shopping|groceries] for {dish}', '[the|] [stuff|things|everything] for {dish}'],
    build: (s) => dishOffer(s.dish!, false) },
  // Said rather than asked ("I'm making chili tonight", "I want to make smoothies", once its opener
  // is dropped "make smoothies"): only a dish the table knows.
  { name: 'ingredients_said', patterns: [
    '[i want|we want|i will need|we will need|i am going to need|we are going to need] [the|some|all the|] [stuff|things|ingredients|everything|groceries|what i need|what we need|food|supplies|makings] [for|to make|for making|to cook|to do] {dish}',
    '[i am|we are|i will be|we will be|i am going to be|we are going to be] [making|cooking|doing|having|hosting|throwing] {dish}', '[i|we] [want|would like|plan|are planning|am planning] to [make|cook|do|have|host|throw] {dish}',
    '[make|cook|bake] {dish}'],
    build: (s) => dishOffer(s.dish!, true) },
  // Read before the list's name is taken out, which takes the "off" or "of" with it: "get me off
  // the bbq list", "drop out of the potluck list", "leave the list my sister shared", "I don't want
  // to be on the work list anymore".
  { name: 'leave_named', patterns: ['[get me|get us|get myself|get out|drop out|opt out|bow out] [off|of|off of|out of] {x}', '[leave|exit|quit|unjoin] {x} [that|] {who} [shared|shared with me|made|started|invited me to]',
    '[i|we] [do not want to|no longer want to|do not need to|no longer need to|do not wanna] be [on|in] {x} [anymore|any more|]'],
    build: (s) => {
      const words = s.x!.filter((t) => !/^(the|my|our|this|that|your|her|his|their|shared)$/.test(t));
      if (words[words.length - 1] !== 'list' && !(words.length === 0 && s.x!.length > 0)) return undefined;
      const name = phraseOf(words.slice(0, -1));
      return { calls: [{ name: 'leave_list', args: name ? { list: name } : {} }], confidence: SURE };
    } },
  { name: 'join', patterns: ['[let me|can i|could i|may i|i want to|i would like to|i need to|] join [list|the list|a list|my family list|your list|] [,|] [code|with code|using code|with|using|] [,|] {code}', 'use [invite|share|] code {code}', '[invite|share] code [is|] {code}'],
    build: (s) => {
      const code = s.code!.join('');
      // One token, or a share code typed in its groups with spaces ("abcd efgh jk23").
      const oneCode = s.code!.length === 1 || readShareCode(code) !== undefined;
      return oneCode && /^[a-z0-9-]{4,}$/.test(code) && /\d/.test(code) ? { calls: [{ name: 'join_list', args: { code: code.toUpperCase() } }], confidence: SURE } : undefined;
    } },
];

