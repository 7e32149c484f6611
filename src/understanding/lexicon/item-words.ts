/**
 * Words of the item grammar: what a thing's name does not start with, generic words for things, recipe measures, words that modify a name, words of a clause, and of asking again.
 */
/** Words that start an item phrase but are not part of the thing ("some milk", "the eggs"). */
export const LEADING_DROP: ReadonlySet<string> = new Set(['then', 'the', 'some', 'whatever', 'whichever', 'any', 'my', 'our', 'your', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'of', 'more', 'extra', 'additional', 'also', 'and', 'just', 'like', 'maybe', 'probably', 'definitely', 'also,']);

/** Words before an amount said after its thing that only soften it: "salmon, maybe like a pound", "rice, just one bag", "frozen peas like two bags". */
export const AMOUNT_HEDGES: ReadonlySet<string> = new Set(['just', 'only', 'like', 'maybe', 'perhaps', 'probably', 'about', 'around', 'roughly', 'approximately', 'approx', 'say', 'uh', 'um']);

/** Words a place starts with, never a thing: "i buy from the market", "at the corner shop". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'at', 'in', 'to']);

/** Words for "some things" that may introduce a list of them. */
export const GENERIC_THINGS: ReadonlySet<string> = new Set(['stuff', 'things', 'some things', 'some stuff', 'a few things', 'items', 'groceries', 'bits', 'a few bits', 'the following', 'following', 'these']);

/** Amount words that say "a lot" without a number: dropped, the item has no stated quantity. */
/**
 * A recipe's measures before a thing ("1 tsp baking soda", "2 tbsp of olive oil", "a pinch of
 * salt"): what the dish takes, not what to buy; the thing goes on the list without an amount.
 */
export const RECIPE_MEASURES: ReadonlySet<string> = new Set(['tsp', 'tsps', 'teaspoon', 'teaspoons', 'tbsp', 'tbsps', 'tbs', 'tablespoon', 'tablespoons', 'pinch', 'pinches', 'dash', 'dashes',
  'sprig', 'sprigs', 'splash']);

/** Food words that usually modify the next one ("chicken soup", "cheese pizza"), so two known words in a row stay one item. */
export const NAME_MODIFIERS: ReadonlySet<string> = new Set(['chicken', 'beef', 'pork', 'turkey', 'ham', 'cheese', 'chocolate', 'strawberry', 'vanilla', 'tomato', 'apple', 'orange', 'peanut', 'potato', 'corn', 'rice', 'egg', 'cream', 'garlic', 'onion', 'lemon', 'lime', 'coconut', 'almond', 'fish', 'ice', 'bean', 'mushroom', 'banana', 'cinnamon', 'honey', 'maple', 'pizza', 'taco', 'salad', 'fruit', 'sausage', 'bacon', 'coffee', 'tea', 'butter', 'sour', 'cream cheese', 'grape', 'blueberry', 'raspberry', 'peach', 'pumpkin', 'carrot', 'spinach', 'veggie', 'vegetable', 'oat', 'soy', 'bread', 'pasta', 'hot', 'sweet', 'frozen', 'tortilla', 'canned', 'baby', 'dog', 'cat', 'paper', 'toilet', 'dish', 'hand', 'laundry', 'trash', 'garbage', 'sandwich', 'hamburger', 'hot dog', 'cookie', 'sugar', 'salt', 'pepper', 'cherry', 'pineapple', 'mango', 'avocado', 'milk chocolate', 'protein', 'granola', 'breakfast', 'cereal', 'yogurt', 'cheddar', 'mozzarella', 'tuna', 'salmon', 'shrimp', 'steak', 'ground', 'lunch', 'deli', 'snack']);

/** Number words that may start an amount in the middle of a phrase ("milk two bottles", "tuna two boxes of pasta"). */
export const SMALL_NUMBER_WORDS: ReadonlySet<string> = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);


/** Words for a part of a unit that may start an amount after a thing's name: "brinjal half kg", "cheese quarter pound". */
export const FRACTION_WORDS: ReadonlySet<string> = new Set(['half', 'quarter']);

/** Words a thing's name never contains: verbs of a sentence, question words, pronouns. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am', 'be', 'been', 'do', 'does', 'did', 'has', 'had', 'can', 'could', 'will', 'would',
  'should', 'who', 'what', 'where', 'when', 'why', 'how', 'which', 'i', 'we', 'you', 'he', 'she', 'they', 'me', 'us', 'him', 'them', 'it', 'won',
  'turn', 'tell', 'let', 'not', 'there', 'here', 'did', 'going']);

export const INNER_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'their', 'this', 'that', 'these', 'those']);

/** Verbs that put a thing on the list. */
export const ASK_VERBS: ReadonlySet<string> = new Set(['add', 'get', 'buy', 'grab', 'need', 'want', 'put']);

/** What may follow such a verb and still name nothing new ("add it on", "need another one", "get some more"). */
export const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'them', 'that', 'those', 'this', 'these', 'one', 'another', 'more', 'some', 'on', 'in', 'to', 'the', 'list', 'there', 'too', 'again', 'a', 'new', 'please']);

/** Words that ask for the same thing once more. */
export const ONCE_MORE: ReadonlySet<string> = new Set(['more', 'another', 'again']);

/** Words that name a collection of things rather than a thing. */
export const HEADING_WORDS: ReadonlySet<string> = new Set(['stuff', 'things', 'items', 'ingredients', 'everything', 'groceries', 'supplies', 'bits']);

/** Sizes said of a package before its unit ("a small bottle of", "two big bags of"). */
export const PACKAGE_SIZES: ReadonlySet<string> = new Set(['small', 'large', 'big', 'little', 'medium', 'huge', 'giant', 'jumbo', 'mini', 'tiny', 'massive']);

/** Words of how much there is, which name no thing: "we got a huge bag", "we have plenty", "there's loads left". */
export const AMOUNT_ONLY_WORDS: ReadonlySet<string> = new Set(['plenty', 'loads', 'lots', 'lot', 'tons', 'heaps', 'enough', 'some', 'of', 'left', 'still', 'already',
  'at', 'home', 'more', 'spare', 'extra', 'full', 'whole', 'new', 'fresh', 'unopened', 'another', 'in', 'the', 'house', 'pantry', 'fridge', 'freezer', 'cupboard', 'just', 'only']);

/** An amount said for every thing named before it: "chips and salsa, 2 of each", "apples and pears, 3 bags apiece". */
export const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'of each', 'each one', 'each of them', 'each of those', 'of both', 'apiece', 'a piece', 'per item', 'for each',
  // "onions, 3 of em": the amount of the thing just named.
  'them', 'em', 'of them', 'of em', 'those', 'of those']);

/** "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/** Words that end a description of which of a thing ("the green kind", "the big pack"). */
export const WHICH_OF_WORDS: ReadonlySet<string> = new Set(['one', 'ones', 'kind', 'kinds', 'type', 'sort', 'variety', 'brand', 'pack', 'size', 'version']);

/** Words after "the ..." that make it say which kind of the thing before: "hummus, the roasted red pepper one", "salsa the mild kind". */
export const WHICH_KIND_NOUNS: ReadonlySet<string> = new Set(['one', 'ones', 'kind', 'type', 'sort', 'variety', 'flavor', 'flavour']);
/** Words that end the thing before such a "the ... one": where a request or a list of things goes on. */
export const BEFORE_A_THING: ReadonlySet<string> = new Set(['and', 'also', 'plus', 'add', 'get', 'need', 'want', 'some', 'a', 'an', 'okay', 'ok', 'so', 'oh']);
