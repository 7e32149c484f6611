/**
 * The channel-neutral reply. Each channel renders `choices` in its own way (web buttons,
 * Telegram inline keyboard, Teams suggested actions or an Adaptive Card).
 */

import type { Choice, ListDelta, ListSnapshot } from '../grocery/views.js';

export type { Choice, ListLineView, ListSnapshot } from '../grocery/views.js';

/** What the agent answers with. */
export interface Reply {
  /** Plain text, short and friendly; may contain line breaks. */
  text: string;
  choices?: Choice[];
  /** The whole list, when the turn showed it (or redid it). */
  list?: ListSnapshot;
  /** What the turn changed on its last changed list, for channels that keep the list drawn. */
  listChange?: ListDelta;
  /** Ids of lists this turn changed, so channels can push "list changed" events to other viewers. */
  changedListIds?: number[];
  /** Present when the turn looked at one product's price, for the price-history chart. */
  priceHistory?: { productId: number; name: string; points: { at: number; priceCents: number }[] };
  /** Which path answered: the offline grammar, the LLM, or a fallback. */
  source?: 'offline' | 'llm' | 'fallback';
  /**
   * Set when the message was a button press that did nothing: the button had expired, its question
   * was someone else's, or it was answered already. The text says so; a channel may show it as a
   * passing notice (Telegram's button toast) instead of a message in the chat.
   */
  stale?: 'expired' | 'someone_else' | 'answered';
  /** The tool calls that succeeded this turn, in order (for evals, logs and debugging; channels ignore it). */
  calls?: { name: string; args: Record<string, unknown> }[];
}
