import type { IntentRule } from '../engine/intent.js';
import { addItems } from './support/list-actions.js';

/**
 * The `list_should_have` intent: "my shopping list should have carrots on it", "the costco list
 * needs to include paper towels": what a list the message names ought to hold. Without a list
 * named ("needs to have more protein") it says nothing about one.
 */
export const listShouldHaveIntent: IntentRule = { name: 'list_should_have',
  patterns: ['[should|needs to|must|has to|ought to|should also|needs to also] [have|include|contain|hold] {x} [on it|in it|on there|in there|as well|too|]'],
  build: (s, env) => (env.listMentioned ? addItems(s.x!, env) : undefined) };
