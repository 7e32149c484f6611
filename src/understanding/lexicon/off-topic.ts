/**
 * Words of the other domains people talk to assistants in (travel, banking, devices, media, the calendar): what marks a request as not about groceries.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */

/** Words that start a request that is not shopping ("call mom", "email the landlord"). */
export const NON_GROCERY_VERBS: ReadonlySet<string> = new Set(['call', 'email', 'text', 'phone', 'pay', 'book', 'schedule',
  'meet', 'meeting', 'appointment', 'clean', 'wash', 'walk', 'feed', 'fix', 'finish', 'send', 'write', 'visit',
  'renew', 'mow', 'vacuum', 'study', 'submit', 'reply', 'respond', 'dentist', 'doctor', 'haircut', 'homework', 'gym',
  'workout', 'vet', 'drive', 'tell', 'ask', 'remind', 'practice', 'register', 'apply', 'install', 'cancel', 'return',
  'sort', 'organize', 'organise', 'arrange', 'reorder', 'play', 'stream', 'navigate']);

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
  'english', 'spanish', 'french', 'bot', 'answer', 'question', 'bulbs', 'assistance', 'advice', 'support', 'help',
  // things bought elsewhere: electronics, clothes, the car, lodging, documents, markets (each with its plural)
  'tv', 'tvs', 'ps5', 'xbox', 'playstation', 'nintendo', 'console', 'consoles', 'headphones', 'earbuds', 'airpods', 'charger', 'chargers', 'iphone',
  'iphones', 'ipad', 'ipads', 'monitor', 'monitors', 'keyboard', 'keyboards', 'shirt', 'shirts', 'jeans', 'dress', 'dresses', 'shoes', 'sneakers',
  'trainers', 'coat', 'coats', 'hoodie', 'hoodies', 'sofa', 'sofas', 'couch', 'couches', 'mattress', 'mattresses', 'furniture', 'mechanic', 'mechanics',
  'dealer', 'dealers', 'dealership', 'petrol', 'diesel', 'gas', 'ev', 'tyre', 'tyres', 'mot', 'airbnb', 'airbnbs', 'hostel', 'hostels', 'motel', 'motels',
  'spreadsheet', 'spreadsheets', 'document', 'documents', 'doc', 'docs', 'file', 'files', 'folder', 'folders', 'slides', 'presentation', 'presentations',
  'report', 'reports', 'btc', 'eth', 'ethereum', 'dogecoin', 'futures', 'nasdaq', 's&p', 'dow', 'shares', 'dividend', 'dividends', 'watchlist', 'frost',
  'umbrella', 'electricity', 'broadband', 'quid', 'laptops', 'computers', 'phones', 'printers', 'speakers',
  // gifts, writing and health: "buy a birthday gift for my niece", "write a cover letter", "i have a headache since monday"
  'gift', 'gifts', 'present', 'presents', 'letter', 'letters', 'essay', 'essays', 'resume', 'cv', 'speech', 'headache',
  'headaches', 'migraine', 'fever', 'cough', 'rash', 'symptoms', 'symptom', 'injury', 'sprain', 'toothache', 'backache', 'flu', 'covid',
]);

/** Words that say when, which a thing on a grocery list does not carry ("change the dinner reservation to 8:30"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['tomorrow', 'tonight', 'today', 'yesterday', 'morning', 'afternoon', 'evening', 'noon', 'midnight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekday', 'weekdays', "o'clock", 'oclock']);

/** Verbs that act on lists and on much else: with nothing else said, they do not make a request about groceries. */
export const MANY_DOMAIN_VERBS: ReadonlySet<string> = new Set(['cancel', 'check', 'change', 'set', 'update', 'turn', 'make', 'trade', 'switch', 'reset',
  'book', 'schedule', 'move', 'adjust', 'lower', 'raise', 'increase', 'decrease', 'modify', 'edit', 'fix', 'block', 'track', 'avoid', 'mark', 'play', 'open',
  'close', 'start', 'stop', 'pause', 'find']);

/** Names that mean the whole list ("check everything off"). */
export const WHOLE_LIST: ReadonlySet<string> = new Set(['everything', 'all', 'it all', 'all of it', 'the lot', 'every item', 'all items', 'every single thing', 'every last thing']);

/** Labels of lists that are not for shopping ("to do: laundry", "reminders: dentist"). */
export const NOT_SHOPPING_LABELS: ReadonlySet<string> = new Set(['do', 'todo', 'to-do', 'tasks', 'chores', 'errands', 'reminder', 'reminders', 'calendar', 'agenda', 'appointments', 'homework', 'packing']);

/** "am", "pm" after an hour. */
export const CLOCK_WORDS: ReadonlySet<string> = new Set(['am', 'pm']);

/** "my", "our", "your" before something of one's own. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'your']);

/** Words before a request's verb ("can you please set ..."). */
export const VERB_LEADS: ReadonlySet<string> = new Set(['please', 'can', 'could', 'you', 'would', 'will', 'just', 'also', 'i', 'we', 'want', 'to', 'need', 'hey']);

/**
 * What says an order is a meal or a drink to be made and handed over, not groceries: "order two
 * bubble teas for pickup", "get a large pepperoni delivered", "a latte to go".
 */
export const TAKEOUT_MARKERS: readonly string[] = ['for pickup', 'for pick up', 'for collection', 'for delivery', 'to go', 'to take away', 'for takeaway', 'for takeout',
  'delivered', 'takeout', 'takeaway', 'carryout', 'doordash', 'ubereats', 'uber eats', 'deliveroo', 'grubhub', 'just eat', 'postmates', 'seamless', 'swiggy',
  'zomato', 'drive thru', 'drive through'];

/** Verbs that order a meal: "order", "get me" (with a marker above or a place that is no store after "from"). */
export const MEAL_ORDER_VERBS: ReadonlySet<string> = new Set(['order', 'reorder']);

/** Where a grocery order comes from, said after "from": the stores (lexicon/preferences.ts) and these. */
export const GROCERY_SOURCES: ReadonlySet<string> = new Set(['the', 'a', 'my', 'our', 'store', 'shop', 'shops', 'market', 'supermarket', 'grocery', 'grocer', 'grocers',
  'butcher', 'butchers', 'baker', 'bakery', 'deli', 'farm', 'farmers', 'online', 'there', 'here', 'them', 'it', 'now', 'list', 'cart', 'basket']);
