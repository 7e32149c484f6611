import { SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';
import { WHAT_IS_ON_IT } from '../lexicon/index.js';

/**
 * The `rename` intent: "rename my list to weekly": a list's new name, said with "list".
 */
export const renameIntent: IntentRule = { name: 'rename', patterns: ['rename [my|the|our|this|] [list|it|] [to|as] {name}', 'rename [my|the|our|] {old} list [to|as] {name}', '[call|name] [my|the|this|our] list {name}',
  'change [the|my|this|] list name to {name}', '[change|switch|update|set] the name of [my|the|our|this] [list|] to {name}', '[change|switch|update|set] the name of [my|the|our] {old} list to {name}',
  '[change|switch|update] [my|the|our] list\'s name to {name}', '[change|switch|update] [the|my|our] {old} list name to {name}', 'rename {old} [to|as] {name}', 'retitle [my|the|our|this] list {name}'],
  build: (s) => {
    // "name the items on my list": what is on it, asked for, not a new name.
    if (s.name!.every((w) => WHAT_IS_ON_IT.has(w))) return undefined;
    const name = phraseOf(s.name!);
    const args: Record<string, unknown> = s.old ? { list: phraseOf(s.old), name } : { name };
    return name ? { calls: [{ name: 'rename_list', args }], confidence: SURE } : undefined;
  } };
