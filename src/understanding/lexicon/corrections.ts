/**
 * How people take something back: "no wait", "i meant", "make that 3".
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/** What people say between a number and the one they meant: "add 3 no wait 4 lemons". */
export const SELF_CORRECTIONS: readonly string[] = phrasesOf('[no|oh|] wait', 'no', 'sorry', 'i mean', 'i meant', 'actually', '[make|no make] [that|it]', 'or rather',
  'scratch that', 'no sorry', 'sorry i mean', 'i mean like', 'nope', 'correction', 'oops');

/**
 * What people say before taking an amount back ("i meant 3 not 2", "no wait four", "sorry, make
 * that 5", "actually get 6 of them"). Read off the front of a clause, in any order.
 */
export const CORRECTION_OPENERS: readonly string[] = phrasesOf('[no|nope|nah|oops|whoops|sorry|wait|actually|hmm]', '[i|we] [meant|mean|said]',
  'make [it|that|them|those] [to|]', 'make [it|that] be', '[it|that|they|those] [should be|must be|needs to be|need to be]',
  'my bad', 'i say wrong', 'i said wrong', 'correction', 'scratch that', 'not that', 'typo');

/** Words that may stand between a correction and its amount: "actually get 6 of them", "not 2, I want 5 kilo". */
export const CORRECTION_LEADS: readonly string[] = phrasesOf('[oh|so|ok|okay|um|uh|then]', '[i|we] [want|need|would like|wanted|needed]', '[get|grab|buy|do|put] [only|just|]',
  '[should be|must be|is|are|ought to be|has to be|have to be|oughta be]', '[better|we had better|i had better|let us|lets] [only|just|] [go with|do|get|make it|have]', 'go with',
  '[only|just] [go with|do|get|make it|have]');

/** Words inside such a correction that carry nothing: "just 3", "only 2 please", "3 lol". */
export const CORRECTION_FILLER: ReadonlySet<string> = new Set(['just', 'only', 'please', 'lol', 'actually', 'instead', 'total', 'in', 'all', 'altogether',
  'then', 'thanks', 'sorry', 'btw', 'though', 'haha', 'pls', 'plz', 'should', 'be', 'is', 'are', 'want', 'i', 'need',
  // "the rice is mistake, 10 kg i want", "the eggs were wrong, 18": saying the amount was wrong.
  'was', 'were', 'mistake', 'wrong', 'incorrect']);

/** Words between "not" and the amount taken back that only soften it: "not just the one", "not only 2". */
export const TAKEN_BACK_SOFTENERS: ReadonlySet<string> = new Set(['just', 'only', 'the', 'simply']);

/** Words that take an amount back when it follows them: "not 2", "no sorry, not 2". */
export const TAKE_BACKS: ReadonlySet<string> = new Set(['no', 'not', 'nope']);

/**
 * What people say when they take back the thing they just asked for, in the same message:
 * "add whole milk, oh wait we still have some, sourdough instead". These always take it back.
 */
export const RETRACTIONS: readonly string[] = phrasesOf('[actually|oops|hmm|wait|oh wait|but|] [no|nope|nah]', '[no|oh no|nah] wait [no|]', 'no no',
  '[nvm|nevermind|never mind|forget that|forget it|scratch that|cancel that|on second thought|on second thoughts]', '[actually|oh|hmm] [nvm|never mind|scratch that]',
  'no actually', 'wait actually no');
/** Words that take it back only when a reason or an "instead" follows: "add eggs, oops we already have eggs". */
export const MAYBE_RETRACTIONS: readonly string[] = phrasesOf('[oh|] wait', 'oops', 'whoops', 'actually');
/** What a change of mind may be followed by that says what is wanted instead ("..., oat milk instead"). */
export const INSTEAD_WORDS: ReadonlySet<string> = new Set(['instead']);
/** How a change of mind names the one thing it takes back: "nah, forget the bread", "actually not the chips". */
export const DROP_ONE_WORDS: readonly string[] = phrasesOf('[forget|skip|drop|scratch|nix|ditch|leave out|leave off|not|no|minus|without] [about|]');
/** Sounds that carry nothing of a request ("ha", "ugh", "ew"). */
export const INTERJECTIONS: ReadonlySet<string> = new Set(['ha', 'haha', 'hah', 'lol', 'lmao', 'um', 'uh', 'er', 'erm', 'ew', 'eww', 'ugh', 'ah', 'meh', 'hmm', 'hm', 'see', 'kidding', 'jk']);

/** How many times the amount on the list a word asks for ("double the bananas", "halve the rice"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { double: 2, triple: 3, quadruple: 4, halve: 0.5, half: 0.5, 'double up': 2, 'double up on': 2, twice: 2 };

/** Words that make a take-back phrase say no ("actually no", "wait"), so it counts inside a run of words. */
export const NEGATING_WORDS: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'wait']);
/** What "no" is part of rather than a take-back: "no more than $3", "no longer vegan", "no dairy". */
export const NO_AS_PART_OF: ReadonlySet<string> = new Set(['more', 'longer', 'less', 'fewer', 'than', 'thanks', 'problem', 'idea', 'one', 'dairy', 'meat', 'sugar', 'salt', 'gluten']);
/** Words that go on to another thing ("and", "also"). */
export const GOING_ON_WORDS: ReadonlySet<string> = new Set(['and', 'also', 'plus', 'then']);
/** Words a thing's name does not start with, that a remark or a statement does. */
export const NOT_A_THING_FIRST: ReadonlySet<string> = new Set(['but', 'so', 'still', 'we', 'i', 'they', 'he', 'she', 'it', 'that', 'this', 'there']);
/** Words before a thing that are not the thing ("forget the bread"). */
export const DETERMINERS_OF_A_THING: ReadonlySet<string> = new Set(['the', 'a', 'an', 'some', 'any']);
/** Words that join things named together. */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** What stands between a new thing and the one it replaces: "almond milk instead of the oat". */
export const INSTEAD_OF: readonly string[] = phrasesOf('instead of', 'rather than', 'in place of');
/** Words for the plain kind of a thing already on the list: "brown rice instead of the regular" means the rice line. */
export const PLAIN_KIND_WORDS: ReadonlySet<string> = new Set(['regular', 'normal', 'plain', 'usual', 'ordinary', 'standard', 'original', 'basic', 'old']);
/** What may lead the new thing in "get X instead of the Y", "let's do X instead of the Y": not part of its name. */
export const SWAP_LEADS: readonly string[] = phrasesOf('[let us|lets|we will|we should|i will|we can|better|maybe|just|] [do|get|grab|buy|add|go with|have|use|take|put]', 'saying',
  // "I shall have the apricot jam instead of ...", "I would rather have ...", "we prefer ...": the speaker's own choice.
  '[i|we] [shall|would|could|] [rather|prefer to|like to|] [have|take|get|use|go with|do]', '[i|we] [would|] [prefer|rather|like]');
