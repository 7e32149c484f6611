import type { ToolCall } from '../tools/tool.js';
import type { ShownProduct, TouchedItem } from './conversation/index.js';

/** A conversational act that is not a tool call. */
export type Act = 'yes' | 'no' | 'cancel' | 'undo' | 'help' | 'greeting' | 'thanks';

/** The amount of a line on a list, as the understanding may ask for it ("eggs 18", "double the bananas"). */
export interface LineAmount {
  quantity: number;
  unit?: string | null;
}

/** What offline understanding may use from the conversation. */
export interface UnderstandingContext {
  lastResults?: { productId: number; name: string }[];
  lastItems?: TouchedItem[];
  activeList?: string;
  pending?: 'confirm' | 'clarify';
  /** Is a thing of this name on the list the conversation is about? Read only when asked. */
  onList?: (name: string) => LineAmount | undefined;
  /** The list's lines in the order they were added. Read only when a message points at a place on it. */
  lines?: () => ({ name: string } & LineAmount)[];
}

/** What offline understanding made of an utterance. */
export interface UnderstandingResult {
  calls: ToolCall[];
  /** 0..1: how sure the grammar is that `calls` is exactly what was meant. */
  confidence: number;
  act?: Act;
  /** A reply for utterances that need no tool (not about groceries, small talk). */
  reply?: string;
  /** Nothing in the message was understood. */
  missed?: boolean;
  /** Buttons for a reply that asks which ("Which should be 5: chips or salsa?"). */
  choices?: { label: string; value: string }[];
  /** Indices of removals in `calls` that, with the add right after, are one swap ("swap the whole milk for 2%"). */
  swaps?: number[];
}

/** The offline understanding as the router uses it. */
export type Understand = (text: string, context?: UnderstandingContext) => UnderstandingResult;

/** Why the model could not help; the offline decision stands. */
export type LlmFailure = 'unavailable' | 'timeout' | 'circuit_open' | 'too_long' | 'empty' | 'unparseable' | 'invalid' | 'error';

/**
 * What the model proposed for a message: calls that name an offered tool with arguments that pass
 * its schema (nothing has run), and its words for what no tool does (small talk, an explanation).
 */
export type LlmOutcome =
  | { ok: true; calls: ToolCall[]; say: string; /** Proposed calls that failed their tool's schema. */ dropped: number; /** Prompt tokens Ollama read (not cached). */ promptTokens?: number }
  | { ok: false; reason: LlmFailure };

/** The model as the agent uses it: it proposes, the agent decides and the tools act. */
export interface LlmRunner {
  propose(input: {
    text: string;
    history: { role: 'user' | 'assistant'; text: string }[];
    /** Tools the offline understanding and the trained model's ranking point at, as a hint in the message. */
    hints?: readonly string[];
    signal?: AbortSignal;
    /** When the message arrived (performance.now()); the time limit counts from then. Default: now. */
    startedAt?: number;
  }): Promise<LlmOutcome>;
}

export type { ShownProduct };

/**
 * The conversation context understanding reads, as plain data that can be posted to another
 * thread: the list's look-ups are only said to be there (`onList`, `lines`), and a reading that
 * uses them is done in the turn.
 */
export type AheadContext = Omit<UnderstandingContext, 'onList' | 'lines'> & { onList: boolean; lines: boolean };

/**
 * Offline understanding done before the turn's transaction, elsewhere (another thread): the same
 * result {@link Understand} gives for `text` in `context`, or `undefined` when it could not be
 * done there (the reading asked about the list, no worker).
 */
export type UnderstandAhead = (text: string, context: AheadContext) => Promise<UnderstandingResult | undefined>;
