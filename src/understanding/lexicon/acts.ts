/**
 * Conversational acts ("yes", "undo", "thanks") and the noise around them.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

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
    'hey bot', 'hi bot', 'hello bot', 'hey buddy', 'how are you', 'hey how are you', 'hi how are you',
    // Greetings of other Englishes and languages: "howya", "g'day", "hi po", "salaam".
    'howya', 'howaya', 'how ya', 'g\'day', 'gday', 'g\'day mate', 'kia ora', 'salaam', 'salam', 'namaste', 'namaskar', 'hallo', 'bonjour', 'ciao', 'oi', 'ahoy',
    'how far', 'how body', 'sawubona', 'jambo', 'habari', 'kumusta', 'annyeong', 'ni hao', 'good day', 'evening all', 'morning all'],
  thanks: ['thanks', 'thank you', 'ty', 'cheers', 'ta', 'thx', 'tia', 'ta very much', 'cheers mate', 'thanks love', 'appreciate it', 'thanks a lot', 'thanks so much', 'thank you so much',
    'much appreciated', 'great thanks', 'perfect thanks', 'awesome thanks', 'ok thanks', 'okay thanks', 'cool thanks',
    'thanks a bunch', 'great', 'perfect', 'awesome', 'cool', 'nice', 'thank you very much', 'got it thanks', 'good',
    'thanks buddy', 'no worries', 'no problem', 'excellent', 'that is great', 'wonderful', 'sweet', 'lovely', 'brilliant', 'amazing', 'thanks again',
    'that is all', 'that is it', 'done', 'all done', 'bye', 'goodbye', 'see you', 'later',
    'thanks for that', 'thank you for that', 'thanks for the help', 'thank you for the help', 'thanks for your help', 'thank you for your help',
    'thanks for everything', 'thank you for everything',
    // Thanks in other Englishes and languages: "grand, thanks a mil", "sharp", "salamat po", "gracias".
    'sharp', 'sharp sharp', 'too easy', 'grand', 'grand thanks', 'thanks a mil', 'thanks a million', 'lekker', 'god bless', 'thank you ji', 'thanks ji',
    'salamat', 'salamat po', 'gracias', 'muchas gracias', 'obrigado', 'obrigada', 'merci', 'merci beaucoup', 'danke', 'danke schon', 'dziekuje', 'shukran',
    'asante', 'asante sana', 'spasibo', 'arigato', 'xie xie', 'dhanyavad', 'shukriya', 'grazie', 'tesekkurler', 'cam on', 'kamsahamnida', 'gamsahamnida',
    'nagode', 'ese', 'dankie', 'thank you my dear', 'thanks my dear', 'thanks you', 'thank u', 'tnx', 'tks', 'thnx', 'thanx',
    // Closing a session: "that will be all", "that's everything", "I'm all set", "nothing else".
    ...phrasesOf('[ok|okay|alright|right|great|perfect|so|cool|good|]', 'that [is|will be|would be|should be|was|ought to be] [all|it|everything|enough] [i need|we need|]',
      '[that is|ok that is|okay that is] [all|it|everything] [for now|for today|then|]', 'nothing else', '[i am|we are] [done|all set|good|set|all good] [thanks|]',
      'all set', 'i think that is [all|it|everything]', 'that should do it', 'that will do')],
};

/** Words dropped wherever they occur: they carry tone, not meaning. */
export const NOISE_WORDS: ReadonlySet<string> = new Set(['naman', 'ng', 'um', 'umm', 'uh', 'uhh', 'hmm', 'hm', 'er', 'erm', 'lol', 'lmao', 'haha',
  'hehe', 'please', 'kindly', 'pretty', 'xd', 'ah', 'oh', 'ooh', 'oops', 'whoops', 'btw', 'omg', 'omfg', 'smh', 'tbh', 'ngl', 'lmk', 'rofl', 'jk', 'ikr',
  'uhm', 'ummm', 'mmm', 'mm', 'welp', 'yikes', 'oof', 'pls', 'plz', 'plox', 'bruh', 'fr', 'istg', 'hahaha', 'lolol', 'xx', 'xoxo', 'thx']);

/** Words that can be dropped before an act without changing it ("oh ok", "um yes"). */
export const ACT_NOISE: ReadonlySet<string> = new Set([...NOISE_WORDS, 'oh', 'well', 'hmm', 'ah']);

/** Tone words an act may carry ("um yes", "oh ok thanks"). */
export const ACT_LEAD_NOISE: ReadonlySet<string> = new Set(['please', 'oh', 'um', 'uh', 'lol', 'so', 'well', 'hmm', 'ah', 'and', 'wait', 'actually', 'sorry', 'oops', 'hey',
  // Particles of other Englishes an act may end on: "good evening o", "salamat po", "thanks ji".
  'o', 'po', 'ji', 'sha', 'jare', 'lah', 'leh', 'yaar', 'abeg', 'naman', 'mate']);

/** Words before "for" that close a session ("thanks so much for the help", "that will be all for today"). */
export const CLOSING_WORDS: ReadonlySet<string> = new Set(['thanks', 'thank', 'all', 'everything', 'it', 'done', 'set']);
