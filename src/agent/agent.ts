import type { Logger } from '../logger.js';
import type { ChatLists } from '../grocery/lists/index.js';
import type { UserDirectory } from '../grocery/users/index.js';
import type { ButtonQuestions } from './buttons.js';
import type { ToolDefinition } from '../tools/tool.js';
import type { ConversationStore, MessageDedupe } from './conversation/index.js';
import type { EventBus } from './events.js';
import type { MisunderstoodLog } from './misunderstood.js';
import { createTurnPipeline } from './pipeline.js';
import type { LineAmount, LlmRunner, Understand, UnderstandAhead } from './ports.js';
import { createReadingAhead } from './understand-ahead.js';
import type { RateLimiter } from './rate-limiter.js';
import type { Agent } from './turn.js';

/** Everything the agent needs, wired once in main.ts. */
export interface AgentDeps {
  users: UserDirectory;
  conversations: ConversationStore;
  dedupe: MessageDedupe;
  tools: readonly ToolDefinition[];
  understand: Understand;
  /**
   * The same understanding on other threads (src/understanding-workers, `WORKERS`): each message is
   * read there before its turn's transaction opens, and the turn uses that reading when the
   * conversation is as it was read in. Left out, every message is read in its turn.
   */
  understandAhead?: UnderstandAhead;
  llm?: LlmRunner;
  /** The trained model's ranked intents for a text (`model.classify(text).ranked`): hints for the language model. */
  rankIntents?: (text: string) => readonly { intent: string; p: number }[];
  logger: Logger;
  now?: () => number;
  limiter?: RateLimiter;
  /** Offline answers at or above this confidence are used without asking the LLM. */
  confidenceThreshold?: number;
  /** Below the threshold but at or above this, the offline answer is used when the LLM can't help. */
  fallbackConfidence?: number;
  maxMessageLength?: number;
  /** How many earlier messages the LLM is handed (it keeps the last few). */
  historyTurns?: number;
  /** Where list changes are announced to every channel. */
  events?: EventBus;
  /** The misunderstood inbox (`grocery-agent review`); left out, nothing is kept. */
  misunderstood?: MisunderstoodLog;
  /**
   * Runs `work` in a store transaction that holds the write lock, and resolves once it has
   * committed: an offline turn's reads, its tools' writes, the saved conversation and the dedupe
   * record commit together (main.ts groups the turns of one pass of the event loop into one
   * commit, each turn in its own savepoint). Without it (tests of the agent alone) work just runs.
   */
  atomic?: <T>(work: () => T) => T | Promise<T>;
  /** Each group chat's own list; without it a group turn uses the speaker's own lists. */
  chatLists?: ChatLists;
  /**
   * Where questions asked with buttons are kept, so a button's value names its question and option
   * and keeps its meaning after newer questions and restarts. Without it choices carry their raw
   * values ("1", "yes").
   */
  questions?: ButtonQuestions;
  /** Is a thing of this name on the person's list? Lets "eggs 18" set the eggs already there. */
  findOnList?: (userId: number, list: string | undefined, name: string) => LineAmount | undefined;
  /** The person's list's lines in the order they were added: "the first thing" is the first of them. */
  listLines?: (userId: number, list: string | undefined) => ({ name: string } & LineAmount)[];
}

/**
 * The agent: who is speaking, dedupe and rate limit, then offline understanding first, the LLM
 * when that is not confident, and a clarifying answer otherwise; tools do the work; the
 * conversation's state is saved after every turn so a restart loses nothing. The steps a message
 * goes through are declared in pipeline.ts.
 *
 * @example
 * const agent = createAgent(deps);
 * const reply = await agent.handle({ channel: 'web', externalUserId: 's1', conversationKey: 's1', text: 'add milk' });
 */
export function createAgent(deps: AgentDeps): Agent {
  const handle = createTurnPipeline({
    users: deps.users,
    conversations: deps.conversations,
    dedupe: deps.dedupe,
    tools: new Map(deps.tools.map((t) => [t.name, t])),
    understand: deps.understand,
    ahead: deps.understandAhead ? createReadingAhead(deps.understandAhead) : undefined,
    llm: deps.llm,
    rankIntents: deps.rankIntents,
    logger: deps.logger,
    now: deps.now ?? Date.now,
    limiter: deps.limiter,
    threshold: deps.confidenceThreshold ?? 0.75,
    floor: deps.fallbackConfidence ?? 0.4,
    maxLength: deps.maxMessageLength ?? 2000,
    historyTurns: deps.historyTurns ?? 8,
    events: deps.events,
    misunderstood: deps.misunderstood,
    chatLists: deps.chatLists,
    questions: deps.questions,
    findOnList: deps.findOnList,
    listLines: deps.listLines,
    atomic: deps.atomic ?? (<T>(work: () => T): T | Promise<T> => work()),
  });
  return { handle };
}
