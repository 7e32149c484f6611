/**
 * Words for a kind of food that people use for the one line of that kind on their list: "the
 * fish" for the salmon, "the meat" for the ground beef, "the cheese" for the cheddar. Each kind
 * lists the words a line's name may hold to be of that kind (singular; plurals are compared as such).
 */
import { wordTable } from './phrases.js';

const FISH = ['salmon', 'tuna', 'cod', 'tilapia', 'trout', 'halibut', 'haddock', 'pollock', 'catfish', 'mahi', 'sardine', 'anchovy', 'swordfish', 'snapper',
  'mackerel', 'herring', 'sole', 'bass', 'fish'];
const SEAFOOD = [...FISH, 'shrimp', 'prawn', 'crab', 'lobster', 'scallop', 'mussel', 'clam', 'oyster', 'squid', 'calamari'];
const MEAT = ['beef', 'steak', 'mince', 'chicken', 'pork', 'turkey', 'lamb', 'veal', 'sausage', 'bacon', 'ham', 'brisket', 'chop', 'rib', 'ribs', 'meatball', 'venison'];
const CHEESE = ['cheese', 'cheddar', 'mozzarella', 'parmesan', 'pecorino', 'swiss', 'feta', 'brie', 'gouda', 'provolone', 'colby', 'jack', 'ricotta', 'halloumi',
  'gruyere', 'camembert', 'manchego', 'havarti', 'muenster', 'asiago', 'romano', 'mascarpone', 'burrata', 'paneer', 'queso'];
const BREAD = ['bread', 'loaf', 'baguette', 'sourdough', 'rye', 'roll', 'bun', 'bagel', 'pita', 'ciabatta', 'brioche', 'tortilla', 'wrap', 'naan', 'focaccia'];
const FRUIT = ['apple', 'banana', 'orange', 'grape', 'pear', 'peach', 'plum', 'mango', 'pineapple', 'melon', 'watermelon', 'kiwi', 'berry', 'strawberry',
  'blueberry', 'raspberry', 'cherry', 'lemon', 'lime', 'grapefruit', 'nectarine', 'apricot', 'clementine', 'tangerine', 'papaya', 'fig', 'pomegranate'];
const GREENS = ['spinach', 'kale', 'lettuce', 'arugula', 'rocket', 'chard', 'cabbage', 'greens', 'romaine'];
const PASTA = ['pasta', 'spaghetti', 'penne', 'fusilli', 'linguine', 'fettuccine', 'macaroni', 'rigatoni', 'lasagna', 'noodle', 'orzo', 'farfalle', 'tagliatelle'];
const RICE = ['rice', 'basmati', 'jasmine', 'arborio'];
const NUTS = ['nut', 'almond', 'walnut', 'pecan', 'cashew', 'peanut', 'pistachio', 'hazelnut', 'macadamia'];
const DRINKS = ['soda', 'cola', 'coke', 'pepsi', 'sprite', 'lemonade', 'juice', 'water', 'seltzer', 'tea', 'coffee', 'beer', 'wine', 'kombucha'];

/** A kind word (singular) and the words a line of that kind holds. */
export const KIND_MEMBERS: Readonly<Record<string, readonly string[]>> = wordTable({
  fish: FISH,
  seafood: SEAFOOD,
  meat: MEAT,
  protein: [...MEAT, ...SEAFOOD, 'tofu', 'tempeh'],
  poultry: ['chicken', 'turkey', 'duck'],
  cheese: CHEESE,
  bread: BREAD,
  fruit: FRUIT,
  greens: GREENS,
  pasta: PASTA,
  noodles: PASTA,
  rice: RICE,
  nut: NUTS,
  drink: DRINKS,
  booze: ['beer', 'wine', 'vodka', 'gin', 'rum', 'whiskey', 'tequila', 'seltzer', 'cider'],
});
