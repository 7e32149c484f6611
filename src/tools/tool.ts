import type { z } from 'zod';
import type { Choice, ListDelta, ListSnapshot } from '../grocery/views.js';

/**
 * Who is asking, taken from the channel turn. Tools never read a user id from their arguments,
 * so a model that passes one changes nothing.
 */
export interface ToolContext {
  readonly userId: number;
  readonly conversationId: string;
  readonly channel: string;
  readonly now: number;
  /** Where the message came from, when the channel knows: the web client's address. Wrong codes are counted by it. */
  readonly origin?: string;
  readonly signal?: AbortSignal;
  /** Said in a chat several people share: tools keep what is personal (preferences, codes) out of it. */
  readonly inGroup?: boolean;
}

/** A product shown to the user as a numbered choice, so "the second one" can be resolved. */
export interface ShownProduct {
  productId: number;
  name: string;
  priceCents?: number;
}

/** An item a tool touched, so the next turn can say "make it 3" or "two more of those". */
export interface TouchedItem {
  name: string;
  productId?: number | null;
  quantity?: number;
  unit?: string;
  list?: string;
}

/**
 * What a tool tells the conversation besides its text: products it showed as numbered choices,
 * items it touched, a question it wants answered before anything else happens, and the list
 * that is now active.
 */
export interface ToolEffects {
  shown?: ShownProduct[];
  touched?: TouchedItem[];
  /** Ask before running `call` (destructive actions: clear or delete a list). */
  confirm?: { call: ToolCall; prompt: string };
  /** Ask which product was meant; the pick is applied with `call` where `slot` says. */
  clarify?: { call: ToolCall; slot: { itemIndex: number } | { field: 'productId' }; options: ShownProduct[]; prompt: string };
  activeList?: string;
  /** A product's price history, for the web page's chart. */
  priceHistory?: { productId: number; name: string; points: { at: number; priceCents: number }[] };
  /** The whole list, when the call showed it (or changed it all), for channels that draw it. */
  list?: ListSnapshot;
  /** What the call changed on a list, for channels that keep it drawn. */
  listChange?: ListDelta;
}

/** A tool's outcome. Failures are results the model (or the router) can read and retry, not throws. */
export type ToolResult<T = unknown> =
  | { ok: true; data: T; text: string; choices?: Choice[]; changedListIds?: number[]; effects?: ToolEffects }
  | { ok: false; error: { code: string; message: string; field?: string }; text: string };

/**
 * One tool, defined once: the name the model calls, a description written for the model,
 * a zod input schema with `.describe()` on every field, and the code that runs it.
 */
export interface ToolDefinition<S extends z.ZodType = z.ZodType, T = unknown> {
  readonly name: string;
  readonly description: string;
  readonly input: S;
  /** Milliseconds before the call is abandoned; the router applies it through an AbortSignal. */
  readonly timeoutMs?: number;
  /** Run only by the router (the confirmed half of a destructive action); never offered to the model. */
  readonly internal?: boolean;
  execute(args: z.infer<S>, ctx: ToolContext): Promise<ToolResult<T>> | ToolResult<T>;
}

/** A tool call as produced by offline understanding or the LLM. */
export interface ToolCall {
  name: string;
  args: Record<string, unknown>;
}
