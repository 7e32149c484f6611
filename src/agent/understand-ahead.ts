/**
 * Understanding a message before its turn's transaction opens, on another thread
 * (docs/performance.md, "Both cores"). The turn still decides everything inside its transaction:
 * the result read ahead is used only when the text and the conversation context it was read in
 * are exactly what the understand step finds there; otherwise the step reads the message itself,
 * so replies and writes are the same with workers or without.
 *
 * The context posted is the one this process last saved for the conversation (nothing is read
 * from the store for it): within a conversation turns run one at a time, so it is nearly always
 * the one the turn finds. A conversation this process has not answered yet is guessed empty.
 */
import type { ConversationState } from './conversation/index.js';
import type { AheadContext, UnderstandAhead, UnderstandingResult } from './ports.js';
import { cleaned } from './steps/clean-text.js';
import type { TurnContext, TurnDeps } from './turn-context.js';

/** A message read ahead: the text and context (as JSON) it was read in, and the result. */
export interface ReadAhead {
  text: string;
  context: string;
  result: UnderstandingResult;
}

/** Conversations whose last saved context is kept in mind (the most recent). */
const REMEMBERED = 10_000;

/** Reading ahead for the pipeline: `before` the transaction, `after` it committed. */
export interface ReadingAhead {
  /** Reads the turn's message ahead and keeps it on the turn (`turn.ahead`), when there is a reading to use. */
  before(turn: TurnContext, deps: TurnDeps): Promise<void>;
  /** Remembers the context the turn saved, for the conversation's next message. */
  after(turn: TurnContext, deps: TurnDeps): void;
}

/**
 * Reading ahead through `understandAhead` (a worker pool).
 *
 * @example
 * const ahead = createReadingAhead(pool.understand);
 * await ahead.before(turn, deps); // turn.ahead = { text, context, result } or nothing
 */
export function createReadingAhead(understandAhead: UnderstandAhead): ReadingAhead {
  const known = new Map<string, string>();
  return {
    async before(turn, deps) {
      const text = cleaned(turn.input.text);
      if (!text || text.length > deps.maxLength) return;
      const context = known.get(turn.conversationId) ?? contextKey({}, deps);
      const result = await understandAhead(text, JSON.parse(context) as AheadContext);
      if (result) turn.ahead = { text, context, result };
    },
    after(turn, deps) {
      if (!turn.save) return;
      known.delete(turn.conversationId);
      known.set(turn.conversationId, contextKey(turn.save.state, deps));
      if (known.size > REMEMBERED) known.delete(known.keys().next().value!);
    },
  };
}

/** The context the understand step reads, as plain data. */
export function aheadContextOf(state: ConversationState, deps: Pick<TurnDeps, 'findOnList' | 'listLines'>): AheadContext {
  return {
    lastResults: state.lastResults,
    lastItems: state.lastItems,
    activeList: state.activeList,
    pending: state.pending?.kind,
    onList: deps.findOnList !== undefined,
    lines: deps.listLines !== undefined,
  };
}

/** The context as JSON, in which form it is posted, remembered and compared. */
export function contextKey(state: ConversationState, deps: Pick<TurnDeps, 'findOnList' | 'listLines'>): string {
  return JSON.stringify(aheadContextOf(state, deps));
}
