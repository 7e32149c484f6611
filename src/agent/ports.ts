import type { ToolCall, ToolContext, ToolResult } from '../tools/tool.js';
import type { ShownProduct, TouchedItem } from './conversation/index.js';

/** A conversational act that is not a tool call. */
export type Act = 'yes' | 'no' | 'cancel' | 'undo' | 'help' | 'greeting' | 'thanks';

/** What offline understanding may use from the conversation. */
export interface UnderstandingContext {
  lastResults?: { productId: number; name: string }[];
  lastItems?: TouchedItem[];
  activeList?: string;
  pending?: 'confirm' | 'clarify';
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

/** What the LLM path returns. */
export type LlmOutcome =
  | { ok: true; text: string; calls: { name: string; args: unknown; result: ToolResult }[] }
  | { ok: false; reason: 'unavailable' | 'timeout' | 'circuit_open' | 'step_limit' | 'error' };

/** The LLM path as the router uses it. */
export interface LlmRunner {
  run(input: {
    text: string;
    history: { role: 'user' | 'assistant'; text: string }[];
    ctx: ToolContext;
    signal?: AbortSignal;
    /** When the turn asked (performance.now()); the run's time limit counts from then. Default: now. */
    startedAt?: number;
  }): Promise<LlmOutcome>;
}

export type { ShownProduct };
