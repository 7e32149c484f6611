import type { Choice } from '../grocery/views.js';
import type { Logger } from '../logger.js';
import type { ChatLists } from '../grocery/lists/index.js';
import type { UserDirectory } from '../grocery/users/index.js';
import type { ButtonQuestions, lookUpPress } from './buttons.js';
import type { ToolCall, ToolContext, ToolDefinition } from '../tools/tool.js';
import type { ExecutedCall } from './compose-reply.js';
import type { ConversationState, ConversationStore, MessageDedupe, PendingQuestion, StoredTurn } from './conversation/index.js';
import type { EventBus } from './events.js';
import type { MisunderstoodLog } from './misunderstood.js';
import type { LineAmount, LlmRunner, Understand, UnderstandingResult } from './ports.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Reply } from './reply.js';
import type { TurnInput } from './turn.js';
import type { ReadAhead, ReadingAhead } from './understand-ahead.js';

/**
 * What a turn will do, settled by the first step that knows. The steps before settle it; the
 * steps after carry it out (run, ask, say) and keep what it did.
 */
export type Plan =
  /** The message was handled before: its stored reply is said again, nothing else happens. */
  | { kind: 'repeat'; reply: Reply }
  /** Answered before the conversation is read (empty, too long, too fast): nothing is kept but the message id. */
  | { kind: 'refuse'; reply: Reply }
  /** Answered from outside the conversation (account commands, a button that does nothing): the exchange is kept, the state as it was. */
  | { kind: 'note'; reply: Reply }
  /**
   * Said without running anything. `carryPending` keeps an open question open; `misunderstood`
   * notes the message for `grocery-agent review` (nothing in it was understood).
   */
  | { kind: 'say'; reply: Reply; carryPending?: boolean; misunderstood?: boolean }
  /**
   * Calls that run, and the reply is what they did. `mindClarify`: when only the list was looked
   * at while a "which one?" is open, the question is said again and stays open.
   */
  | {
      kind: 'run';
      calls: ToolCall[];
      source: NonNullable<Reply['source']>;
      mindClarify: boolean;
      /** The calls are a button's: the question it belongs to is answered once they ran (if `once`); another question stays open. */
      press?: { questionId: string; once: boolean; current: boolean };
    }
  /** Changes put to the person first ("Add flour to your list?" [Yes] [No]); they run on "yes". */
  | { kind: 'ask'; calls: ToolCall[]; prompt: string; choices: Choice[]; source: NonNullable<Reply['source']> }
  /** The offline path was not sure: the language model is consulted, and `fallback` stands if it cannot help. */
  | { kind: 'consult'; fallback: Plan };

/**
 * One turn: the message, who sent it, and what each step found out. Created once per message
 * and handed from step to step, so no step needs the others' locals.
 */
export interface TurnContext {
  readonly input: TurnInput;
  readonly userId: number;
  readonly conversationId: string;
  /** The key a repeated delivery of this message is known by. */
  readonly dedupeKey: string | undefined;
  /** When the message arrived (performance.now()): the model's time limit counts from here. */
  readonly startedAt: number;
  /** The message as the steps read it (cleaned by clean-text; a button's meaning once pressed). */
  text: string;
  /** What the history keeps as said: the text, or the label of the button pressed. */
  said: string;
  /** A button press that does something of its own (button-press). */
  pressed?: Extract<ReturnType<typeof lookUpPress>, { action: unknown }>;
  /** The conversation as this turn found it (load-conversation). */
  state?: ConversationState;
  /** Who and when, for the tools (load-conversation). */
  tool?: ToolContext;
  /** The message read ahead on a worker before the transaction (understand-ahead.ts); the understand step checks it still applies. */
  ahead?: ReadAhead;
  /** What the offline understanding made of the message. */
  understood?: UnderstandingResult;
  plan?: Plan;
  /** What the turn's tools did (run-tools). */
  executed: ExecutedCall[];
  /** The question the turn asks, open once it is saved (ask-first). */
  question?: PendingQuestion;
  /** An open question the turn did not answer stays open (compose-answer). */
  keepPending?: boolean;
  /** What is said (once the plan is carried out). */
  reply?: Reply;
  /** The state and the exchange to save (save-turn). */
  save?: { state: ConversationState; turns: StoredTurn[] };
  /** The id of the stored answer (save-turn), whose text the dedupe record points to rather than copies. */
  answerTurnId?: number;
  /** Refused for now, not for good ("too fast", "wait before another code"): not remembered as handled, so a resend runs. */
  retryLater?: boolean;
}

/** Everything the steps use, with the agent's defaults filled in; built once in createAgent. */
export interface TurnDeps {
  users: UserDirectory;
  conversations: ConversationStore;
  dedupe: MessageDedupe;
  tools: ReadonlyMap<string, ToolDefinition>;
  understand: Understand;
  /** Understanding before the transaction on worker threads (`WORKERS`); left out, the understand step reads every message. */
  ahead?: ReadingAhead;
  llm?: LlmRunner;
  /** The trained model's intents for a text, most likely first: hints for the language model. */
  rankIntents?: (text: string) => readonly { intent: string; p: number }[];
  logger: Logger;
  now: () => number;
  limiter?: RateLimiter;
  /** Offline answers at or above this confidence run without asking anyone. */
  threshold: number;
  /** Below the threshold but at or above this, lookups run and changes are asked about. */
  floor: number;
  maxLength: number;
  historyTurns: number;
  events?: EventBus;
  /** The misunderstood inbox (`grocery-agent review`); left out, nothing is kept. */
  misunderstood?: MisunderstoodLog;
  atomic: <T>(work: () => T) => T | Promise<T>;
  /** Each group chat's own list; without it a group turn uses the speaker's own lists. */
  chatLists?: ChatLists;
  /** Where questions asked with buttons are kept (buttons.ts). */
  questions?: ButtonQuestions;
  /** Is a thing of this name on the person's list (the one named, or their default)? */
  findOnList?: (userId: number, list: string | undefined, name: string) => LineAmount | undefined;
  /** The list's lines in the order they were added, for "the first thing", "the last two items". */
  listLines?: (userId: number, list: string | undefined) => ({ name: string } & LineAmount)[];
}

/** A step of the turn: reads and adds to the turn; settles it by setting `turn.plan`. */
export type Step = (turn: TurnContext, deps: TurnDeps) => void;
