/**
 * What the offline understanding gives back for a message.
 */
import type { ToolCall } from '../../tools/tool.js';
import type { Act } from '../lexicon/index.js';
import type { WorkMeter } from '../model/index.js';
import type { UnderstandingContext } from './intent.js';

/** What an utterance turned into. */
export interface Understanding {
  calls: ToolCall[];
  /** Where the calls came from: the rules (left out) or the trained model. */
  source?: 'model';
  /** 0..1: how sure the grammar is that these calls are exactly what was meant. */
  confidence: number;
  act?: Act;
  /** For non-grocery or reply-only utterances, a short friendly sentence. */
  reply?: string;
  /** Nothing in the message was understood (the reply only says so). */
  missed?: boolean;
  /** Buttons for a reply that asks which; each value says the request in full. */
  choices?: { label: string; value: string }[];
  /** Indices of removals in `calls` that, with the add right after them, swap one thing for another. */
  swaps?: number[];
}

/** The offline understanding. */
export interface UnderstandingEngine {
  /** `meter`, when given, counts the work done (rules tried, matches, tokens read), for tests that bound it without a clock. */
  understand(text: string, context?: UnderstandingContext, meter?: WorkMeter): Understanding;
}

/** The reply when nothing in the utterance made sense to the grammar. */
export const NOT_UNDERSTOOD_REPLY = "Sorry, I didn't catch that. Try 'add milk and eggs' or 'what's on my list?'.";
