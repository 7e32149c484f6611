/**
 * Words a thing's name does not hold, and those that start a remark or a reason beside a request.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */

/**
 * Words that glue a sentence together and are not part of a thing's name the catalog does not
 * know: prepositions, list words, participles and verbs of a request ("fries on the shopping
 * lisr", "soda added", "milk if it is not"). A name holding one is asked about, not written.
 */
export const NOT_IN_A_NAME: ReadonlySet<string> = new Set(['on', 'to', 'from', 'of', 'in', 'at', 'into', 'onto', 'off', 'by', 'if', 'unless', 'or',
  'list', 'lists', 'added', 'removed', 'deleted', 'gets', 'get', 'got', 'add', 'remove', 'delete', 'put', 'need', 'want', 'so', 'because', 'cause',
  'since', 'as', 'already', 'listed', 'written', 'still', 'just', 'again', 'anymore', 'longer', 'please', 'that', 'those', 'which', 'what']);

/** Words that start the reason or a remark after a request ("cause we are out", "since i used the last of it"). */
export const REASON_WORDS: ReadonlySet<string> = new Set(['because', 'cause', 'cuz', 'coz', 'bc', 'since', 'cos', 'becuase', 'becasue']);

/** Who a statement is about: a clause that starts with one and asks nothing is a remark, not a request. */
export const STATEMENT_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'nobody', 'everyone', 'everybody', 'someone',
  'somebody', 'that', 'this', 'there', 'mine', 'ours']);

/**
 * Words after "i" or "we" that make the clause a statement about the speaker ("i just used the
 * last of it", "we are almost out"), which may start a remark in the middle of a message.
 */
export const STATEMENT_VERBS: ReadonlySet<string> = new Set(['am', 'are', 'was', 'were', 'just', 'already', 'ran', 'used', 'finished', 'have', 'had', 'got',
  'do', 'did', 'bought', 'found', 'still', 'only', 'never', 'always', 'keep', 'kept', 'forgot', 'think', 'guess', 'hope', 'need', 'want', 'buy', 'shop']);
/** Words after "he" or "she" that make the clause a statement about that person ("she will not eat it anymore", "he always forgets"). */
export const THIRD_PERSON_STATEMENT_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'does', 'did', 'is', 'was', 'has', 'had', 'hates', 'likes', 'loves', 'eats',
  'always', 'never', 'already', 'just', 'says', 'said', 'can', 'cannot', 'bought', 'got', 'brings']);
/** What someone is doing about a thing, after "linda's" ("linda's bringing grapes", "mum's getting the cake"). */
export const DOING_WORDS: ReadonlySet<string> = new Set(['bringing', 'getting', 'buying', 'grabbing', 'picking', 'making', 'baking', 'covering', 'handling', 'doing']);
/** What may follow "i have" or "we have" in a reason after a comma ("..., i have in the house", "..., we have from my mother"). */
export const HAVE_REMARK_WORDS: ReadonlySet<string> = new Set(['from', 'in', 'at', 'already', 'still', 'enough', 'plenty', 'some', 'it', 'them', 'one', 'lots', 'loads', 'home']);
/** Words that point at a thing on the list after a removal verb ("take the ice off", "remove those"). */
export const POINTING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these', 'that', 'this', 'it', 'them']);
/** Forms of "be" after "i" or "we": "..., we are many people". */
export const SPEAKER_BE_WORDS: ReadonlySet<string> = new Set(['am', 'are', 'was', 'were']);
/** What the speaker will do, said as a remark: "we'll have it with rice", "i will cook it twice" (not "we'll need eggs"). */
export const PLANNED_DOINGS: ReadonlySet<string> = new Set(['have', 'cook', 'make', 'do', 'be', 'eat', 'serve', 'bake', 'use', 'go', 'see', 'try', 'just']);

/** Who of a group a remark is about ("half the guests are vegan", "most of the kids are away"). */
export const SOME_OF_A_GROUP: ReadonlySet<string> = new Set(['half', 'most', 'all', 'some', 'none', 'both', 'a', 'two', 'three', 'lots', 'many', 'few']);
/** Words that make such a run a thing rather than a group ("the one that is on sale"). */
export const NOT_A_GROUP: ReadonlySet<string> = new Set(['that', 'which', 'one', 'ones', 'list']);
/** A word of place or degree between someone and what they do ("nobody here likes raisins"). */
export const ASIDE_WORDS: ReadonlySet<string> = new Set(['here', 'really', 'even', 'ever', 'else', 'still', 'also', 'always', 'never', 'just']);
/** Verbs a plan said after a request does not have: "going to add eggs" asks, "gonna make it" does not. */
export const LIST_CHANGE_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'get', 'buy', 'grab', 'need', 'want', 'pick', 'take', 'remove']);

/** Past participles not spelled with "-ed", for "i have done that", "we have made a mess of it". */
export const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(['done', 'made', 'got', 'gotten', 'forgotten', 'written', 'said', 'put', 'read', 'left', 'lost', 'mixed', 'messed', 'muddled']);
/** What a slip is done to, said after the participle: "muddled that", "mixed it up", "got it wrong". */
export const DONE_TO_WORDS: ReadonlySet<string> = new Set(['it', 'that', 'this', 'them', 'those', 'these', 'up', 'everything', 'wrong', 'all']);
/** Words that make "we are ..." a request after all: "we are out of milk", "i am running low on eggs", "we are going to need foil". */
export const SHORT_OF_WORDS: ReadonlySet<string> = new Set(['out', 'low', 'short', 'running', 'almost', 'nearly', 'needing', 'getting', 'going', 'gonna', 'about', 'need', 'want', 'looking']);
