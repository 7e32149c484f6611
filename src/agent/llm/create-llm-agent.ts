import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { systemClock, type Clock } from '../../grocery/types.js';
import type { Logger } from '../../logger.js';
import type { ToolDefinition } from '../../tools/tool.js';
import type { LlmOutcome, LlmRunner } from '../ports.js';
import { createCircuitBreaker, type CircuitBreaker } from '../../circuit-breaker.js';
import { createChatModel } from './create-chat-model.js';
import { loadPrompts } from './load-prompts.js';
import { toOllamaTools } from './ollama-tools.js';
import { runToolLoop, type ToolCallingModel } from './run-tool-loop.js';

/** Everything the LLM path needs; `main.ts` builds it from config. */
export interface LlmAgentOptions {
  /** Ollama's base URL, e.g. http://127.0.0.1:11434 */
  host: string;
  /** e.g. "llama3.2" */
  model: string;
  /** The whole run (every model call and tool call) must end within this many milliseconds. */
  timeoutMs: number;
  tools: readonly ToolDefinition[];
  /** Defaults to prompts/system.txt, read once here. */
  systemPrompt?: string;
  logger: Logger;
  /** Most model calls per run. Default 4. */
  maxSteps?: number;
  temperature?: number;
  keepAlive?: string;
  /** Consecutive failures that open the circuit (default 3) and how long it stays open (default 30 s). */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  clock?: Clock;
}

/** The LLM path: the runner the router calls, plus the breaker for health reporting. */
export interface LlmAgent extends LlmRunner {
  readonly breaker: CircuitBreaker;
}

/** Most history turns sent along; older ones cost tokens and rarely change the answer. */
const HISTORY_LIMIT = 8;

/**
 * Builds the LLM path: ChatOllama with our tools bound, a tool loop with a step cap, a deadline
 * for the whole run and a circuit breaker in front. It never throws: every failure is an
 * `{ ok: false, reason }` the router can fall back from.
 *
 * @example
 * const llm = createLlmAgent({ host: config.ollama.host, model: 'llama3.2', timeoutMs: 800, tools, logger });
 * const outcome = await llm.run({ text: 'add milk', history: [], ctx });
 */
export function createLlmAgent(opts: LlmAgentOptions): LlmAgent {
  const systemPrompt = opts.systemPrompt ?? loadPrompts().system;
  const maxSteps = opts.maxSteps ?? 4;
  const toolMap = new Map(opts.tools.map((t) => [t.name, t]));
  const boundTools = toOllamaTools(opts.tools);
  const breaker = createCircuitBreaker({ ...opts.breaker, clock: opts.clock ?? systemClock });
  const log = opts.logger.child({ component: 'llm', model: opts.model });

  async function run(input: Parameters<LlmRunner['run']>[0]): Promise<LlmOutcome> {
    if (!breaker.tryAcquire()) return { ok: false, reason: 'circuit_open' };
    // Time already spent before the run (loading LangChain on the first turn) comes off the limit.
    const spent = input.startedAt === undefined ? 0 : performance.now() - input.startedAt;
    const deadline = AbortSignal.timeout(Math.max(1, Math.round(opts.timeoutMs - spent)));
    const signal = input.signal ? AbortSignal.any([input.signal, deadline]) : deadline;
    const model = createChatModel(opts, signal).bindTools(boundTools) as unknown as ToolCallingModel;
    const started = Date.now();
    try {
      const result = await raceAbort(
        runToolLoop({ model, tools: toolMap, messages: toMessages(systemPrompt, input), ctx: input.ctx, signal, maxSteps, logger: log }),
        signal,
      );
      breaker.recordSuccess();
      log.debug({ ms: Date.now() - started, calls: result.calls.length, ok: result.ok }, 'llm run finished');
      return result.ok ? result : { ok: false, reason: result.reason };
    } catch (err) {
      const reason = deadline.aborted ? 'timeout' : input.signal?.aborted ? 'timeout' : classify(err);
      // The caller giving up says nothing about Ollama's health; everything else does.
      if (!deadline.aborted && input.signal?.aborted) breaker.release();
      else if (reason === 'error') breaker.recordSuccess();
      else breaker.recordFailure();
      log.warn({ reason, ms: Date.now() - started, err: describe(err), circuit: breaker.state() }, 'llm run failed');
      return { ok: false, reason };
    }
  }

  return { run, breaker };
}

function toMessages(system: string, input: Parameters<LlmRunner['run']>[0]): BaseMessage[] {
  const history = input.history
    .slice(-HISTORY_LIMIT)
    .map((m) => (m.role === 'user' ? new HumanMessage(m.text) : new AIMessage(m.text)));
  return [new SystemMessage(system), ...history, new HumanMessage(input.text)];
}

/**
 * Unreachable or erroring Ollama is 'unavailable' (counts against the breaker); anything else,
 * such as a reply we could not parse, is an 'error' of this one run.
 */
function classify(err: unknown): 'unavailable' | 'error' {
  const e = err as { name?: string; status_code?: number; cause?: { code?: string }; message?: string };
  if (e?.name === 'ResponseError' || typeof e?.status_code === 'number') return 'unavailable';
  if (err instanceof TypeError && /fetch failed|terminated|network/i.test(e.message ?? '')) return 'unavailable';
  if (e?.cause?.code && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|UND_ERR_)/.test(e.cause.code)) return 'unavailable';
  if (/terminated|socket|ECONNRESET/i.test(e?.message ?? '')) return 'unavailable';
  return 'error';
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { code?: string } }).cause?.code;
  return cause ? `${err.name}: ${err.message} (${cause})` : `${err.name}: ${err.message}`;
}

/** Rejects as soon as `signal` aborts, whatever the work is waiting on. */
function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}
