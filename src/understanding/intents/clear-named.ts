import { call, type IntentRule } from '../engine/intent.js';

/**
 * The `clear_named` intent: "scrap the list", "throw out the whole list": verbs that only clear when a list was named ("toss it" is an item).
 */
export const clearNamedIntent: IntentRule = { name: 'clear_named', patterns: ['[scrap|bin|ditch|trash|toss|throw|chuck|zero|blank|throw away|get rid of|dump|nuke|kill] [out|away|]'],
  build: (_s, env) => (!env.listMentioned ? undefined : { calls: [call(env.list !== undefined ? 'delete_list' : 'clear_list', {}, env)], confidence: 0.85 }) };
