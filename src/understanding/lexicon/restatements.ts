/**
 * How people say an amount again for a thing already on the list, in conversation: "the cabbage,
 * I need two", "milk make it 2 litres", "the brie, could you make that two", "carrots is too much,
 * make 500 grams", "she says 2 packs of hot dogs actually", "two gallons of milk actually we go
 * through a lot". Phrases are written as typed after tokenizing ("don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/**
 * What may come before the thing or the amount and carries nothing of it: openers, apologies,
 * fillers, a going on ("oh and the brie, ..."), texting's "n" for "and".
 */
export const RESTATEMENT_OPENERS: readonly string[] = phrasesOf(
  '[oh|ok|okay|so|um|uh|er|erm|hmm|well|right|alright|then|now|btw]', '[no|nope|nah|sorry|oops|whoops|wait|actually|correction|pardon|excuse me|pardon me|my bad|my mistake]',
  '[and|n|also|plus]', '[last thing|one last thing|one more thing|oh and|and also]',
  '[i|we] [meant|mean|said|want to say|wanted to say|meant to say|mean to say|would like to say|wish to say]', 'i say wrong', 'i said wrong', 'what i meant was', 'i should have said',
);

/** What says which thing the message is about, before "the" and its name: "for the apples, I want 6", "about the milk, 2 litres". */
export const RESTATEMENT_TOPIC_OPENERS: readonly string[] = phrasesOf('[for|about|as for|regarding|concerning|as to]');

/** Words that go on to another thing: with them, only "the" says the thing is one already there ("and the cheese, two bags"). */
export const RESTATEMENT_GOING_ON: ReadonlySet<string> = new Set(['and', 'n', 'also', 'plus']);

/** Words that take an amount back, or say the one on the list was wrong: with them an amount said first is a new amount. */
export const RESTATEMENT_CORRECTIONS: ReadonlySet<string> = new Set(['actually', 'sorry', 'no', 'nope', 'oops', 'whoops', 'wait', 'correction', 'pardon', 'excuse', 'meant', 'mean',
  'say', 'said', 'wrong', 'mistake', 'instead', 'rather']);

/**
 * What may stand between the thing named first and its new amount: a request to change it ("make
 * it", "could you make that", "put", "I need"), a word that the amount was wrong ("is too much",
 * "not enough", "must be"). Any mix of these words, in any order, and nothing else.
 */
export const AMOUNT_LEAD_WORDS: ReadonlySet<string> = new Set(['make', 'it', 'that', 'them', 'those', 'be', 'could', 'can', 'would', 'will', 'you', 'u', 'please', 'pls', 'plz',
  'put', 'get', 'grab', 'buy', 'i', 'we', 'need', 'want', 'is', 'are', 'was', 'were', 'should', 'must', 'has', 'have', 'to', 'too', 'much', 'many', 'little', 'few', 'not', 'enough',
  'only', 'just', 'change', 'set', 'do', 'go', 'with', 'let', 'us', 'lets', 'better', 'ought', 'oughta', 'gotta', 'actually', 'sorry', 'so', 'then', 'um', 'uh', 'like', 'ok', 'okay',
  'a', 'bit', 'lot', 'way', 'really', 'rather', 'instead', 'correct', 'wrong', 'mistake', 'take', 'say', 'said', 'meant', 'mean', 'think', 'guess', 'maybe', 'perhaps', 'hmm', 'er',
  'of', 'the', 'amount', 'quantity', 'number', 'needs', 'wants', 'gonna', 'going', 'give', 'me']);

/** Words that ask for more rather than say how many in all: never a restatement. */
export const MORE_WORDS: ReadonlySet<string> = new Set(['more', 'another', 'extra', 'additional', 'again', 'else', 'other']);

/** What may follow the amount and carries nothing ("... put two of them", "..., 500 g please"). */
export const AMOUNT_TAIL_WORDS: ReadonlySet<string> = new Set(['of', 'them', 'it', 'those', 'these', 'that', 'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'actually', 'instead',
  'total', 'in', 'all', 'altogether', 'then', 'lol', 'ok', 'okay', 'now', 'each', 'only', 'just', 'ty', 'thx',
  // "4 is enough", "3 will do", "2 should be fine".
  'is', 'enough', 'will', 'do', 'should', 'be', 'fine', 'good', 'plenty', 'would']);

/** How a reason after a new amount starts ("..., there's six of us", "actually we go through a lot", "because the kids eat it"). */
export const REASON_STARTS: ReadonlySet<string> = new Set(['we', 'i', 'they', 'he', 'she', 'it', 'there', 'because', 'cause', 'cuz', 'cos', 'since', 'that', 'this',
  'everyone', 'everybody']);

/** Words that make what follows a request of its own, never a reason ("..., and add eggs"). */
export const REQUEST_IN_A_REASON: ReadonlySet<string> = new Set(['add', 'put', 'get', 'grab', 'buy', 'remove', 'delete', 'take', 'need', 'want', 'also', 'and', 'plus', 'change', 'make',
  'swap', 'replace', 'drop', 'list']);

/** Relaying someone's words: "she says ...", "tom said ...", "my wife texted ...". */
export const RESTATEMENT_RELAYS: readonly string[] = phrasesOf('[says|said|texted|wrote|reckons|thinks|wants|messaged|asked]');
