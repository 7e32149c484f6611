/**
 * What people usually buy for a dish: the handful of things a shopping list for it holds, named the
 * way a person would put them on a list. Not a cookbook: staples most kitchens have (salt, oil,
 * pepper) are left out, and each dish has the names people call it by.
 */

/** One dish: what it is called and what goes on the list for it. */
export interface Dish {
  name: string;
  /** Other ways people name it: "taco night", "spag bol". */
  aliases: readonly string[];
  items: readonly string[];
}

export const DISHES: readonly Dish[] = [
  { name: 'tacos', aliases: ['taco', 'taco night', 'taco tuesday'], items: ['taco shells', 'ground beef', 'taco seasoning', 'shredded cheese', 'lettuce', 'tomatoes', 'salsa', 'sour cream'] },
  { name: 'lasagna', aliases: ['lasagne'], items: ['lasagna noodles', 'ground beef', 'marinara sauce', 'ricotta', 'mozzarella', 'parmesan'] },
  { name: 'spaghetti', aliases: ['spaghetti and meatballs', 'spaghetti bolognese', 'spag bol', 'pasta night'], items: ['spaghetti', 'ground beef', 'marinara sauce', 'parmesan', 'garlic', 'onion'] },
  { name: 'pancakes', aliases: ['pancake', 'pancake breakfast'], items: ['pancake mix', 'eggs', 'milk', 'butter', 'maple syrup'] },
  { name: 'chili', aliases: ['chilli', 'chili con carne'], items: ['ground beef', 'kidney beans', 'diced tomatoes', 'onion', 'chili powder', 'shredded cheese'] },
  { name: 'burgers', aliases: ['burger', 'hamburgers', 'cheeseburgers', 'burger night'], items: ['ground beef', 'hamburger buns', 'cheese slices', 'lettuce', 'tomatoes', 'onion', 'ketchup', 'mustard'] },
  { name: 'pizza', aliases: ['homemade pizza', 'pizza night'], items: ['pizza dough', 'pizza sauce', 'mozzarella', 'pepperoni'] },
  { name: 'grilled cheese', aliases: ['grilled cheese sandwiches'], items: ['bread', 'cheese slices', 'butter'] },
  { name: 'mac and cheese', aliases: ['macaroni and cheese', 'homemade mac and cheese'], items: ['elbow macaroni', 'cheddar cheese', 'milk', 'butter'] },
  { name: 'guacamole', aliases: ['guac'], items: ['avocados', 'limes', 'cilantro', 'onion', 'tomatoes', 'jalapenos'] },
  { name: 'french toast', aliases: [], items: ['bread', 'eggs', 'milk', 'cinnamon', 'maple syrup'] },
  { name: 'omelette', aliases: ['omelettes', 'omelet', 'omelets'], items: ['eggs', 'cheese', 'bell peppers', 'ham', 'onion'] },
  { name: 'stir fry', aliases: ['stir-fry', 'chicken stir fry'], items: ['chicken breast', 'broccoli', 'bell peppers', 'soy sauce', 'rice'] },
  { name: 'chicken noodle soup', aliases: ['chicken soup'], items: ['chicken breast', 'egg noodles', 'carrots', 'celery', 'onion', 'chicken broth'] },
  { name: 'salad', aliases: ['a salad', 'green salad', 'side salad'], items: ['lettuce', 'tomatoes', 'cucumbers', 'carrots', 'salad dressing'] },
  { name: 'smoothies', aliases: ['smoothie', 'fruit smoothies'], items: ['bananas', 'strawberries', 'yogurt', 'orange juice'] },
  { name: 'sandwiches', aliases: ['sandwich', 'lunches', 'school lunches', 'packed lunches'], items: ['bread', 'turkey', 'cheese slices', 'lettuce', 'mayonnaise'] },
  { name: 'chocolate chip cookies', aliases: ['cookies', 'baking cookies'], items: ['flour', 'sugar', 'brown sugar', 'butter', 'eggs', 'chocolate chips', 'vanilla extract'] },
  { name: 'brownies', aliases: [], items: ['brownie mix', 'eggs', 'vegetable oil'] },
  { name: 'bbq', aliases: ['a bbq', 'a barbecue', 'barbecue', 'cookout', 'a cookout'], items: ['hot dogs', 'hot dog buns', 'ground beef', 'hamburger buns', 'potato chips', 'ketchup', 'mustard', 'soda'] },
  { name: 'breakfast', aliases: ['a big breakfast', 'brunch'], items: ['eggs', 'bacon', 'bread', 'orange juice', 'coffee'] },
  { name: 'fajitas', aliases: ['fajita night', 'chicken fajitas'], items: ['chicken breast', 'bell peppers', 'onion', 'tortillas', 'fajita seasoning', 'sour cream'] },
  { name: 'mashed potatoes', aliases: [], items: ['potatoes', 'butter', 'milk'] },
  { name: 'thanksgiving dinner', aliases: ['thanksgiving'], items: ['turkey', 'stuffing mix', 'potatoes', 'cranberry sauce', 'green beans', 'dinner rolls', 'pumpkin pie'] },
  { name: 'movie night', aliases: ['a movie night'], items: ['popcorn', 'candy', 'soda'] },
];

const BY_NAME = new Map<string, Dish>();
for (const d of DISHES) for (const n of [d.name, ...d.aliases]) BY_NAME.set(n, d);

/** The dish a phrase names ("taco night", "the lasagna", "making pancakes"), or undefined. */
export function findDish(phrase: string): Dish | undefined {
  const words = phrase.toLowerCase().replace(/[^a-z\s'-]/g, ' ').split(/\s+/).filter((w) => w && !/^(a|an|the|some|my|our|making|make|to|homemade|tonight|tomorrow|this|week|weekend|dinner|lunch)$/.test(w));
  const key = words.join(' ');
  return BY_NAME.get(key) ?? BY_NAME.get(key.replace(/s$/, '')) ?? BY_NAME.get(`${key}s`) ?? (key.endsWith(' dinner') ? undefined : BY_NAME.get(`${key} dinner`));
}
