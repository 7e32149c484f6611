import { call, SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `remove_checked` intent: "clear the checked items", "take off what we bought": the checked-off lines go.
 */
export const removeCheckedIntent: IntentRule = { name: 'remove_checked', patterns: ['[remove|delete|clear|clear off|clear away|strike off|bin|clear out|clean up|clean out|take off|take out|get rid of|drop|scratch|wipe|cross off|remove all|delete all|clear all] [the|all the|all of the|everything|everything that is|all|] [checked|checked off|ticked|ticked off|done|crossed off|bought|purchased|completed|finished] [items|ones|things|stuff|lines|]',
  '[remove|delete|clear|take off|get rid of] [what|everything|the stuff|the things|whatever] [i|we|you] [bought|got|checked|checked off|already got|already bought|picked up|ticked off] [today|this time|earlier|already|]', '[clear|remove|delete] [completed|checked|done]',
  '[take|get] [the|all the|] [checked|checked off|ticked|ticked off|done|crossed off|bought] [items|ones|things|stuff] [off|out|off the list]'],
  build: (_s, env) => ({ calls: [call('remove_checked', {}, env)], confidence: SURE }) };
