/** Shapes the eval runner reads and the functions it is handed. */

/** One tool call, as the understanding or the agent produces it. */
export interface EvalCall {
  name: string;
  args: Record<string, unknown>;
}

/** What an understanding function returns for one utterance. */
export interface Understanding {
  /** What runs without asking. */
  calls: EvalCall[];
  act?: string;
  /** What the reply asks about first ("Add carrots to your list?"); nothing of it has run. */
  ask?: { calls: EvalCall[] };
}

/** The function under test: text in, tool calls out. May be sync or async. */
export type UnderstandFn = (text: string) => Understanding | Promise<Understanding>;

/** One labelled line of `evals/utterances/*.jsonl`. */
export interface LabelledUtterance {
  text: string;
  calls: EvalCall[];
  act?: string;
  /** File the line came from, e.g. "add.jsonl", and its 1-based line number. */
  file: string;
  line: number;
}

/** What the conversation runner expects of one turn; see evals/README.md. */
export interface TurnExpectation {
  calls?: EvalCall[];
  replyIncludes?: string[];
  /** Strings the reply must not contain, case aside ("on the list" for a product that is not). */
  replyExcludes?: string[];
  listIncludes?: { name: string; quantity?: number; unit?: string | null }[];
  listExcludes?: string[];
  /** The whole list: exactly these lines (each as in listIncludes) and no others. */
  listIs?: { name: string; quantity?: number; unit?: string | null }[];
  choices?: boolean;
}

/** One file of `evals/conversations/`. */
export interface Conversation {
  name: string;
  turns: { user: string; expect?: TurnExpectation }[];
  /** File the conversation came from. */
  file?: string;
}

/** What the agent answers one message with, as the conversation runner sees it. */
export interface AgentTurnResult {
  text: string;
  choices?: { label: string; value: string }[];
  calls: EvalCall[];
}

/** The running agent, one per conversation, seen through its public face. */
export interface EvalAgent {
  send(text: string): Promise<AgentTurnResult>;
  listItems(): Promise<{ name: string; quantity: number; unit?: string | null }[]>;
  /** Called after the conversation, to free the agent's resources; optional. */
  close?(): Promise<void> | void;
}

/** Builds a fresh agent (with its own empty store) for each conversation. */
export type AgentFactory = () => EvalAgent | Promise<EvalAgent>;
