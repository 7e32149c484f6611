import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';

/**
 * The `rename_named` intent: "call the party list birthday instead", "the thanksgiving list should be called friendsgiving".
 */
export const renameNamedIntent: IntentRule = { name: 'rename_named', patterns: ['[call|name|retitle|rename] [it|] {name} [instead|]', '[should be|will be|is now|is going to be|can be] [called|named|renamed] {name}', 'give [it|] a new name [,|] {name}', 'rename [it|] [to|as] {name}'],
  build: (s, env) => {
    const name = phraseOf(s.name!.filter((t) => t !== ','));
    if (!env.listMentioned || !name) return undefined;
    return { calls: [{ name: 'rename_list', args: env.list !== undefined ? { list: env.list, name } : { name } }], confidence: SURE };
  } };
