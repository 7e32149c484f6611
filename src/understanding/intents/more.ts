import type { IntentRule } from '../engine/intent.js';
import { moreOfLast, wholeQuantity } from './support/list-actions.js';
import { PACKAGE_WORDS } from './support/list-rules.js';

/**
 * The `more` intent: "2 more", "another one", "one more bag": more of what was just added.
 */
export const moreIntent: IntentRule = { name: 'more', patterns: ['[add|get|grab|buy|i need|we need|need|make it|] {n} more [of those|of them|of that|of it|of these|of this|of the same|please|]', 'another [one|of those|of them|of that|of it|one of those|one of them|one of these|one of that|]', 'add [another|another one|one more|more|the same again]', '[add|get|grab|buy] another [one of those|one of them|one of these|of those|of them|of these|]', 'same again', 'more [of those|of them|of that|of it]', 'double [it|that]',
  // "add another can", "one more bag": a package of the thing just added.
  '[add|get|grab|buy|] [another|one more] {u}'],
  build: (s, env) => {
    if (s.u) return s.u.length === 1 && PACKAGE_WORDS.has(s.u[0]!.replace(/s$/, '')) ? moreOfLast(1, env) : undefined;
    if (s.n) {
      const q = wholeQuantity(s.n);
      return q ? moreOfLast(q.quantity, env) : undefined;
    }
    return moreOfLast(1, env);
  } };
