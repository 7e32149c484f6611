import type { IntentRule } from '../engine/intent.js';
import { QUANTITY_ONLY_VERBS, wholeQuantity, changeTo, makeThing } from './support/list-actions.js';

/**
 * The `update` intent: "change the milk to 2 gallons", "swap butter for margarine": a line changed.
 */
export const updateIntent: IntentRule = { name: 'update', patterns: ['[change|update|set|make|switch|adjust|edit|fix|correct|bump|up|increase|decrease|lower|raise|reduce|tweak|revise|modify|alter|amend|cut|drop|bring|put|turn|take] {x} [to|into|as] {y}',
  '[swap|replace|switch|exchange|trade|swap out|switch out|change out|trade out|sub out|sub] {x} [for|with|to] {y}', 'make {x}', '[instead of|rather than|in place of] {x} [get|buy|add|grab|use|pick up|put] {y}', '{x} [should be|needs to be|must be|ought to be|is now|will be] [just|only|] {y}',
  '[i|we] [meant|wanted|want] {y} [not|instead of] {x}',
  // "for the eggs please make quantity 12", "set the amount of eggs to 12": the amount named as such.
  'for {x} [please|] [make|set|change|update|put|edit] [the|its|] [quantity|amount|count|number|qty] [to|as|at|] {y}',
  '[make|set|change|update|put|edit] [the|] [quantity|amount|count|number|qty] [of|for|on] {x} [to|as|at] {y}'],
  build: (s, env) => {
    // "bring the eggs down to 6", "put the milk to 2": verbs that only change an amount.
    if (s.y && QUANTITY_ONLY_VERBS.has(env.tokens[0]!) && !wholeQuantity(s.y)) return undefined;
    return s.y ? changeTo(s.x!, s.y, env) : makeThing(s.x!, env);
  } };
