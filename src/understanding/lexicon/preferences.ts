/**
 * Diets, food groups avoided, and stores people name.
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { wordTable } from './phrases.js';

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

/** The stores as typed, lower case, with and without the apostrophe ("trader joe's", "trader joes"). */
export const STORE_NAMES: ReadonlySet<string> = new Set(STORES.flatMap((s) => [s.toLowerCase(), s.toLowerCase().replace(/'/g, '')]));
