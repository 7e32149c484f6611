import { call, SURE, type IntentRule } from '../engine/intent.js';
import { SCALE_WORDS } from '../lexicon/index.js';
import { lineMeant } from '../engine/list-lines.js';

/**
 * The `scale` intent: "double the bananas", "triple the rice", "halve the chicken": the amount of
 * a line on the list, times a factor. Only for a thing on the list; the amount is read from it.
 */
export const scaleIntent: IntentRule = {
  name: 'scale',
  patterns: ['[please|] [double|triple|quadruple|halve|double up on|double up] [the|my|our|] {x} [please|]', '[please|] [double|triple|halve] [it|them|that] [please|]'],
  build: (s, env) => {
    const word = env.tokens.find((t) => SCALE_WORDS[t] !== undefined);
    const factor = word === undefined ? undefined : SCALE_WORDS[word];
    if (factor === undefined) return undefined;
    const parse = s.x && !/^(it|them|that)$/.test(s.x.join(' ')) ? env.items(s.x) : undefined;
    const name = parse ? (parse.items.length === 1 && parse.items[0]!.quantity === undefined ? parse.items[0]!.name : undefined) : env.context.lastItems?.[0]?.name;
    if (!name) return undefined;
    // "double up on the fish": the one line of that kind (the salmon), named as the list has it.
    const found = lineMeant(name, env.context);
    const line = found;
    // "double the milk" with no milk on the list: say so rather than guess.
    if (!line) return env.context.onList ? { calls: [], confidence: SURE, reply: `${name[0]!.toUpperCase()}${name.slice(1)} isn't on your list, so there is nothing to ${word}. Say "add ${name}" to put some on.` } : undefined;
    const quantity = Math.max(1, Math.round(line.quantity * factor * 100) / 100);
    return { calls: [call('update_list_item', line.unit ? { name: line.name, quantity, unit: line.unit } : { name: line.name, quantity }, env)], confidence: SURE };
  },
};
