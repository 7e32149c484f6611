import { z } from 'zod';
import type { Choice, ListDelta, ListSnapshot } from '../../grocery/views.js';
import type { PriceAlert } from './price-alert-inbox.js';

/**
 * The web chat's WebSocket protocol (docs/web-chat-protocol.md). Every frame is one JSON object
 * with a `type`. The client speaks first with `hello`; everything else waits for `welcome`.
 */
export const clientFrame = z.discriminatedUnion('type', [
  /** Starts a session, or resumes one when `token` is a token this server signed. */
  z.object({ type: z.literal('hello'), token: z.string().max(200).optional() }),
  /** Something the user said (or the `value` of a choice they picked). `id` makes resending safe. */
  z.object({ type: z.literal('message'), id: z.string().min(1).max(64), text: z.string().max(10_000) }),
  z.object({ type: z.literal('ping') }),
  /** Asks for a whole list (answered with `list_changed` carrying `list`): after a change that did not follow what the client has. */
  z.object({ type: z.literal('list'), listId: z.number().int().positive() }),
]);

export type ClientFrame = z.infer<typeof clientFrame>;

/** Largest frame read at all; anything longer is refused before parsing. */
export const MAX_FRAME_CHARS = 20_000;

/** A turn of the conversation as the page redraws it after a reload: with its buttons and its price chart. */
export interface HistoryEntry {
  role: 'user' | 'assistant';
  text: string;
  at: number;
  choices?: Choice[];
  priceHistory?: PriceHistoryView;
}

/** A product's price history for the chart. */
export interface PriceHistoryView {
  productId: number;
  name: string;
  points: { at: number; priceCents: number }[];
}

/** Frames the server sends. */
export type ServerFrame =
  | {
      type: 'welcome';
      /** Keep it (localStorage) and send it in the next `hello`; also the REST API's Bearer token. */
      token: string;
      resumed: boolean;
      /** True when prices come from the built-in demo store; the page says so. */
      demoStore: boolean;
      history: HistoryEntry[];
      /** The list the conversation is on, or null before there is one. */
      list: ListSnapshot | null;
      /** Price alerts that arrived while the user was away. */
      alerts: PriceAlert[];
    }
  | { type: 'typing'; replyTo: string }
  | {
      type: 'reply';
      replyTo: string;
      text: string;
      choices: Choice[];
      list?: ListSnapshot;
      priceHistory?: PriceHistoryView;
    }
  | { type: 'list_changed'; listId: number; list: ListSnapshot | null }
  | { type: 'list_changed'; listId: number; change: ListDelta }
  | { type: 'price_alert'; alert: PriceAlert }
  | { type: 'error'; code: string; message: string; replyTo?: string }
  | { type: 'pong' };

/** Parses one incoming frame; undefined when it is not valid JSON or not a known frame. */
export function parseClientFrame(raw: string): ClientFrame | undefined {
  if (raw.length > MAX_FRAME_CHARS) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = clientFrame.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
