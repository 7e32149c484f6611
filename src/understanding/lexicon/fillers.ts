/**
 * What people put around a request that asks nothing: openers, closers, wrappers ("can you tell me ..."), soft openers ("actually").
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/**
 * What people put before a request or a question: asking the assistant to do it ("i need for
 * you to", "do me a favor and"), asking to be told ("i need to know", "can you tell me", "i
 * would like to find out") and hedges ("maybe we can"). Unlike filler, they are dropped only when
 * no rule reads the clause with them ("tell me when coffee drops below $8" is a rule's own).
 */
export const REQUEST_WRAPPERS: readonly string[] = phrasesOf(
  '[i|we] [need|want|would like|would love|would really like] [you|for you] to [please|]',
  '[i|we] [want|would like|wish|would want|need] that you [please|]', '[can|could|would|will] you [please|] [do me a favor and|be so kind as to|go ahead and|kindly]',
  '[do me a favor|do me a favour|be a dear|be a doll|be so kind] and', '[maybe|perhaps] [we|you|i] [can|could|should]', '[can|could|should|shall] [we|i]',
  '[i|we] [need|want|would like|would love|have|just want|would just like|am trying|was hoping|am hoping] to [know|hear|see|find out|check|learn|figure out]',
  '[can|could|would|will] you [please|] [tell|show|remind|let] me [know|]', '[please|] [tell|show|remind] me', '[please|] let me know', '[i|we] [wonder|was wondering|am wondering|were wondering]',
  '[can|could|would|will] you [please|] [look up|check|find out|see]', '[please|] [look up|find out]', 'i need to', 'i would like to know', 'do you know',
  '[please|] [note|jot|write|put] down that', '[make a note|take a note|note] that',
);

/** Openers dropped from the start of a request, longest first ("could you please"). */
export const LEADING_FILLER: readonly string[] = [
  'on second thought', 'on second thoughts', 'hey there', 'hi there', 'hello there', 'ew', 'eww', 'ugh', 'meh', 'ahh', 'oh dear', 'hey', 'hi', 'hello', 'yo', 'hiya', 'heya', 'howdy', 'hola', 'morning', 'evening', 'good evening', 'good afternoon', 'ok so', 'okay so', 'ok', 'okay', 'so', 'well', 'alright',
  'all right', 'right', 'and then', 'then', 'now', 'oh and', 'oh', 'hey bot', 'quick question', 'question', 'one more thing', 'last thing', 'one last thing',
  'could you please', 'can you please', 'would you please', 'will you please', 'could you', 'can you', 'would you',
  'will you', 'would you mind', 'do you mind', 'i would like you to', 'i want you to', 'i need you to', 'go ahead and',
  'be a dear and', 'just', 'also please', 'and also', 'good morning', 'morning', 'and',
  'i would like to', 'i want to', 'i would love to', 'help me', 'i was wondering', 'i wonder', 'let us',
  'quickly', 'real quick', 'dude', 'bro', 'thanks', 'k',
  // Hedges and asides before the request itself: "i think we need milk", "turns out we have honey".
  'i think', 'think', 'i guess', 'i believe', 'i reckon', 'probably', 'maybe', 'perhaps', 'turns out', 'it turns out', 'looks like', 'seems like',
  'note to self', 'reminder', 'fyi', 'btw', 'by the way', 'quick one', 'double check', 'also', 'and also', 'oh and', 'oh also', 'plus',
  // Assistants people are used to addressing.
  'hey siri', 'siri', 'alexa', 'hey alexa', 'hey google', 'ok google', 'okay google',
  'i would appreciate it if you', 'i would appreciate it if you could', 'do me a favor', 'do me a favour', 'be a dear', 'be a doll', 'i have a question',
  'oh dear', 'dear', 'oh my', 'oh boy', 'ugh', 'geez', 'jeez', 'oh gosh', 'gosh', 'darn', 'oh no', 'oh man', 'aha', 'whoa', 'wow',
  'i beg your pardon', 'beg your pardon', 'pardon me', 'pardon', 'excuse me',
  'i say wrong', 'sorry i say wrong', 'i said wrong', 'my mistake', 'my bad', 'sorry about that', 'sorry my bad', 'oops sorry', 'sorry',
  // Ordering words people start with: "first thing, we need milk", "right then, ...", "next, ...".
  'first thing', 'first things first', 'first of all', 'first off', 'firstly', 'to start', 'to start with', 'to begin with', 'next', 'secondly', 'lastly',
  'finally', 'right then', 'ok then', 'okay then', 'alright then', 'so then', 'now then', 'anyway', 'anyways',
  'listen', 'ok listen', 'okay listen', 'so listen', 'ok look', 'hear me out', 'just checking in', 'checking in', 'it is me again', 'it is me',
  'me again', 'hey it is me', 'what is up', 'sup', 'how is it going', 'how are you doing', 'hope you are well', 'it would be great if you could', 'if you could', 'would you be able to',
  'can you also', 'could you also', 'mind if i', 'do you think you could', 'any chance you could', 'is it possible to',
  // A pause, to someone in the room or to the assistant: "hold on honey", "one sec babe", "hang on a minute".
  ...phrasesOf('[hold on|hang on|one sec|one second|just a sec|just a second|one moment|one minute|wait a minute|wait a sec|wait a second|gimme a sec|give me a sec|give me a second|hold up|bear with me] [honey|hun|hon|babe|baby|love|luv|darling|dear|sweetie|sweetheart|mate|bro|guys|kids|son|sweetpea|a minute|a sec|a second|]'),
  // Greetings and please-words of other Englishes: "abeg add rice", "howya, stick down rashers", "hi po".
  'abeg', 'biko', 'oya', 'howya', 'howaya', 'g\'day', 'gday', 'hi po', 'hello po', 'good morning po', 'kia ora', 'salaam', 'namaste', 'ag', 'eish',
];

/** Closers dropped from the end of a request. */
export const TRAILING_FILLER: readonly string[] = [
  // Asides that ask nothing: "... would ya", "... next time i go shopping".
  ...phrasesOf('[would|will|can|could] [ya|you|you mind]', 'if you [would|could|do not mind|can]', 'right now', 'again please', 'for me please',
    '[this|next] time [i|we] [go|am|are] [shopping|to the store|at the store|out]', '[when|next time|the next time] [i|we] go [shopping|to the store|grocery shopping]', 'question mark'),
  'for me', 'thanks', 'thank you', 'thanks a lot', 'thank you so much', 'ty', 'cheers', 'now', 'asap', 'right now', 'rn',
  'when you get a chance', 'if you can', 'if possible', 'if you would be so kind', 'if you please', 'if it is not too much trouble', 'if that is ok', 'if that is alright', 'real quick', 'quickly', 'ok', 'okay', 'thx', 'mate', 'buddy',
  'bot', 'friend', 'please', 'too', 'as well', 'again', 'so far', 'at the moment', 'at this point', 'currently', 'actually',
  'obviously', 'of course', 'as usual', 'as always', 'lol', 'haha', 'thanks so much', 'thank you so much',
  // Interjections a texter ends on: "... again ugh", "... smh".
  'ugh', 'argh', 'sigh', 'smh', 'lmao', 'lmfao', 'rofl', 'omg', 'ffs', 'meh', 'oops', 'whoops', 'yay', 'jeez', 'geez', 'hehe', 'xd',
  // Shrugs after a request: "..., whatever", "..., i guess".
  'whatever', 'i guess', 'i suppose', 'apparently',
  // What a thing is for, pointing back at the dish: "pecorino for this".
  'for this', 'for this one',
  // Particles a speaker of another language ends on, which ask nothing: "... 2 cans pala", "... na lang", "... lah".
  'pala', 'na lang', 'nalang', 'lang', 'lah', 'la', 'yaar', 'ne', 'na', 'po', 'ha', 'leh', 'meh', 'hor', 'ji', 'naman', 'pa rin', 'rin', 'din',
  // ... and in West African English: "... o", "... sha", "... abeg".
  'o', 'sha', 'jare', 'abeg', 'biko',
];

/** Openers dropped only when the request makes no sense with them ("actually add milk", "yes add it"). */
export const SOFT_OPENERS: ReadonlySet<string> = new Set(['actually', 'wait', 'sorry', 'no', 'yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'oh', 'oops', 'hmm', 'also', 'instead']);

/** What a wish says of a thing: "some tortillas would be good", "a melon would be nice". */
export const WISH_WORDS = '[good|nice|great|handy|lovely|helpful|useful|awesome|ideal]';
