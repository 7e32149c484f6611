/**
 * Where one message holds several requests: "take off the bread and add bagels", "scratch the
 * coke, something cheaper than pepsi". A break or "and" starts a new clause when the words after
 * it start a request; a trailing remark ("they get too much sugar") is no request at all.
 */
import { isNounPhrase, namesOnlyAnAmount } from './items.js';
import { ACTION_STARTERS, BE_WORDS, BINDS_SUBJECT, CLAUSE_STARTERS, DIET_WORDS, DONE_TO_THEM, NOT_REMARK_SUBJECTS, NOT_SOMEONE, POSSESSIVES_OF_PEOPLE, QUESTION_WORDS, REASON_WORDS, REMARK_SUBJECTS, REMARK_VERBS, STATEMENT_SUBJECTS, STATEMENT_VERBS, SUBSTITUTE_AFTER_SOMETHING, SUBSTITUTE_LINKS, ASIDE_WORDS, DIETS, LIST_CHANGE_VERBS, PLANNED_DOINGS, NOT_A_GROUP, SHORT_OF_WORDS, SOME_OF_A_GROUP, SPEAKER_BE_WORDS, THIRD_PERSON_STATEMENT_VERBS, POINTING_DETERMINERS, DOING_WORDS, SOFT_OPENERS, HAVE_REMARK_WORDS, HOUSEHOLD } from '../lexicon/index.js';
import { isBreak, ITEM_BREAK, SENTENCE_BREAK } from './tokenizer.js';
import type { VocabularyIndex } from './vocabulary.js';
const CONNECTORS = new Set([ITEM_BREAK, 'and', 'then', 'also', 'but', 'plus', 'so']);

/**
 * A substitute question that starts without a verb ("scratch the coke, something cheaper than
 * pepsi", "and alternatives to jif"): after a connector it is a new request, not another item.
 */
function startsSubstituteQuestion(tokens: readonly string[], j: number): boolean {
  const [a, b] = [tokens[j] ?? '', tokens[j + 1] ?? ''];
  if ((a === 'something' || a === 'anything') && SUBSTITUTE_AFTER_SOMETHING.has(b)) return true;
  if (a === 'cheaper' && /^(than|alternatives?|options?|versions?|brands?)$/.test(b)) return true;
  return /^(substitutes?|alternatives?|replacements?)$/.test(a) && SUBSTITUTE_LINKS.has(b);
}

/**
 * "remove the juice boxes, they get too much sugar", "take off the candy, halloween is over":
 * a sentence after the last comma that is not a request (no command word starts it) and not a
 * thing (not a noun phrase) is the reason for the request, so it is left out.
 */
export function withoutRemark(tokens: string[]): string[] {
  const at = tokens.lastIndexOf(ITEM_BREAK);
  if (at < 1) return tokens;
  let tail = tokens.slice(at + 1).filter((t) => !isBreak(t));
  if (tail[0] === 'the') tail = tail.slice(1);
  // "rice, just one big bag": an amount for the thing before it, not a remark.
  // "..., we are many people", "..., i am hosting": what the speaker is, said as the reason.
  const weAre = (tail[0] === 'we' || tail[0] === 'i') && SPEAKER_BE_WORDS.has(tail[1]!) && !tail.some((t) => SHORT_OF_WORDS.has(t) || DIETS[t] !== undefined || DIET_WORDS.has(t));
  // "..., i have in the house", "..., we have from my mother": that the speaker has it already.
  const weHave = (tail[0] === 'we' || tail[0] === 'i') && (tail[1] === 'have' || tail[1] === 'got') && HAVE_REMARK_WORDS.has(tail[2] ?? '');
  if (weAre || weHave) return tokens.slice(0, at);
  if (tail.length < 2 || CLAUSE_STARTERS.has(tail[0]!) || tail.some((t) => /\d/.test(t)) || namesOnlyAnAmount(tail)) return tokens;
  // The remark has a subject of its own: someone other than the speaker or the agent, or a thing that "is" something.
  const subject = REMARK_SUBJECTS.has(tail[0]!) || (BE_WORDS.has(tail[1]!) && !NOT_REMARK_SUBJECTS.has(tail[0]!)) || someoneDid(tail) || someOfThemAre(tail);
  return (subject && !isNounPhrase(tail.join(' '))) || someoneDid(tail) || didToThem(tail) || aPlan(tail) ? tokens.slice(0, at) : tokens;
}

/** "half the guests are vegan", "most of the kids are away": some of a group, and what they are. */
function someOfThemAre(words: readonly string[]): boolean {
  const be = words.findIndex((w, i) => i >= 2 && i <= 4 && BE_WORDS.has(w));
  return be > 0 && SOME_OF_A_GROUP.has(words[0]!) && !words.slice(0, be).some((w) => NOT_A_GROUP.has(w));
}

/** "gonna make it myself", "going to bake one": what the speaker will do instead, said after the request. */
function aPlan(words: readonly string[]): boolean {
  const at = words[0] === 'i' || words[0] === 'we' ? 1 : 0;
  const lead = words[at] === 'going' && words[at + 1] === 'to' ? 2 : words[at] === 'will' ? 1 : 0;
  const verb = words[at + lead] ?? '';
  return lead > 0 && verb !== '' && !LIST_CHANGE_VERBS.has(verb);
}

/** "found both at home", "bought some yesterday", "got them already": what the speaker did with the things, said after the request. */
function didToThem(words: readonly string[]): boolean {
  return REMARK_VERBS.has(words[0]!) && DONE_TO_THEM.has(words[1] ?? '');
}

/**
 * "my daughter has been asking for it", "jess bought some yesterday", "my husband hates them",
 * "the kids will not touch turkey": someone (a person named, or "my"/"our" someone) doing something.
 */
function someoneDid(words: readonly string[]): boolean {
  if (someoneIsDoing(words)) return true;
  const at = POSSESSIVES_OF_PEOPLE.has(words[0]!) ? 1 : 0;
  // "nobody here likes raisins", "jess really hates them": a word of place or degree before the verb.
  const aside = ASIDE_WORDS.has(words[at + 1] ?? '') ? 1 : 0;
  const verb = words[at + 1 + aside] ?? '';
  // Not the speaker or the agent ("you can delete it" asks), and not a person's diet or allergy.
  if (at === 0 && NOT_SOMEONE.has(words[0]!)) return false;
  if (words.some((w) => DIET_WORDS.has(w))) return false;
  return words.length >= at + 2 + aside && REMARK_VERBS.has(verb) && (at === 1 || !REMARK_VERBS.has(words[0]!));
}

/** "linda's bringing grapes", "mum's getting the cake": a name and "is", then what that person is doing. */
export function someoneIsDoing(words: readonly string[]): boolean {
  const at = SOFT_OPENERS.has(words[0] ?? '') ? 1 : 0;
  return /^[a-z]+'s$/.test(words[at] ?? '') && DOING_WORDS.has(words[at + 1] ?? '');
}

/**
 * Where a remark starts inside a run of words: a reason word ("add butter since i used the last
 * of it", "put milk on my list cause i am out"), "as" before a subject ("as i am out"), or "i"/"we"
 * starting a statement right after a request ("put milk on my list i just used the last of it").
 */
function startsRemark(tokens: readonly string[], i: number, current: readonly string[], endsWithThing: boolean): boolean {
  const t = tokens[i]!;
  if (current.length === 0) return false;
  if (REASON_WORDS.has(t)) return true;
  const next = tokens[i + 1] ?? '';
  if (t === 'as' && STATEMENT_SUBJECTS.has(next) && next !== 'that' && next !== 'this') return true;
  const before = current[current.length - 1]!;
  // "dont need dog food we have a big bag": a thing the catalog knows ends the request, though
  // its last word may bind a subject elsewhere ("the food we need").
  const bound = BINDS_SUBJECT.has(before) && !endsWithThing;
  // "don't need the bread my mom is bringing some": someone of the speaker's doing something.
  // "the celery take that off my daughter is bringing some": after "off" or "out", a person of the household starts the remark.
  const offToSomeone = (before === 'off' || before === 'out') && HOUSEHOLD.has(next);
  const afterPreposition = (/^(to|on|onto|into|in|for|from|of|off|with|at|by|about)$/.test(before) && !offToSomeone) || /^(to|do|own|list|shopping|grocery)$/.test(next);
  if ((t === 'my' || t === 'our') && current.length >= 2 && !bound && !afterPreposition && !CONNECTORS.has(before) && someoneDid(tokens.slice(i, i + 4).filter((w) => !isBreak(w)))) return true;
  // "take off the string cheese she will not eat it anymore": someone else's doing, after the request.
  if ((t === 'he' || t === 'she') && THIRD_PERSON_STATEMENT_VERBS.has(next) && current.length >= 2 && !bound && !STATEMENT_SUBJECTS.has(before) && !afterPreposition) return true;
  return (t === 'i' || t === 'we') && STATEMENT_VERBS.has(next) && current.length >= 2 && !bound && !STATEMENT_SUBJECTS.has(before);
}

/**
 * "we have ice at home take the ice off", "so you can take those off": a request that starts after
 * a statement, with no break before it; its command word points at a thing ("the", "those").
 */
function startsRequestAfterStatement(tokens: readonly string[], i: number, current: readonly string[]): boolean {
  const t = tokens[i]!;
  const you = t === 'you' && /^(can|could|may)$/.test(tokens[i + 1] ?? '') ? 2 : 0;
  const verb = tokens[i + you] ?? '';
  if (!ACTION_STARTERS.has(verb) || !POINTING_DETERMINERS.has(tokens[i + you + 1] ?? '') || current.length < 3) return false;
  const before = current[current.length - 1]!;
  if (BINDS_SUBJECT.has(before) && !(you && before === 'so') || before === 'to') return false;
  return you > 0 ? before === 'so' : isRemark(current);
}

/**
 * A clause that says something rather than asks: a reason ("because we are out"), or a statement
 * about the speaker or the world ("we are trying to eat better", "i just used the last of it",
 * "nobody eats them"). When no rule reads it, it is not a missed request.
 */
export function isRemark(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !isBreak(t) && !CONNECTORS.has(t));
  const first = words[0];
  if (first === undefined) return false;
  if (REASON_WORDS.has(first) || (first === 'as' && STATEMENT_SUBJECTS.has(words[1] ?? ''))) return true;
  if (someoneDid(words)) return true;
  if (REMARK_SUBJECTS.has(first)) return words.length >= 2;
  if ((first === 'i' || first === 'we') && words[1] === 'will' && PLANNED_DOINGS.has(words[2] ?? '')) return true;
  return (first === 'i' || first === 'we' || first === 'you') && words.length >= 2 && STATEMENT_VERBS.has(words[1]!);
}

/** Splits at breaks and "and" where the next words start a new request (never inside a phrase the catalog knows). */
export function splitClauses(tokens: string[], vocab: VocabularyIndex): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === SENTENCE_BREAK) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    // "put milk on my list add bread to the costco list": naming the list ends a request, so a
    // command word right after it starts the next one, connector or not.
    if (ACTION_STARTERS.has(t) && current.length >= 2 && /^lists?$/.test(current[current.length - 1]!) && !QUESTION_WORDS.has(current[0]!)) {
      out.push(current);
      current = [t];
      continue;
    }
    const endsWithThing = current.length >= 2 && (vocab.hasPhrase(current.slice(-2).join(' ')) || (current.length >= 3 && vocab.hasPhrase(current.slice(-3).join(' '))));
    if (startsRequestAfterStatement(tokens, i, current)) {
      out.push(current.at(-1) === 'so' ? current.slice(0, -1) : current);
      current = [];
      if (t === 'you') i += 2;
      current.push(tokens[i]!);
      continue;
    }
    if (startsRemark(tokens, i, current, endsWithThing)) {
      out.push(current);
      current = [t];
      continue;
    }
    // "do i have milk on my list please add it": "please" before a command word starts a new request.
    // Not after "for ...": "for the eggs please make quantity 12" is one request about the eggs.
    if (t === 'please' && current.length >= 2 && current[0] !== 'for' && CLAUSE_STARTERS.has(tokens[i + 1] ?? '') && !CONNECTORS.has(current[current.length - 1]!)) {
      out.push(current);
      current = [];
      continue;
    }
    if (CONNECTORS.has(t) && current.length) {
      // "and also eggs", ", then milk, please": connectors in a row, then whatever follows decides.
      let j = i;
      while (CONNECTORS.has(tokens[j] ?? '') || tokens[j] === 'please') j++;
      const next = tokens[j];
      const inPhrase = vocab.hasPhrase(`${current[current.length - 1]} ${t} ${next}`);
      if (next !== undefined && (CLAUSE_STARTERS.has(next) || startsSubstituteQuestion(tokens, j)) && !inPhrase && !(next === 'no' && (tokens[j + 1] !== 'more' || tokens[j + 2] === 'than'))) {
        out.push(current);
        current = [];
        i = j - 1;
        continue;
      }
    }
    current.push(t);
  }
  if (current.length) out.push(current);
  return out.flatMap(bounded);
}

/**
 * The most words one clause may run without a break. A request is rarely half as long; a longer
 * run of words is cut where a command word starts and, failing that, into pieces of this length,
 * so the rules' work per clause is bounded and reading a message stays linear in its length. A
 * pasted list of a thousand items keeps its commas, so it stays one clause.
 */
export const MAX_CLAUSE_TOKENS = 32;

function bounded(clause: string[]): string[][] {
  if (clause.length <= MAX_CLAUSE_TOKENS) return [clause];
  const out: string[][] = [];
  let current: string[] = [];
  let run = 0;
  for (const t of clause) {
    if ((run >= MAX_CLAUSE_TOKENS / 4 && ACTION_STARTERS.has(t)) || run >= MAX_CLAUSE_TOKENS) {
      out.push(current);
      current = [];
      run = 0;
    }
    current.push(t);
    run = isBreak(t) ? 0 : run + 1;
  }
  if (current.length) out.push(current);
  return out;
}
