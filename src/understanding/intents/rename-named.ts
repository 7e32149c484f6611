import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';
import { WHAT_IS_ON_IT } from '../lexicon/index.js';

/**
 * The `rename_named` intent: "call the party list birthday instead", "the thanksgiving list should be called friendsgiving".
 */
export const renameNamedIntent: IntentRule = { name: 'rename_named', patterns: ['[call|name|retitle|rename] [it|] {name} [instead|]', '[should be|will be|is now|is going to be|can be] [called|named|renamed] {name}', 'give [it|] a new name [,|] {name}', 'rename [it|] [to|as] {name}'],
  build: (s, env) => {
    const said = s.name!.filter((t) => t !== ',');
    // "name the items on my list", "name everything on it": what is on it, asked for.
    if (said.every((w) => WHAT_IS_ON_IT.has(w))) return undefined;
    const name = phraseOf(said);
    if (!env.listMentioned || !name) return undefined;
    return { calls: [{ name: 'rename_list', args: env.list !== undefined ? { list: env.list, name } : { name } }], confidence: SURE };
  } };
