import type { IntentRule } from '../engine/intent.js';
import { dishOffer } from './support/list-rules.js';

/**
 * The `ingredients_said` intent: Said rather than asked ("I'm making chili tonight", "I want to make smoothies", once its opener
 * is dropped "make smoothies"): only a dish the table knows.
 */
export const ingredientsSaidIntent: IntentRule = { name: 'ingredients_said', patterns: [
  '[i want|we want|i will need|we will need|i am going to need|we are going to need] [the|some|all the|] [stuff|things|ingredients|everything|groceries|what i need|what we need|food|supplies|makings] [for|to make|for making|to cook|to do] {dish}',
  '[i am|we are|i will be|we will be|i am going to be|we are going to be] [making|cooking|doing|having|hosting|throwing] {dish}', '[i|we] [want|would like|plan|are planning|am planning] to [make|cook|do|have|host|throw] {dish}',
  '[make|cook|bake] {dish}'],
  build: (s) => dishOffer(s.dish!, true) };
