import { withSwaps } from '../swaps.js';
import type { Step } from '../turn-context.js';
import { contextKey } from '../understand-ahead.js';

/**
 * Offline understanding: the rules over the lexicon and the catalog's vocabulary, and where no
 * rule settles the message, the trained model's proposal with its calibrated confidence (both
 * inside `deps.understand`, src/understanding). It reads the conversation for "it", "2 more" and
 * what an open question is about. A reading done ahead on a worker (understand-ahead.ts) stands in
 * for it only when it was done on this very text in this very context.
 */
export const understand: Step = (turn, deps) => {
  const state = turn.state!;
  const ahead = turn.ahead;
  const readAhead = ahead && ahead.text === turn.text && ahead.context === contextKey(state, deps) ? ahead.result : undefined;
  // "swap the butter for margarine" said as two calls is one swap (swaps.ts).
  turn.understood = withSwaps(
    readAhead ??
    deps.understand(turn.text, {
      lastResults: state.lastResults,
      lastItems: state.lastItems,
      activeList: state.activeList,
      pending: state.pending?.kind,
      onList: deps.findOnList ? (name) => deps.findOnList!(turn.userId, state.activeList, name) : undefined,
      lines: deps.listLines ? () => deps.listLines!(turn.userId, state.activeList) : undefined,
    }),
  );
};
