import type { ChannelName } from '../grocery/users/index.js';
import type { Reply } from './reply.js';

/** One message from a person, as a channel adapter hands it to the agent. */
export interface TurnInput {
  channel: ChannelName;
  /** The person's id on that channel (Telegram user id, Teams AAD object id, web session id). */
  externalUserId: string;
  displayName?: string;
  /** The channel's conversation (chat id, Teams conversation id, web session). */
  conversationKey: string;
  /** The channel's id for this message, so a repeated delivery is applied once. */
  messageId?: string;
  /** The client's address, when the channel sees one (the web): wrong share and link codes are counted by it too. */
  origin?: string;
  text: string;
  /**
   * Set when the message was said in a chat several people share (a Telegram group, a Teams group
   * chat or channel): each speaker keeps their own conversation there (questions, undo), and "the
   * list" means the chat's own list, which everyone in it edits. Left out: a private chat.
   */
  group?: { title?: string };
  /**
   * Called once the message has gone to the language model: the answer will take seconds, so the
   * channel shows a typing indicator (and need not hold anything else up meanwhile).
   */
  onThinking?: () => void;
}

/** What a turn produced, with the user it was resolved to (channels need it for list events). */
export interface TurnOutput extends Reply {
  userId: number;
  conversationId: string;
  /** True when this message was seen before and the stored reply is being repeated. */
  duplicate?: boolean;
}

/** The agent as the channels see it. */
export interface Agent {
  handle(turn: TurnInput): Promise<TurnOutput>;
}
