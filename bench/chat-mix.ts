/**
 * What 100 people say while keeping long lists, for bench/ws-mix.ts and bench/turn-cost.ts: a
 * pool of distinct realistic messages of twelve kinds (adds with amounts and units, more of
 * something already there, removals, views, "do I have", totals, price questions, changes of
 * amount, check-offs, undo, deals, substitutes), all understood offline over the demo store.
 *
 * Not a bench module itself (it exports no `run`).
 */

/** Things people buy; most are in the demo store, a few are not (they go on the list as written). */
export const ITEMS: readonly string[] = [
  'milk', 'eggs', 'bread', 'butter', 'cheddar cheese', 'yogurt', 'apples', 'bananas',
  'grapes', 'onions', 'potatoes', 'tomatoes', 'lettuce', 'carrots', 'chicken breasts', 'ground beef',
  'bacon', 'rice', 'pasta', 'cereal', 'coffee', 'orange juice', 'chips', 'cookies',
  'paper towels', 'toilet paper', 'laundry detergent', 'dish soap', 'peanut butter', 'grape jelly', 'salsa', 'ketchup',
  'mustard', 'flour', 'sugar', 'olive oil', 'ice cream', 'frozen pizza', 'soda', 'bottled water',
  'spinach', 'broccoli', 'cauliflower', 'celery', 'cucumbers', 'zucchini', 'bell peppers', 'jalapenos',
  'garlic', 'ginger', 'lemons', 'limes', 'oranges', 'strawberries', 'blueberries', 'raspberries',
  'avocados', 'mangoes', 'pineapple', 'watermelon', 'cantaloupe', 'peaches', 'pears', 'plums',
  'kiwi', 'sweet potatoes', 'mushrooms', 'green beans', 'corn', 'peas', 'asparagus', 'kale',
  'cabbage', 'radishes', 'cilantro', 'parsley', 'basil', 'pork chops', 'chicken thighs', 'turkey breast',
  'ham', 'salami', 'hot dogs', 'sausage', 'salmon', 'shrimp', 'tilapia', 'tuna',
  'sour cream', 'cream cheese', 'cottage cheese', 'mozzarella', 'parmesan', 'swiss cheese', 'heavy cream', 'half and half',
  'almond milk', 'oat milk', 'brown eggs', 'english muffins', 'bagels', 'tortillas', 'hamburger buns', 'hot dog buns',
  'croissants', 'muffins', 'donuts', 'brown rice', 'quinoa', 'oatmeal', 'granola', 'pancake mix',
  'maple syrup', 'honey', 'jam', 'black beans', 'kidney beans', 'chickpeas', 'lentils', 'tomato sauce',
  'diced tomatoes', 'tomato paste', 'chicken broth', 'beef broth', 'vegetable broth', 'spaghetti sauce', 'macaroni and cheese', 'ramen',
  'canned corn', 'canned peas', 'tuna cans', 'mayonnaise', 'ranch dressing', 'italian dressing', 'soy sauce', 'hot sauce',
  'bbq sauce', 'vinegar', 'vegetable oil', 'baking soda', 'baking powder', 'vanilla extract', 'cinnamon', 'black pepper',
  'salt', 'paprika', 'cumin', 'oregano', 'chili powder', 'brown sugar', 'powdered sugar', 'chocolate chips',
  'crackers', 'pretzels', 'popcorn', 'tortilla chips', 'granola bars', 'trail mix', 'almonds', 'peanuts',
  'cashews', 'walnuts', 'raisins', 'applesauce', 'fruit cups', 'pudding', 'jello', 'frozen peas',
  'frozen corn', 'frozen broccoli', 'frozen berries', 'frozen waffles', 'frozen burritos', 'fish sticks', 'chicken nuggets', 'french fries',
  'tater tots', 'frozen lasagna', 'ice pops', 'sparkling water', 'apple juice', 'cranberry juice', 'lemonade', 'iced tea',
  'sports drinks', 'energy drinks', 'beer', 'wine', 'tea bags', 'hot chocolate', 'creamer', 'dish detergent',
  'sponges', 'trash bags', 'aluminum foil', 'plastic wrap', 'zip bags', 'napkins', 'paper plates', 'plastic cups',
  'bleach', 'glass cleaner', 'all purpose cleaner', 'fabric softener', 'dryer sheets', 'hand soap', 'shampoo', 'conditioner',
  'body wash', 'toothpaste', 'toothbrushes', 'dental floss', 'mouthwash', 'deodorant', 'razors', 'shaving cream',
  'cotton swabs', 'tissues', 'band aids', 'ibuprofen', 'vitamins', 'sunscreen', 'lotion', 'diapers',
  'baby wipes', 'baby food', 'formula', 'dog food', 'cat food', 'cat litter', 'dog treats', 'birthday candles',
  'light bulbs', 'batteries', 'charcoal', 'matches', 'flowers', 'greeting card', 'rotisserie chicken', 'deli turkey',
  'sliced cheese', 'hummus', 'pita bread', 'guacamole', 'pesto', 'feta cheese', 'goat cheese', 'string cheese',
  'pickles', 'olives', 'sauerkraut',
];

/** How a person asks for a new thing, with amounts and units. */
const ADD_FORMS = [
  (i: string) => `add ${i}`,
  (i: string) => `add 2 ${i}`,
  (i: string) => `add 3 lb of ${i}`,
  (i: string) => `put ${i} on my list`,
  (i: string) => `I need 2 bags of ${i}`,
  (i: string) => `add some ${i} please`,
];

/** The message kinds of the mix, each a template over an item (or none). */
export const KINDS = {
  add: (i: string, n: number) => ADD_FORMS[n % ADD_FORMS.length]!(i),
  more: (i: string) => `add one more ${i}`,
  remove: (i: string, n: number) => (n % 2 === 0 ? `remove the ${i}` : `take the ${i} off`),
  view: (_: string, n: number) => ["what's on my list?", 'show me my list', 'what do I need to buy?'][n % 3]!,
  have: (i: string, n: number) => (n % 2 === 0 ? `do I have ${i}?` : `is ${i} on my list?`),
  total: (_: string, n: number) => ['how much is my list?', "what's my total?"][n % 2]!,
  price: (i: string, n: number) => (n % 2 === 0 ? `how much is ${i}?` : `price of ${i}`),
  set: (i: string, n: number) => (n % 2 === 0 ? `make the ${i} 3` : `change the ${i} to 2`),
  check: (i: string) => `check off the ${i}`,
  undo: () => 'undo',
  deals: (i: string, n: number) => (n % 2 === 0 ? `is ${i} on sale?` : 'any deals on my list?'),
  cheaper: (i: string) => `something cheaper than ${i}`,
} as const;

export type Kind = keyof typeof KINDS;

/**
 * How often each kind comes up in 40 messages: mostly adds (a list being built) and looking at
 * the list, then the rest. Adds of new things outnumber removals, so lists keep growing.
 */
const MIX: readonly [Kind, number][] = [
  ['add', 12], ['more', 3], ['remove', 4], ['view', 4], ['have', 3], ['total', 2],
  ['price', 3], ['set', 2], ['check', 2], ['undo', 1], ['deals', 2], ['cheaper', 2],
];

/** Every distinct message the mix can send (the figure `ws_mix_distinct_messages`). */
export function distinctMessages(scripts: readonly (readonly string[])[]): number {
  return new Set(scripts.flat()).size;
}

/**
 * Client `client`'s script: first `fill` adds of different things (its list grows to about that
 * many lines), then `length` messages of the mix. Each client walks the items in its own order,
 * and the mix speaks of things already on its list (removals, changes) or new ones (adds).
 * Deterministic: the same client always says the same things.
 */
export function clientScript(client: number, fill: number, length: number): string[] {
  const order = ITEMS.map((_, k) => ITEMS[(k * 37 + client * 11) % ITEMS.length]!);
  const out: string[] = [];
  for (let k = 0; k < fill; k++) out.push(KINDS.add(order[k % order.length]!, k + client));
  const kinds = MIX.flatMap(([kind, n]) => Array.from({ length: n }, () => kind));
  let added = fill;
  for (let k = 0; k < length; k++) {
    const kind = kinds[(k * 7 + client) % kinds.length]!;
    // A new thing for adds; something added a while ago for the rest.
    const item = kind === 'add' ? order[added++ % order.length]! : order[(k * 13 + client) % Math.max(1, added)]!;
    out.push(KINDS[kind](item, k + client));
  }
  return out;
}

/** A script of one kind only, over items already on the list (or new ones for adds), for per-kind cost. */
export function kindScript(kind: Kind, client: number, from: number, length: number): string[] {
  const order = ITEMS.map((_, k) => ITEMS[(k * 37 + client * 11) % ITEMS.length]!);
  return Array.from({ length }, (_, k) => KINDS[kind](order[(from + k) % order.length]!, k));
}
