import type { ShownProduct, ToolCall, TouchedItem } from '../../tools/tool.js';

export type { ShownProduct, TouchedItem };
import type { Choice } from '../../grocery/views.js';

/** A question we asked and are waiting on. */
export type PendingQuestion =
  | {
      kind: 'confirm';
      /** The destructive call to run when the user says yes. */
      call: ToolCall;
      /** Calls that run after it on "yes", when the question put several changes at once. */
      also?: ToolCall[];
      /** The message the understanding was unsure of, when it asked rather than a tool. */
      asked?: string;
      prompt: string;
      expiresAt: number;
      /** The stored question its buttons name, so a press on them answers this question. */
      questionId?: string;
    }
  | {
      kind: 'clarify';
      /** The call to finish once the user picks; `slot` says where the pick goes. */
      call: ToolCall;
      slot: { itemIndex: number } | { field: 'productId' };
      options: ShownProduct[];
      prompt: string;
      choices: Choice[];
      expiresAt: number;
      /** The stored question its buttons name, so a press on them answers this question. */
      questionId?: string;
    };

/** What a conversation remembers between turns. Persisted as JSON, so a restart loses nothing. */
export interface ConversationState {
  activeList?: string;
  lastResults?: ShownProduct[];
  lastItems?: TouchedItem[];
  pending?: PendingQuestion;
  /** How many numbered products the last reply offered (search results, deals): a bare "2" next picks the second. */
  offered?: number;
}
