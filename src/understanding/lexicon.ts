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
    'thanks so much for that', 'thank you so much for that', 'thanks for everything', 'thank you for everything'],
};

/** Words dropped wherever they occur: they carry tone, not meaning. */
export const NOISE_WORDS: ReadonlySet<string> = new Set(['um', 'umm', 'uh', 'uhh', 'hmm', 'hm', 'er', 'erm', 'lol', 'lmao', 'haha',
  'hehe', 'please', 'kindly', 'pretty', 'xd', 'ah', 'oh', 'ooh', 'oops', 'whoops', 'btw']);

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
  'i would appreciate it if you', 'i would appreciate it if you could', 'it would be great if you could', 'if you could', 'would you be able to',
  'can you also', 'could you also', 'mind if i', 'do you think you could', 'any chance you could', 'is it possible to',
];

/** Closers dropped from the end of a request. */
export const TRAILING_FILLER: readonly string[] = [
  'for me', 'thanks', 'thank you', 'thanks a lot', 'thank you so much', 'ty', 'cheers', 'now', 'asap', 'right now',
  'when you get a chance', 'if you can', 'if possible', 'real quick', 'quickly', 'ok', 'okay', 'thx', 'mate', 'buddy',
  'bot', 'friend', 'please', 'too', 'as well', 'again', 'so far', 'at the moment', 'at this point', 'currently',
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
  'packing', 'work', 'homework', 'do', 'contact', 'contacts', 'playlist', 'movie', 'movies', 'book', 'books']);

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
