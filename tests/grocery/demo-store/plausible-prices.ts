/**
 * What a US grocery shelf plausibly charges, per unit, for each category of the demo store: the
 * range runs from a store brand on sale to a premium brand after a price rise, so a product
 * outside it is a mistake a shopper would notice ("taco shells, 12 ct: $49.24"). Written from
 * what stores charge, not from the generator, so the generator can be checked against it.
 *
 * Each row: category, the unit the price is per, the lowest and highest dollars per unit, and
 * optionally the products of the category it is for (by name), for categories that sell unlike
 * things by the count (rolls of foil and boxes of sandwich bags).
 */
import type { DemoProduct } from '../../../src/grocery/demo-store/index.js';

type Per = 'lb' | 'oz' | 'fl oz' | 'ct' | 'pkg';
type Row = readonly [category: string, per: Per, min: number, max: number, only?: RegExp];

const ROWS: readonly Row[] = [
  // Produce
  ['bananas', 'ct', 0.15, 0.6], ['bananas', 'lb', 0.4, 1.5],
  ['apples', 'ct', 0.5, 2], ['apples', 'lb', 0.8, 3],
  ['oranges', 'ct', 0.4, 2], ['oranges', 'lb', 0.8, 2.5],
  ['berries', 'oz', 0.15, 0.7],
  ['grapes', 'lb', 1.2, 4.5],
  ['melons', 'ct', 1.5, 7], ['melons', 'oz', 0.15, 0.45],
  ['lemons and limes', 'ct', 0.25, 1.2], ['lemons and limes', 'lb', 0.8, 3.5],
  ['avocados', 'ct', 0.4, 2.5],
  ['mangoes', 'ct', 0.4, 4.5],
  ['pineapple', 'ct', 1.5, 5], ['pineapple', 'oz', 0.12, 0.45],
  ['peaches and pears', 'ct', 0.4, 2], ['peaches and pears', 'lb', 0.8, 3.5],
  ['potatoes', 'ct', 0.3, 1.5], ['potatoes', 'lb', 0.4, 2.8],
  ['onions', 'lb', 2, 7, /shallot/i], ['onions', 'ct', 0.4, 1.5], ['onions', 'lb', 0.5, 2.5],
  ['tomatoes', 'ct', 0.4, 1.5], ['tomatoes', 'lb', 0.8, 4.5],
  ['peppers', 'ct', 0.4, 2], ['peppers', 'lb', 1, 4],
  ['carrots', 'lb', 0.4, 3],
  ['broccoli', 'ct', 1, 3.5], ['broccoli', 'lb', 1.5, 4.5],
  ['lettuce', 'ct', 1, 4.5],
  ['salad', 'oz', 0.12, 0.6],
  ['spinach', 'oz', 0.15, 0.6], ['spinach', 'ct', 1, 3.5],
  ['cilantro', 'ct', 0.4, 1.5],
  ['herbs', 'oz', 1, 4], ['herbs', 'ct', 0.8, 3.5],
  ['garlic', 'ct', 0.25, 1], ['garlic', 'oz', 0.15, 0.6],
  ['scallions', 'ct', 0.4, 2],
  ['zucchini', 'ct', 0.5, 2.5], ['zucchini', 'lb', 0.8, 2.5],
  ['eggplant', 'ct', 0.8, 3],
  ['cucumbers', 'ct', 0.3, 1.5], ['cucumbers', 'lb', 1, 3.5],
  ['mushrooms', 'oz', 0.12, 0.5],
  ['corn', 'ct', 0.25, 1],
  ['green beans', 'lb', 1, 4.5],
  ['asparagus', 'lb', 1.5, 5],
  ['cauliflower', 'ct', 1.5, 5], ['cauliflower', 'oz', 0.12, 0.4],
  ['cabbage', 'ct', 0.8, 3.5], ['cabbage', 'oz', 0.08, 0.3],
  ['celery', 'ct', 0.8, 3], ['celery', 'oz', 0.1, 0.3],
  // Bakery and deli
  ['bread', 'oz', 0.06, 0.35],
  ['buns', 'ct', 0.1, 0.6],
  ['bagels', 'ct', 0.25, 1],
  ['english muffins', 'ct', 0.25, 0.9],
  ['tortillas', 'ct', 0.06, 0.45],
  ['muffins', 'ct', 0.5, 1.8],
  ['donuts', 'ct', 0.3, 1.2],
  ['cake', 'ct', 0.75, 3, /slices/i], ['cake', 'ct', 4, 25],
  ['bakery cookies', 'ct', 0.1, 0.6],
  ['pie', 'pkg', 3, 15],
  ['lunch meat', 'oz', 0.25, 1.2],
  ['salami', 'oz', 0.35, 1.3],
  ['rotisserie chicken', 'ct', 3.5, 9],
  ['hummus', 'oz', 0.15, 0.6],
  ['fresh salsa', 'oz', 0.12, 0.8],
  // Meat and seafood
  ['ground beef', 'lb', 2.5, 9],
  ['steak', 'lb', 6, 25],
  ['beef roast', 'lb', 4, 12],
  ['pork chops', 'lb', 1.5, 7],
  ['chicken breast', 'lb', 1.5, 7],
  ['chicken thighs', 'lb', 0.9, 5],
  ['ground turkey', 'lb', 2.5, 8],
  ['salmon', 'lb', 4, 16],
  ['shrimp', 'lb', 4, 16],
  ['fish fillets', 'lb', 2.5, 10],
  ['bacon', 'oz', 0.2, 0.75],
  ['sausage', 'oz', 0.18, 0.6],
  ['hot dogs', 'ct', 0.2, 1],
  // Dairy and eggs
  ['milk', 'fl oz', 0.015, 0.09],
  ['flavored milk', 'fl oz', 0.02, 0.3],
  ['plant milk', 'fl oz', 0.025, 0.1],
  ['half and half', 'fl oz', 0.06, 0.25],
  ['cream', 'fl oz', 0.08, 0.3], ['cream', 'oz', 0.12, 0.45],
  ['coffee creamer', 'fl oz', 0.06, 0.25],
  ['eggs', 'ct', 0.1, 0.7],
  ['butter', 'oz', 0.15, 0.65], ['butter', 'ct', 0.8, 2],
  ['cheese', 'oz', 0.12, 0.6],
  ['sliced cheese', 'oz', 0.15, 0.7],
  ['specialty cheese', 'oz', 0.4, 1.5],
  ['cream cheese', 'oz', 0.15, 0.55],
  ['string cheese', 'ct', 0.15, 0.7],
  ['sour cream', 'oz', 0.05, 0.25],
  ['cottage cheese', 'oz', 0.07, 0.3],
  ['yogurt', 'oz', 0.05, 0.3], ['yogurt', 'ct', 0.5, 1.2],
  ['yogurt drinks', 'fl oz', 0.08, 0.4],
  // Frozen
  ['frozen pizza', 'oz', 0.12, 0.6], ['frozen pizza', 'ct', 0.06, 0.3],
  ['frozen meals', 'oz', 0.2, 0.7], ['frozen meals', 'ct', 0.4, 1.2],
  ['chicken nuggets', 'oz', 0.12, 0.45],
  ['frozen vegetables', 'oz', 0.04, 0.2],
  ['frozen fruit', 'oz', 0.1, 0.4],
  ['french fries', 'oz', 0.04, 0.2],
  ['ice cream', 'fl oz', 0.02, 0.45],
  ['frozen desserts', 'ct', 0.15, 1.2],
  ['frozen breakfast', 'ct', 0.15, 2.2],
  ['frozen appetizers', 'ct', 0.2, 2], ['frozen appetizers', 'oz', 0.15, 0.55],
  ['frozen seafood meals', 'oz', 0.2, 0.75],
  // Breakfast
  ['cereal', 'oz', 0.12, 0.55],
  ['oatmeal', 'oz', 0.08, 0.35], ['oatmeal', 'ct', 0.2, 0.7],
  ['granola', 'oz', 0.15, 0.6],
  ['pancake mix', 'oz', 0.05, 0.25],
  ['syrup', 'fl oz', 0.4, 1.4, /maple/i], ['syrup', 'fl oz', 0.06, 0.35],
  ['breakfast bars', 'ct', 0.2, 1.2],
  // Pantry
  ['pasta', 'oz', 0.04, 0.3],
  ['mac and cheese', 'oz', 0.06, 0.45],
  ['rice', 'oz', 0.03, 0.25],
  ['flour', 'oz', 0.02, 0.12],
  ['sugar', 'oz', 0.025, 0.15],
  ['baking mixes', 'oz', 0.04, 0.25],
  ['baking supplies', 'oz', 0.8, 3, /yeast/i], ['baking supplies', 'oz', 0.04, 0.6], ['baking supplies', 'fl oz', 1.5, 6],
  ['chocolate chips', 'oz', 0.15, 0.55],
  ['cooking oil', 'fl oz', 0.03, 0.15], ['cooking oil', 'oz', 0.35, 1],
  ['olive oil', 'fl oz', 0.15, 0.8],
  ['spices', 'oz', 0.25, 3.5],
  ['salt and pepper', 'oz', 0.3, 3, /pepper/i], ['salt and pepper', 'oz', 0.015, 0.9],
  ['peanut butter', 'oz', 0.08, 0.4],
  ['jelly', 'oz', 0.08, 0.5],
  ['nut spreads', 'oz', 0.15, 1],
  ['honey', 'oz', 0.2, 0.8],
  ['canned vegetables', 'oz', 0.025, 0.15],
  ['canned tomatoes', 'oz', 0.03, 0.25],
  ['beans', 'oz', 0.025, 0.15],
  ['canned fruit', 'oz', 0.05, 0.35],
  ['canned tuna', 'oz', 0.12, 0.8],
  ['soup', 'oz', 0.06, 0.3],
  ['broth', 'fl oz', 0.03, 0.15],
  ['ramen', 'oz', 0.03, 0.6],
  ['ketchup', 'oz', 0.06, 0.3],
  ['mustard', 'oz', 0.05, 0.45],
  ['mayonnaise', 'fl oz', 0.08, 0.4],
  ['salad dressing', 'fl oz', 0.08, 0.4],
  ['barbecue sauce', 'oz', 0.05, 0.3], ['barbecue sauce', 'fl oz', 0.1, 0.45],
  ['pickles', 'fl oz', 0.04, 0.3], ['pickles', 'oz', 0.2, 0.6],
  ['pasta sauce', 'oz', 0.04, 0.4],
  ['salsa', 'oz', 0.08, 0.4],
  ['taco kits', 'oz', 0.5, 2.5], ['taco kits', 'ct', 0.06, 0.4],
  ['hispanic foods', 'oz', 0.25, 3.5, /sazon|seasoning/i], ['hispanic foods', 'oz', 0.03, 0.6],
  ['asian foods', 'fl oz', 0.1, 0.6], ['asian foods', 'oz', 0.1, 1.2],
  ['international foods', 'oz', 0.2, 0.9], ['international foods', 'ct', 1, 3],
  // Snacks
  ['potato chips', 'oz', 0.2, 1],
  ['tortilla chips', 'oz', 0.15, 0.7],
  ['snacks', 'oz', 0.2, 0.9], ['snacks', 'ct', 0.3, 1.5],
  ['cookies', 'oz', 0.15, 0.7],
  ['crackers', 'oz', 0.15, 0.8],
  ['candy', 'oz', 0.2, 1.2],
  ['nuts', 'oz', 0.15, 1.2],
  ['fruit snacks', 'ct', 0.1, 0.6],
  ['jerky', 'oz', 1, 3.5], ['jerky', 'ct', 0.3, 1],
  ['dried fruit', 'oz', 0.15, 1],
  ['pudding', 'ct', 0.25, 1.2], ['pudding', 'oz', 0.1, 0.3],
  // Beverages
  ['soda', 'fl oz', 0.015, 0.12],
  ['sparkling water', 'fl oz', 0.02, 0.12],
  ['water', 'fl oz', 0.003, 0.08],
  ['orange juice', 'fl oz', 0.03, 0.15],
  ['juice', 'fl oz', 0.02, 0.25],
  ['sports drinks', 'fl oz', 0.02, 0.2],
  ['energy drinks', 'fl oz', 0.08, 0.4],
  ['coffee', 'oz', 0.25, 1.2], ['coffee', 'ct', 0.3, 1],
  ['instant coffee', 'oz', 0.5, 2], ['instant coffee', 'fl oz', 0.06, 0.25],
  ['tea', 'ct', 0.02, 0.4], ['tea', 'fl oz', 0.05, 0.2],
  ['coffee pods', 'ct', 0.3, 1.25],
  ['kombucha and wellness drinks', 'fl oz', 0.08, 0.35],
  ['drink mixes', 'ct', 0.08, 1.6], ['drink mixes', 'fl oz', 1.5, 3.5],
  ['protein shakes', 'fl oz', 0.1, 0.45], ['protein shakes', 'oz', 0.5, 1.6],
  ['rice and pasta sides', 'oz', 0.1, 0.45],
  ['canned chili', 'oz', 0.06, 0.3],
  // Household
  ['paper towels', 'ct', 0.8, 3.5],
  ['toilet paper', 'ct', 0.3, 1.6],
  ['tissues', 'ct', 0.008, 0.05],
  ['napkins and plates', 'ct', 0.01, 0.25],
  ['trash bags', 'ct', 0.08, 0.6],
  ['food storage', 'ct', 2, 15, /foil|wrap/i], ['food storage', 'ct', 0.02, 0.3],
  ['laundry detergent', 'fl oz', 0.05, 0.3], ['laundry detergent', 'ct', 0.1, 0.45],
  ['fabric softener', 'fl oz', 0.03, 0.2], ['fabric softener', 'ct', 0.02, 0.1],
  ['dish soap', 'fl oz', 0.08, 0.4], ['dish soap', 'ct', 0.08, 0.4],
  ['cleaning supplies', 'ct', 0.03, 0.12, /wipes/i], ['cleaning supplies', 'ct', 0.5, 2], ['cleaning supplies', 'fl oz', 0.05, 0.35], ['cleaning supplies', 'oz', 0.2, 0.6],
  ['batteries and light bulbs', 'ct', 0.5, 3],
  ['air freshener', 'oz', 0.2, 1.2], ['air freshener', 'ct', 2, 6],
  ['pest control', 'oz', 0.25, 2], ['pest control', 'ct', 0.8, 3],
  // Personal care and health
  ['toothpaste', 'oz', 0.25, 2],
  ['oral care', 'fl oz', 0.07, 0.4], ['oral care', 'ct', 1, 5], ['oral care', 'pkg', 2, 8],
  ['deodorant', 'oz', 1, 5],
  ['shampoo', 'fl oz', 0.1, 1],
  ['body wash', 'fl oz', 0.1, 0.7], ['body wash', 'ct', 0.3, 1.5],
  ['shaving', 'ct', 1, 6], ['shaving', 'oz', 0.12, 0.6],
  ['lotion', 'fl oz', 0.2, 1.5], ['lotion', 'oz', 0.5, 1.5],
  ['hair care', 'oz', 0.3, 2], ['hair care', 'fl oz', 0.4, 1.5], ['hair care', 'ct', 0.003, 0.05],
  ['skin care', 'fl oz', 0.35, 6], ['skin care', 'oz', 2, 15], ['skin care', 'ct', 0.15, 0.5, /towelettes|wipes/i], ['skin care', 'ct', 0.8, 3],
  ['feminine care', 'ct', 0.1, 0.5],
  ['pain relief', 'ct', 0.02, 0.2],
  ['cold and allergy', 'ct', 0.15, 1.2],
  ['vitamins', 'ct', 0.03, 0.3],
  ['digestive health', 'ct', 0.015, 1.2], ['digestive health', 'fl oz', 0.5, 1.5], ['digestive health', 'oz', 0.8, 2],
  ['first aid', 'ct', 0.05, 0.4], ['first aid', 'oz', 3, 12], ['first aid', 'fl oz', 0.15, 0.8],
  // Baby and pet
  ['diapers', 'ct', 0.15, 0.6],
  ['baby wipes', 'ct', 0.015, 0.08],
  ['baby formula', 'oz', 0.7, 2.5],
  ['baby food', 'oz', 0.2, 2],
  ['baby care', 'fl oz', 0.15, 0.8], ['baby care', 'oz', 0.5, 2.5],
  ['dog food', 'oz', 0.02, 0.25],
  ['dog treats', 'oz', 0.06, 1.6],
  ['cat food', 'oz', 0.05, 0.5],
  ['cat litter', 'oz', 0.01, 0.08],
  ['pet supplies', 'ct', 0.02, 0.1, /waste bags/i], ['pet supplies', 'ct', 0.15, 0.5, /pads/i], ['pet supplies', 'ct', 0.5, 16], ['pet supplies', 'oz', 0.4, 1.5],
];

/** How much of `per` a product holds, or undefined when its size is not in that unit's dimension. */
function amountIn(p: DemoProduct, per: Per): number | undefined {
  if (per === 'pkg') return p.size ? undefined : 1;
  const s = p.size;
  if (!s) return undefined;
  const n = s.value * s.packCount;
  const weightOz: Record<string, number> = { oz: 1, lb: 16 };
  const volumeFlOz: Record<string, number> = { 'fl oz': 1, gal: 128, qt: 32, pt: 16, l: 33.814, ml: 0.033814 };
  if (per === 'oz' || per === 'lb') return weightOz[s.unit] === undefined ? undefined : (n * weightOz[s.unit]!) / (per === 'lb' ? 16 : 1);
  if (per === 'fl oz') return volumeFlOz[s.unit] === undefined ? undefined : n * volumeFlOz[s.unit]!;
  return s.unit === 'ct' ? n : s.unit === 'dozen' ? n * 12 : undefined;
}

/** One product's price problem, as a sentence; undefined when its prices are plausible. */
export function priceProblem(p: DemoProduct): string | undefined {
  const rows = ROWS.filter((r) => r[0] === p.category && (!r[4] || r[4].test(p.name)));
  // Rows for some of a category's products come first: "Sandwich Bags" is not priced like foil.
  const row = [...rows.filter((r) => r[4]), ...rows.filter((r) => !r[4])].find((r) => amountIn(p, r[1]) !== undefined);
  if (!row) return `${p.name} (${p.category}): no plausible range known for its size`;
  const [, per, min, max] = row;
  const amount = amountIn(p, per)!;
  const prices = [...new Set([...p.history, p.priceCents])];
  const bad = prices.find((c) => c / 100 / amount < min || c / 100 / amount > max);
  if (bad === undefined) return undefined;
  const each = (bad / 100 / amount).toFixed(per === 'fl oz' || per === 'oz' ? 3 : 2);
  return `${p.name} (${p.category}): $${(bad / 100).toFixed(2)} is $${each}/${per}, outside $${min}-$${max}/${per}`;
}

/** Every product whose price, today or on any day of its history, is outside its category's plausible range. */
export function implausiblePrices(products: readonly DemoProduct[]): string[] {
  return products.map(priceProblem).filter((x): x is string => x !== undefined);
}
