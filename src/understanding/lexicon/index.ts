/**
 * Word lists the grammar leans on: conversational acts, filler and politeness, what marks a
 * request as not about groceries, diets, allergens and stores. Phrases are written as typed after
 * tokenizing (contractions expanded: "don't" is "do not").
 */

/**
 * A table keyed by the words people type, with no prototype: "constructor" is a word someone may
 * type, not a key every plain object already has.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

/** Conversational acts that are not tool calls. */
export type Act = 'yes' | 'no' | 'cancel' | 'undo' | 'help' | 'greeting' | 'thanks';

/** Whole utterances that are one act (after filler is removed). */
export const ACT_PHRASES: Readonly<Record<Act, readonly string[]>> = {
  yes: ['yes', 'yeah', 'yea', 'yep', 'yup', 'ya', 'yah', 'y', 'sure', 'ok', 'okay', 'k', 'kk', 'go ahead', 'do it', 'please do',
    'yes please', 'correct', 'right', 'confirm', 'confirmed', 'absolutely', 'of course', 'sounds good', 'affirmative',
    'definitely', 'go for it', 'that is right', 'that is correct', 'yes do it', 'sure thing', 'why not', 'alright',
    'all right', 'fine', 'ok do it', 'yes go ahead', 'ok go ahead', 'yes that is fine', 'please', 'indeed', 'certainly',
    'you bet', 'totally', 'for sure', 'i am sure', 'yes i am sure', 'proceed', 'ok sure', 'sure go ahead', 'yes sure', 'aye'],
  no: ['no', 'nope', 'nah', 'n', 'no thanks', 'no thank you', 'do not', 'not really', 'negative', 'no way', 'not now',
    'no do not', 'please do not', 'i do not think so', 'nah thanks', 'no no', 'wrong', 'that is wrong', 'not that', 'no not that'],
  cancel: ['cancel', 'cancel that', 'cancel it', 'never mind', 'forget it', 'forget that', 'stop', 'abort', 'quit',
    'leave it', 'skip it', 'skip', 'drop it', 'scratch that', 'no cancel', 'cancel please', 'never mind that', 'ignore that',
    'forget about it', 'do not bother', 'no never mind', 'oh never mind'],
  undo: ['undo', 'undo that', 'undo it', 'undo the last thing', 'undo last', 'undo the last change', 'undo last change',
    'take that back', 'take it back', 'oops', 'oops take that back', 'oops undo', 'oops undo that', 'revert', 'revert that',
    'that was a mistake', 'put it back', 'go back', 'reverse that', 'whoops', 'my bad undo that', 'i did not mean that',
    'did not mean to do that', 'undo please', 'please undo', 'oops that was wrong', 'restore it'],
  help: ['help', 'help me', 'what can you do', 'how does this work', 'how do i use this', 'how do you work', 'what do you do',
    'commands', 'menu', 'options', 'what can i say', 'what can i ask', 'how do i use you', 'i need help', 'instructions',
    'what are you', 'who are you', 'start', '/start', '/help', 'how does it work', 'what can i do', 'what can you help with',
    'what can you help me with', 'how can you help', 'info'],
  greeting: ['hi', 'hello', 'hey', 'hey there', 'hi there', 'hello there', 'yo', 'howdy', 'hiya', 'sup', 'what is up',
    'good morning', 'good afternoon', 'good evening', 'greetings', 'heya', 'hey hey', 'morning', 'evening', 'hola',
    'hey bot', 'hi bot', 'hello bot', 'hey buddy', 'how are you', 'hey how are you', 'hi how are you'],
  thanks: ['thanks', 'thank you', 'ty', 'cheers', 'appreciate it', 'thanks a lot', 'thanks so much', 'thank you so much',
    'much appreciated', 'great thanks', 'perfect thanks', 'awesome thanks', 'ok thanks', 'okay thanks', 'cool thanks',
    'thanks a bunch', 'great', 'perfect', 'awesome', 'cool', 'nice', 'thank you very much', 'got it thanks', 'good',
    'thanks buddy', 'no worries', 'no problem', 'excellent', 'that is great', 'wonderful', 'sweet', 'lovely', 'brilliant', 'amazing', 'thanks again',
    'that is all', 'that is it', 'done', 'all done', 'bye', 'goodbye', 'see you', 'later',
    'thanks for that', 'thank you for that', 'thanks for the help', 'thank you for the help', 'thanks for your help', 'thank you for your help',
    'thanks so much for that', 'thank you so much for that', 'thanks for everything', 'thank you for everything',
    // Closing a session: "that will be all", "that's everything", "I'm all set", "nothing else".
    ...phrasesOf('[ok|okay|alright|right|great|perfect|so|cool|good|]', 'that [is|will be|would be|should be|was|ought to be] [all|it|everything|enough] [i need|we need|]',
      '[that is|ok that is|okay that is] [all|it|everything] [for now|for today|then|]', 'nothing else', '[i am|we are] [done|all set|good|set|all good] [thanks|]',
      'all set', 'i think that is [all|it|everything]', 'that should do it', 'that will do')],
};

/** Words dropped wherever they occur: they carry tone, not meaning. */
export const NOISE_WORDS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'hmm', 'hm', 'er', 'erm', 'lol', 'lmao', 'haha',
  'hehe', 'please', 'kindly', 'pretty', 'xd', 'ah', 'oh', 'ooh', 'oops', 'whoops', 'btw', 'omg', 'omfg', 'smh', 'tbh', 'ngl', 'lmk', 'rofl', 'jk', 'ikr',
  'uhm', 'ummm', 'mmm', 'mm', 'welp', 'yikes', 'oof', 'pls', 'plz', 'plox', 'bruh', 'fr', 'istg', 'hahaha', 'lolol', 'xx', 'xoxo', 'thx']);

/**
 * Every word sequence a phrase pattern allows: "[i|we] [need|want] you to" -> "i need you to",
 * "i want you to", "we need you to", "we want you to". "[a|]" makes a word optional. Used to keep
 * families of filler phrases as one line of data.
 */
export function phrasesOf(...patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    let acc: string[] = [''];
    for (const part of pattern.match(/\[[^\]]*\]|[^\s[\]]+/g) ?? []) {
      const alts = part.startsWith('[') ? part.slice(1, -1).split('|') : [part];
      acc = acc.flatMap((a) => alts.map((b) => `${a} ${b}`.trim()));
    }
    out.push(...acc.map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean));
  }
  return [...new Set(out)];
}

/**
 * What people put before a request or a question: asking the assistant to do it ("i need for
 * you to", "do me a favor and"), asking to be told ("i need to know", "can you tell me", "i
 * would like to find out") and hedges ("maybe we can"). Unlike filler, they are dropped only when
 * no rule reads the clause with them ("tell me when coffee drops below $8" is a rule's own).
 */
export const REQUEST_WRAPPERS: readonly string[] = phrasesOf(
  '[i|we] [need|want|would like|would love|would really like] [you|for you] to [please|]',
  '[i|we] want that you', '[can|could|would|will] you [please|] [do me a favor and|be so kind as to|go ahead and|kindly]',
  '[do me a favor|do me a favour|be a dear|be a doll|be so kind] and', '[maybe|perhaps] [we|you|i] [can|could|should]', '[can|could|should|shall] [we|i]',
  '[i|we] [need|want|would like|would love|have|just want|would just like|am trying|was hoping|am hoping] to [know|hear|see|find out|check|learn|figure out]',
  '[can|could|would|will] you [please|] [tell|show|remind|let] me [know|]', '[please|] [tell|show|remind] me', '[please|] let me know', '[i|we] [wonder|was wondering|am wondering|were wondering]',
  '[can|could|would|will] you [please|] [look up|check|find out|see]', '[please|] [look up|find out]', 'i need to', 'i would like to know', 'do you know',
  '[please|] [note|jot|write|put] down that', '[make a note|take a note|note] that',
);

/** Openers dropped from the start of a request, longest first ("could you please"). */
export const LEADING_FILLER: readonly string[] = [
  'hey there', 'hi there', 'hello there', 'hey', 'hi', 'hello', 'yo', 'hiya', 'heya', 'howdy', 'hola', 'morning', 'evening', 'good evening', 'good afternoon', 'ok so', 'okay so', 'ok', 'okay', 'so', 'well', 'alright',
  'all right', 'right', 'and then', 'then', 'now', 'oh and', 'oh', 'hey bot', 'quick question', 'question', 'one more thing',
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
  'i say wrong', 'sorry i say wrong', 'i said wrong', 'my mistake', 'my bad', 'sorry about that', 'sorry my bad', 'oops sorry', 'sorry',
  // Ordering words people start with: "first thing, we need milk", "right then, ...", "next, ...".
  'first thing', 'first things first', 'first of all', 'first off', 'firstly', 'to start', 'to start with', 'to begin with', 'next', 'secondly', 'lastly',
  'finally', 'right then', 'ok then', 'okay then', 'alright then', 'so then', 'now then', 'anyway', 'anyways',
  'listen', 'ok listen', 'okay listen', 'so listen', 'ok look', 'hear me out', 'just checking in', 'checking in', 'it is me again', 'it is me',
  'me again', 'hey it is me', 'what is up', 'sup', 'how is it going', 'how are you doing', 'hope you are well', 'it would be great if you could', 'if you could', 'would you be able to',
  'can you also', 'could you also', 'mind if i', 'do you think you could', 'any chance you could', 'is it possible to',
];

/** Closers dropped from the end of a request. */
export const TRAILING_FILLER: readonly string[] = [
  // Asides that ask nothing: "... would ya", "... next time i go shopping".
  ...phrasesOf('would [ya|you|you mind]', 'if you [would|could|do not mind|can]', 'right now', 'again please', 'for me please',
    '[this|next] time [i|we] [go|am|are] [shopping|to the store|at the store|out]', '[when|next time|the next time] [i|we] go [shopping|to the store|grocery shopping]', 'question mark'),
  'for me', 'thanks', 'thank you', 'thanks a lot', 'thank you so much', 'ty', 'cheers', 'now', 'asap', 'right now',
  'when you get a chance', 'if you can', 'if possible', 'real quick', 'quickly', 'ok', 'okay', 'thx', 'mate', 'buddy',
  'bot', 'friend', 'please', 'too', 'as well', 'again', 'so far', 'at the moment', 'at this point', 'currently',
  'obviously', 'of course', 'as usual', 'as always', 'lol', 'haha', 'thanks so much', 'thank you so much',
];

/** Words that start a request that is not shopping ("call mom", "email the landlord"). */
export const NON_GROCERY_VERBS: ReadonlySet<string> = new Set(['call', 'email', 'text', 'phone', 'pay', 'book', 'schedule',
  'meet', 'meeting', 'appointment', 'clean', 'wash', 'walk', 'feed', 'fix', 'finish', 'send', 'write', 'visit',
  'renew', 'mow', 'vacuum', 'study', 'submit', 'reply', 'respond', 'dentist', 'doctor', 'haircut', 'homework', 'gym',
  'workout', 'vet', 'drive', 'tell', 'ask', 'remind', 'practice', 'register', 'apply', 'install', 'cancel', 'return',
  'sort', 'organize', 'organise', 'arrange', 'reorder']);

/** List names that are not shopping lists. */
export const NON_GROCERY_LISTS: ReadonlySet<string> = new Set(['to-do', 'todo', 'to do', 'task', 'tasks', 'chore', 'chores',
  'reminder', 'reminders', 'calendar', 'agenda', 'bucket', 'reading', 'watch', 'wish', 'wishlist', 'gift',
  'packing', 'work', 'homework', 'do', 'contact', 'contacts', 'playlist', 'movie', 'movies', 'book', 'books', 'playlists', 'watchlist', 'profile', 'policy',
  'account', 'log', 'event', 'roster', 'pay', 'guest', 'invite', 'invitation', 'wishlist', 'queue']);

/** Words that make a request about time or the world, not groceries. */
export const NON_GROCERY_TOPICS: ReadonlySet<string> = new Set(['weather', 'news', 'joke', 'jokes', 'forecast', 'temperature',
  'time', 'date', 'score', 'movie', 'song', 'music', 'alarm', 'timer', 'stock', 'stocks', 'traffic', 'email', 'emails',
  'calendar', 'appointment', 'meeting', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'am', 'pm', 'o\'clock', 'oclock', 'dentist', 'doctor', 'flight', 'uber', 'taxi',
  'president', 'capital', 'population', 'translate', 'poem', 'story', 'homework', 'mom', 'dad', 'kids', 'children', 'lights', 'robot']);

/** Diets and how to say them as a preference value. */
export const DIETS: Readonly<Record<string, string>> = wordTable({
  vegetarian: 'vegetarian', veggie: 'vegetarian', vegan: 'vegan', 'plant based': 'vegan', keto: 'keto', ketogenic: 'keto',
  paleo: 'paleo', pescatarian: 'pescatarian', pescetarian: 'pescatarian', 'gluten free': 'gluten free',
  'gluten-free': 'gluten free', celiac: 'gluten free', coeliac: 'gluten free', 'dairy free': 'dairy free', 'dairy-free': 'dairy free',
  'lactose intolerant': 'dairy free', kosher: 'kosher', halal: 'halal', 'low carb': 'low carb', 'low-carb': 'low carb',
  'low sodium': 'low sodium', 'low sugar': 'low sugar', 'sugar free': 'sugar free', diabetic: 'diabetic', 'nut free': 'nut free',
  whole30: 'whole30', 'whole 30': 'whole30', organic: 'organic', 'low fat': 'low fat', carnivore: 'carnivore',
});

/** "no dairy", "no meat": what avoiding a food group means as a diet. */
export const AVOIDED_GROUPS: Readonly<Record<string, string>> = wordTable({
  dairy: 'dairy free', gluten: 'gluten free', meat: 'vegetarian', 'animal products': 'vegan', sugar: 'sugar free',
  lactose: 'dairy free', carbs: 'low carb', pork: 'no pork', beef: 'no beef', nuts: 'nut free', salt: 'low sodium',
});

/** Stores people name, spelled as their owners do. */
export const STORES: readonly string[] = ['Walmart', 'Aldi', 'Costco', 'Target', 'Kroger', 'Safeway', 'Publix', "Trader Joe's",
  'Whole Foods', "Sam's Club", 'Lidl', 'H-E-B', 'Meijer', 'Wegmans', 'Albertsons', 'Food Lion', 'Giant', 'Stop & Shop',
  'Sprouts', 'Hy-Vee', 'WinCo', 'Save A Lot', 'Amazon', 'Instacart', 'Fred Meyer', 'Harris Teeter', 'Vons', 'Ralphs',
  'Dollar General', 'Smart & Final', 'Food 4 Less', 'Tesco', 'Sainsbury\'s', 'Asda', 'Loblaws', 'No Frills'];

/** Openers dropped only when the request makes no sense with them ("actually add milk", "yes add it"). */
export const SOFT_OPENERS: ReadonlySet<string> = new Set(['actually', 'wait', 'sorry', 'no', 'yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'oh', 'oops', 'hmm', 'also', 'instead']);

/** Words that can be dropped before an act without changing it ("oh ok", "um yes"). */
export const ACT_NOISE: ReadonlySet<string> = new Set([...NOISE_WORDS, 'oh', 'well', 'hmm', 'ah']);

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
  'do', 'did', 'bought', 'found', 'still', 'only', 'never', 'always', 'keep', 'kept', 'forgot', 'think', 'guess', 'hope', 'need', 'want']);

/**
 * Words a question about the whole list is made of once the list phrase is taken out: "what does
 * my shopping list consist of", "give me all contents of my shopping list", "tell me what i can
 * find on the shopping list". A clause that names a list and holds only these (and one of
 * {@link VIEW_CUES}) asks to see it.
 */
export const VIEW_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'i', 'we', 'you',
  'me', 'us', 'my', 'our', 'the', 'a', 'all', 'everything', 'every', 'each', 'thing', 'things', 'item', 'items', 'stuff', 'contents', 'content', 'entire',
  'whole', 'full', 'complete', 'on', 'in', 'of', 'it', 'there', 'to', 'show', 'tell', 'read', 'give', 'list', 'see', 'find', 'display', 'view', 'open',
  'pull', 'up', 'bring', 'look', 'at', 'check', 'go', 'over', 'through', 'name', 'say', 'says', 'hear', 'know', 'remind', 'let', 'again', 'so', 'far',
  'now', 'right', 'currently', 'moment', 'this', 'time', 'put', 'write', 'wrote', 'written', 'down', 'added', 'add', 'got', 'get', 'need', 'buy',
  'can', 'could', 'would', 'will', 'should', 'entail', 'entails', 'involve', 'involves', 'consist', 'consists', 'contain', 'contains', 'include',
  'includes', 'available', 'kind', 'kinds', 'sort', 'type', 'types', 'purchases', 'products', 'groceries', 'left', 'remaining', 'still', 'else',
  'out', 'loud', 'back', 'for', 'with', 'summary', 'rundown', 'overview', 'recap', 'please', 'just', 'exactly', 'listed', 'today', 'yet', 'that',
  'am', 'be', 'going', 'gonna', 'and', 'or', 'many', 'much', 'how', 'long', 'big', 'count', 'number', 'total', 'number', 'want', 'like', 'some']);

/** Words that make such a clause a question or a request to show ("what", "show", "contents"). */
export const VIEW_CUES: ReadonlySet<string> = new Set(['what', 'which', 'show', 'tell', 'read', 'give', 'display', 'view', 'see', 'open', 'pull', 'bring',
  'look', 'name', 'contents', 'content', 'hear', 'remind', 'everything', 'summary', 'rundown', 'overview', 'recap', 'count', 'how', 'check', 'go']);

/** Things a question counts or lists that are not one item ("how many things", "which items"). */
export const LIST_CONTENTS: ReadonlySet<string> = new Set(['items', 'item', 'things', 'thing', 'stuff', 'groceries', 'products', 'purchases', 'contents',
  'content', 'everything', 'entries', 'lines']);

/** Where a list is kept, said after it: "the list in my phone", "my list on the fridge". Part of the list phrase. */
export const LIST_PLACES: readonly string[] = phrasesOf('[in|on] [my|the|your|our] [phone|app|notes|fridge|notebook|notes app]');

/**
 * Names of the default list: a list called any of these is the person's grocery list ("my
 * shopping list", "the grocery list", "my to buy list", "my list for the store").
 */
export const DEFAULT_LIST_NAMES: ReadonlySet<string> = new Set(['shopping', 'grocery', 'groceries', 'main', 'default', 'regular', 'usual', 'normal', 'current',
  'whole', 'entire', 'food', 'shop', 'buy', 'to buy', 'to get', 'shopping to do', 'to do shopping', 'to-do shopping', 'grocery shopping', 'food shopping']);

/** What follows "list of" or "list for" when it is the default list: "my list of groceries", "the list for the store". */
export const DEFAULT_LIST_PURPOSES: ReadonlySet<string> = new Set(['groceries', 'shopping', 'grocery shopping', 'food', 'food shopping', 'the store', 'the grocery store',
  'the supermarket', 'the market', 'the shop', 'the shops', 'things to buy', 'stuff to buy', 'things to get', 'stuff to get', 'things i need', 'things we need',
  'the shopping', 'the groceries', 'my shopping', 'our shopping']);

/** Words for the basket a shopping list also is: "add it to my cart", "pull up my cart". A list word after "my", "the" or "shopping". */
export const LIST_SYNONYMS: ReadonlySet<string> = new Set(['cart', 'basket', 'trolley', 'shopping bag', 'bag']);

/** What people say between a number and the one they meant: "add 3 no wait 4 lemons". */
export const SELF_CORRECTIONS: readonly string[] = phrasesOf('[no|oh|] wait', 'no', 'sorry', 'i mean', 'i meant', 'actually', '[make|no make] [that|it]', 'or rather',
  'scratch that', 'no sorry', 'sorry i mean', 'i mean like', 'nope', 'correction', 'oops');

/**
 * How a condition on a request starts when it names the thing itself: "if we don't have eggs on
 * there, add them", "if there's no milk, put it on".
 */
export const CONDITION_OPENERS: readonly string[] = phrasesOf('if [we|i] [do not|did not|have not|no longer] [have|got|see|need]', 'if [there is|there are] no',
  'if [we are|i am] [out of|low on|running low on|almost out of]', 'if [we|i] [ran|run] out of');

/** Words a condition is made of once it has started: "if it is not already on it", "unless they are there". */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['not', 'it', 'is', 'they', 'are', 'already', 'on', 'there', 'in', 'listed', 'isn\'t', 'missing',
  'present', 'the', 'my', 'list', 'shopping', 'grocery', 'it\'s', 'yet', 'included', 'added', 'put', 'down', 'so', 'needed', 'need', 'be', 'to', 'we', 'i',
  'have', 'do', 'does', 'nothing', 'none', 'no', 'them', 'that', 'this', 'one', 'those', 'lists', 'cart', 'our', 'your', 'written', 'anywhere', 'already']);

/** Verbs that put a thing on a list, as a condition's follow-up says it ("if not, add them"). */
export const PUT_ON_VERBS: ReadonlySet<string> = new Set(['add', 'put', 'include', 'throw', 'stick', 'pop', 'write', 'jot', 'get', 'buy', 'grab', 'toss', 'place']);

/** Words one of which a condition holds when it says the thing may be missing ("if not", "unless it's already there"). */
export const CONDITION_NEGATIONS: ReadonlySet<string> = new Set(['not', 'already', 'missing', 'none', 'no', 'needed', 'yet', 'nothing']);

/** Past participles that say a thing should go on the list ("i need soda added"). */
export const ADDED_WORDS: ReadonlySet<string> = new Set(['added', 'included', 'listed', 'put', 'written', 'jotted', 'noted']);
/** Past participles that say a thing should come off it ("and carrots removed"). */
export const REMOVED_WORDS: ReadonlySet<string> = new Set(['removed', 'deleted', 'taken', 'crossed', 'scratched', 'dropped', 'erased', 'struck']);
/** Helpers around such participles: "needs to be added", "get bananas added", "to be put on". */
export const PARTICIPLE_HELPERS: ReadonlySet<string> = new Set(['i', 'we', 'need', 'needs', 'want', 'wants', 'would', 'like', 'have', 'has', 'get', 'gets',
  'got', 'to', 'be', 'been', 'being', 'should', 'must', 'can', 'could', 'please', 'also', 'and', 'on', 'off', 'down', 'out', 'in', 'too', 'as', 'well']);

/**
 * Things nobody buys at a grocery store, from the other domains people talk to assistants in:
 * travel, banking, devices, media, calendars, work, services. A change whose thing the catalog
 * does not know and that mentions one of these is not about groceries ("cancel my netflix
 * subscription", "change my seat on the chicago flight to an aisle").
 */
export const OFF_TOPIC_NOUNS: ReadonlySet<string> = new Set([
  // travel and getting around
  'flight', 'flights', 'hotel', 'hotels', 'reservation', 'reservations', 'booking', 'bookings', 'seat', 'seats', 'ticket', 'tickets', 'boarding', 'itinerary',
  'passport', 'visa', 'luggage', 'suitcase', 'airport', 'airline', 'rental', 'uber', 'lyft', 'taxi', 'ride', 'route', 'tolls', 'toll', 'traffic', 'directions',
  'trip', 'vacation', 'cruise', 'train', 'bus', 'parking',
  // money
  'account', 'accounts', 'balance', 'balances', 'deposit', 'deposits', 'transfer', 'payment', 'payments', 'paycheck', 'salary', 'loan', 'loans', 'mortgage',
  'debit', 'credit', 'pin', 'password', 'passwords', 'insurance', 'policy', 'claim', 'premium', 'statement', 'invoice', 'tax', 'taxes', 'refund', 'venmo',
  'paypal', 'zelle', 'bitcoin', 'crypto', 'stocks', 'portfolio', 'savings', 'checking', 'bank', 'atm', 'subscription', 'subscriptions', 'membership',
  'memberships', 'bills', 'rent', 'utilities',
  // devices and home systems
  'thermostat', 'heating', 'heater', 'ac', 'lights', 'lamp', 'tv', 'television', 'channel', 'volume', 'brightness', 'wifi', 'bluetooth', 'router',
  'ringtone', 'wallpaper', 'notifications', 'notification', 'settings', 'app', 'apps', 'update', 'version', 'software', 'firmware', 'alarm', 'alarms',
  'timer', 'timers', 'degrees', 'percent', 'humidifier', 'sprinkler', 'sprinklers', 'vacuum', 'roomba', 'doorbell', 'camera', 'cameras', 'garage', 'lock',
  'locks', 'speaker', 'speakers', 'screen', 'phone', 'laptop', 'computer', 'printer', 'oven', 'dishwasher', 'washer', 'dryer', 'furnace',
  // messages, media and the calendar
  'email', 'emails', 'inbox', 'message', 'messages', 'text', 'texts', 'voicemail', 'contact', 'contacts', 'call', 'calls', 'chat', 'history', 'song',
  'songs', 'album', 'albums', 'playlist', 'playlists', 'music', 'podcast', 'podcasts', 'episode', 'episodes', 'movie', 'movies', 'show', 'shows', 'netflix',
  'spotify', 'hulu', 'youtube', 'profile', 'calendar', 'appointment', 'appointments', 'meeting', 'meetings', 'reminder', 'reminders', 'event', 'events',
  'schedule', 'shift', 'shifts', 'deadline', 'task', 'tasks', 'todo', 'chores', 'homework', 'photo', 'photos', 'picture', 'pictures',
  'game', 'games', 'team', 'player', 'fantasy', 'score', 'news', 'weather', 'forecast',
  // people and services
  'boss', 'vendor', 'client', 'doctor', 'dentist', 'vet', 'haircut', 'pharmacy', 'prescription', 'prescriptions', 'mail', 'package', 'packages', 'delivery',
  'deliveries', 'order', 'orders', 'cleaning', 'service', 'laundromat', 'tire', 'tires', 'car', 'cars', 'lawn', 'joke', 'jokes',
  'time', 'date', 'president', 'capital', 'population', 'translate', 'translation', 'poem', 'story', 'robot', 'pickup', 'takeout', 'carryout',
  'refill', 'meds', 'medication', 'log', 'jazz', 'blues', 'rap', 'radio', 'station', 'podcast', 'audiobook', 'restaurant', 'restaurants', 'plan', 'plans',
  'address', 'accident', 'election', 'results', 'league', 'table', 'pass', 'dermatologist', 'club', 'seconds', 'minutes', 'hours', 'mins', 'hrs', 'language',
  'english', 'spanish', 'french', 'bot', 'answer', 'question', 'bulbs',
]);

/** Words that say when, which a thing on a grocery list does not carry ("change the dinner reservation to 8:30"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['tomorrow', 'tonight', 'today', 'yesterday', 'morning', 'afternoon', 'evening', 'noon', 'midnight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday', 'weekdays', "o'clock", 'oclock']);

/** Verbs that act on lists and on much else: with nothing else said, they do not make a request about groceries. */
export const MANY_DOMAIN_VERBS: ReadonlySet<string> = new Set(['cancel', 'check', 'change', 'set', 'update', 'turn', 'make', 'trade', 'switch', 'reset',
  'book', 'schedule', 'move', 'adjust', 'lower', 'raise', 'increase', 'decrease', 'modify', 'edit', 'fix', 'block', 'track', 'avoid', 'mark', 'play', 'open',
  'close', 'start', 'stop', 'pause', 'find']);

/** Occasions people name shopping lists after, though the words also name other domains' things ("the cabin trip list", "game night"). */
export const LIST_OCCASIONS: ReadonlySet<string> = new Set(['trip', 'vacation', 'cruise', 'game', 'games', 'club', 'event', 'events', 'party', 'night', 'holiday',
  'weekend', 'school', 'team', 'camping', 'office', 'work', 'church', 'show', 'shows', 'movie', 'movies']);

/**
 * What people say before taking an amount back ("i meant 3 not 2", "no wait four", "sorry, make
 * that 5", "actually get 6 of them"). Read off the front of a clause, in any order.
 */
export const CORRECTION_OPENERS: readonly string[] = phrasesOf('[no|nope|nah|oops|whoops|sorry|wait|actually|hmm]', '[i|we] [meant|mean|said]',
  'make [it|that|them|those] [to|]', 'make [it|that] be', '[it|that|they|those] [should be|must be|needs to be|need to be]',
  'my bad', 'i say wrong', 'i said wrong', 'correction', 'scratch that', 'not that', 'typo');

/** Words that may stand between a correction and its amount: "actually get 6 of them", "not 2, I want 5 kilo". */
export const CORRECTION_LEADS: readonly string[] = phrasesOf('[oh|so|ok|okay|um|uh|then]', '[i|we] [want|need|would like|wanted|needed]', '[get|grab|buy|do|put] [only|just|]',
  '[should be|must be|is|are]');

/** Words inside such a correction that carry nothing: "just 3", "only 2 please", "3 lol". */
export const CORRECTION_FILLER: ReadonlySet<string> = new Set(['just', 'only', 'please', 'lol', 'actually', 'instead', 'total', 'in', 'all', 'altogether',
  'then', 'thanks', 'sorry', 'btw', 'though', 'haha', 'pls', 'plz', 'should', 'be', 'is', 'are', 'want', 'i', 'need']);

/** Times a list is for, which are not its name: "my grocery list for the week". */
export const LIST_TIMES: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'today', 'tonight', 'tomorrow', 'this', 'next', 'coming', 'now', 'later',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'the']);
