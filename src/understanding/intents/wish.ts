import { call, itemArgs, UNKNOWN_ITEM, type IntentRule } from '../engine/intent.js';
import { isNounPhrase } from '../engine/items.js';
import { WISH_WORDS } from '../lexicon/index.js';

/**
 * The `wish` intent: "some tortillas would be good", "a melon would be nice": a thing wished for
 * rather than asked for, so it is put to the person first ("Add tortillas to your list?"), never
 * written on a guess.
 */
export const wishIntent: IntentRule = { name: 'wish', patterns: [`{x} would be ${WISH_WORDS} [to have|to get|this week|]`],
  build: (s, env) => {
    const parse = env.items(s.x!);
    if (!parse.items.length || !parse.items.every((i) => isNounPhrase(i.name))) return undefined;
    return { calls: [call('add_to_list', { items: parse.items.map((i) => itemArgs(i)) }, env)], confidence: UNKNOWN_ITEM };
  } };
