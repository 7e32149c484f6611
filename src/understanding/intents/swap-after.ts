import type { IntentEnv, IntentRule } from '../engine/intent.js';
import { lineMeant } from '../engine/list-lines.js';
import { changeTo } from './support/list-actions.js';

/** Words before a line's name that are not part of it. */
const ARTICLES = new Set(['the', 'a', 'an', 'my', 'our', 'that', 'this']);

/** Is `words` a line of the list, or a thing the last turn touched ("the flour")? */
function aLine(words: readonly string[], env: IntentEnv): boolean {
  const name = words.filter((w) => !ARTICLES.has(w)).join(' ');
  return name.length > 0 && (lineMeant(name, env.context) !== undefined || (env.context.lastItems ?? []).some((t) => t.name === name || t.name.endsWith(` ${name}`)));
}

/**
 * The `swap_after` intent: the thing first and the swap after it, as some languages order them
 * and as people dictate: "the flour please replace with spelt flour", "the butter, swap it for
 * margarine", "rice change to quinoa". Only a line there is swapped ("book an oil change for next
 * week" names none); "... replace with spelt flour" alone is for the thing just touched.
 */
export const swapAfterIntent: IntentRule = { name: 'swap_after', patterns: [
  '{x} [please|pls|plz|] [replace|swap|switch|exchange|substitute|sub|change|trade] [it|that|them|this|those|] [please|] [with|for|by|to|into] {y} [please|instead|]',
  // "... please replace with spelt flour": the thing named just before, or the one just touched.
  '[please|pls|plz|] [replace|swap|exchange|substitute] [it|that|them|this|those|] [with|by] {y} [please|instead|]',
],
  build: (s, env) => {
    if (s.y!.length > 6) return undefined;
    if (s.x === undefined) return changeTo(['it'], s.y!, env);
    return s.x.length <= 5 && aLine(s.x, env) ? changeTo(s.x, s.y!, env) : undefined;
  } };
