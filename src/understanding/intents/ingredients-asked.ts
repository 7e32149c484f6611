import type { IntentRule } from '../engine/intent.js';
import { dishOffer } from './support/list-rules.js';

/**
 * The `ingredients_asked` intent: "add the stuff for tacos", "what do I need for lasagna", "I'm making chili tonight": the dish's usual things, offered.
 */
export const ingredientsAskedIntent: IntentRule = { name: 'ingredients_asked', patterns: [
  '[add|get|buy|need|grab|pick up|i need|we need] [the|some|all the|] [stuff|things|ingredients|everything|groceries|what i need|what we need|food|supplies|makings] [for|to make|for making|to cook|to do] {dish}',
  'what [do|would|will|should|else do] [i|we] need [for|to make|for making|to cook|to do] {dish}', '[ingredients|shopping|groceries] for {dish}', '[the|] [stuff|things|everything] for {dish}'],
  build: (s) => dishOffer(s.dish!, false) };
