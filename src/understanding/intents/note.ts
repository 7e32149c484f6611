import { call, SURE, type IntentRule } from '../engine/intent.js';
import { phraseOf } from '../engine/items.js';

/**
 * The `note` intent: "add a note to the milk: organic": a note on a line.
 */
export const noteIntent: IntentRule = { name: 'note', patterns: ['[add|put|leave|write|make|stick|attach|] [a|the|] note [to|on|for|about] {x} , {y}', '[add|put|leave|write|make|stick|attach|] [a|the|] note [to|on|for|about] {x} [saying|that says|reading|:] {y}'],
  build: (s, env) => {
    const name = phraseOf(s.x!);
    const note = phraseOf(s.y!.filter((t) => t !== ','));
    return name && note ? { calls: [call('update_list_item', { name, note }, env)], confidence: SURE } : undefined;
  } };
