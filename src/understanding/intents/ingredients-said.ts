import type { IntentEnv, IntentRule, Outcome } from '../engine/intent.js';
import { groceryThing } from '../engine/grocery-gate.js';
import { dishOffer } from './support/list-rules.js';
import { HOUSEHOLD_SUBJECTS, PEOPLE_OWNERS } from '../lexicon/index.js';

/**
 * The `ingredients_said` intent: Said rather than asked ("I'm making chili tonight", "I want to make smoothies", once its opener
 * is dropped "make smoothies"): only a dish the table knows.
 */
export const ingredientsSaidIntent: IntentRule = { name: 'ingredients_said', patterns: [
  '[i want|we want|i will need|we will need|i am going to need|we are going to need] [the|some|all the|] [stuff|things|ingredients|everything|groceries|what i need|what we need|food|supplies|makings] [for|to make|for making|to cook|to do] {dish}',
  '[i am|we are|i will be|we will be|i am going to be|we are going to be] [making|cooking|doing|having|hosting|throwing] {dish}', '[i|we] [want|would like|plan|are planning|am planning] to [make|cook|do|have|host|throw] {dish}',
  '[make|cook|bake] {dish}',
  // "my daughter wants to make pancakes", "the kids are baking cookies": a plan of the household's.
  `[${HOUSEHOLD_SUBJECTS.join('|')}] [wants|want|would like|plans|is planning|are planning] to [make|cook|bake|do|have] {dish}`,
  `[${HOUSEHOLD_SUBJECTS.join('|')}] [is|are] [making|cooking|baking] {dish}`],
  build: (s, env) => dishOffer(s.dish!, true) ?? plannedDish(s.dish!, env) };

/**
 * "I'm making cottage pie on friday": a plan with a dish the recipe table does not know is not
 * a request to write anything; when the dish ends in a food the catalog sells, its ingredients are
 * offered, at a confidence that puts the offer to the person first.
 */
function plannedDish(dish: readonly string[], env: IntentEnv): Outcome | undefined {
  if (env.tokens[0] !== 'i' && env.tokens[0] !== 'we' && !PEOPLE_OWNERS.includes(env.tokens[0]!)) return undefined;
  const offer = dishOffer(dish, false);
  const name = offer?.calls[0]?.args.dish;
  if (typeof name !== 'string' || name.split(' ').length > 3 || !groceryThing(name, env.vocab)) return undefined;
  return { ...offer!, confidence: 0.7 };
}
