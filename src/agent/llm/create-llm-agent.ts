import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { systemClock, type Clock } from '../../grocery/types.js';
import type { Logger } from '../../logger.js';
import type { ToolDefinition } from '../../tools/tool.js';
import type { LlmFailure, LlmOutcome, LlmRunner } from '../ports.js';
import { createCircuitBreaker, type CircuitBreaker } from '../../circuit-breaker.js';
import { checkCalls } from './check-calls.js';
import { createChatModel } from './create-chat-model.js';
import { createFifoGate } from './fifo-gate.js';
import { loadPrompts } from './load-prompts.js';
import { answerFormat, readAnswer } from './read-answer.js';
import { buildSystemPrompt } from './system-prompt.js';

/** Everything the LLM path needs; `main.ts` builds it from config. */
export interface LlmAgentOptions {
  /** Ollama's base URL, e.g. http://127.0.0.1:11434 */
  host: string;
  /** e.g. "llama3.2" */
  model: string;
  /** The model's answer must come within this many milliseconds of the message arriving. */
  timeoutMs: number;
  /** The tools the model may propose. */
  tools: readonly ToolDefinition[];
  /** The system prompt template (with `{{tools}}`); defaults to prompts/system.txt, read once here. */
  systemPrompt?: string;
  logger: Logger;
  temperature?: number;
  keepAlive?: string;
  /** Consecutive errors or refusals that open the circuit (default 3) and how long it stays open (default 30 s). Timeouts never count. */
  breaker?: { failureThreshold?: number; cooldownMs?: number };
  clock?: Clock;
  /**
   * The time limit as a signal that aborts after `ms`: AbortSignal.timeout unless a test passes
   * one it aborts on cue, so no test depends on how fast the machine is.
   */
  deadline?: (ms: number) => AbortSignal;
  /** How many earlier messages the model sees (default 4: two exchanges). */
  historyMessages?: number;
  /** Requests to Ollama at once (default 1); the rest wait their turn, first come first served. */
  concurrency?: number;
}

/** The LLM path: the runner the agent calls, plus the breaker for health reporting. */
export interface LlmAgent extends LlmRunner {
  readonly breaker: CircuitBreaker;
  /** The system prompt every request starts with, byte for byte. */
  readonly systemPrompt: string;
}

/** Longest earlier message the model sees; a list read out is cut to its first lines. */
const HISTORY_CHARS = 200;
/**
 * Bytes of the part of a request that changes (earlier messages, the message, its hints). A llama3
 * token is never less than a byte and English averages over four, so with the ~430-token system
 * prompt a request stays under 700 tokens (prompt-budget.test.ts measures it with the tokenizer).
 */
export const VARIABLE_BYTES = 720;
/** The answer is one small JSON object; a model that rambles is cut off. */
const MAX_OUTPUT_TOKENS = 256;

/**
 * Builds the LLM path: one request to Ollama per message, asking for one structured answer (the
 * tool calls the message asks for, and words only for small talk) held to a JSON schema with
 * Ollama's `format`. Nothing runs here: the calls that pass their tool's schema go back to the
 * agent, which decides what runs, what is asked first and what is said. The system prompt is
 * the same bytes for every person and turn, so Ollama reuses its cached prefix; only the few
 * recent messages and the new one are read each time.
 *
 * It never throws: every failure is an `{ ok: false, reason }` the agent falls back from. A
 * timeout says nothing about Ollama's health (a slow machine is not a broken one), so only
 * errors and refusals count toward opening the circuit breaker.
 *
 * @example
 * const llm = createLlmAgent({ host: config.ollama.host, model: 'llama3.2', timeoutMs: 20_000, tools, logger });
 * const outcome = await llm.propose({ text: 'plan me a taco night', history: [] });
 */
export function createLlmAgent(opts: LlmAgentOptions): LlmAgent {
  const systemPrompt = buildSystemPrompt(opts.systemPrompt ?? loadPrompts().system, opts.tools);
  const offered = new Map(opts.tools.map((t) => [t.name, t]));
  const format = answerFormat([...offered.keys()]);
  const breaker = createCircuitBreaker({ ...opts.breaker, clock: opts.clock ?? systemClock });
  const gate = createFifoGate(opts.concurrency ?? 1);
  const deadlineOf = opts.deadline ?? ((ms: number) => AbortSignal.timeout(ms));
  const log = opts.logger.child({ component: 'llm', model: opts.model });

  async function propose(input: Parameters<LlmRunner['propose']>[0]): Promise<LlmOutcome> {
    if (!breaker.tryAcquire()) return { ok: false, reason: 'circuit_open' };
    const started = performance.now();
    const spent = input.startedAt === undefined ? 0 : started - input.startedAt;
    const deadline = deadlineOf(Math.max(1, Math.round(opts.timeoutMs - spent)));
    const signal = input.signal ? AbortSignal.any([input.signal, deadline]) : deadline;
    let release: (() => void) | undefined;
    try {
      const hints = input.hints?.filter((h) => offered.has(h));
      const messages = toMessages(systemPrompt, { ...input, hints }, opts.historyMessages ?? 4);
      if (!messages) {
        breaker.release();
        return { ok: false, reason: 'too_long' };
      }
      release = await gate.enter(signal);
      const model = createChatModel({ ...opts, format, maxOutputTokens: MAX_OUTPUT_TOKENS }, signal);
      const message = await raceAbort(model.invoke(messages, { signal }), signal);
      breaker.recordSuccess();
      const answer = readAnswer(message);
      const ms = Math.round(performance.now() - started);
      if (!answer.ok) {
        log.info({ reason: answer.reason, ms }, 'llm answer not usable');
        return { ok: false, reason: answer.reason };
      }
      const { calls, dropped } = checkCalls(answer.calls, offered);
      const promptTokens = (message as AIMessage).usage_metadata?.input_tokens;
      log.debug({ ms, calls: calls.map((c) => c.name), dropped, promptTokens }, 'llm proposed');
      if (calls.length === 0 && dropped > 0) return { ok: false, reason: 'invalid' };
      return { ok: true, calls, say: answer.say, dropped, ...(promptTokens ? { promptTokens } : {}) };
    } catch (err) {
      const reason: LlmFailure = signal.aborted ? 'timeout' : classify(err);
      if (reason === 'timeout') breaker.release();
      else breaker.recordFailure();
      log.warn({ reason, ms: Math.round(performance.now() - started), err: describe(err), circuit: breaker.state() }, 'llm request failed');
      return { ok: false, reason };
    } finally {
      release?.();
    }
  }

  return { propose, breaker, systemPrompt };
}

/**
 * The fixed system prompt first, then as many of the last few messages (each cut short) as fit
 * the budget, then the new one with its hints; undefined when the message alone is over budget.
 */
export function toMessages(
  system: string,
  input: Pick<Parameters<LlmRunner['propose']>[0], 'text' | 'history' | 'hints'>,
  historyMessages: number,
): BaseMessage[] | undefined {
  const hint = input.hints?.length ? `\n\n(Tools that may fit: ${input.hints.join(', ')})` : '';
  const last = `${input.text}${hint}`;
  let room = VARIABLE_BYTES - Buffer.byteLength(last);
  if (room < 0) return undefined;
  const earlier: BaseMessage[] = [];
  for (const m of historyMessages > 0 ? input.history.slice(-historyMessages).reverse() : []) {
    const text = clip(m.text);
    room -= Buffer.byteLength(text);
    if (room < 0) break;
    earlier.unshift(m.role === 'user' ? new HumanMessage(text) : new AIMessage(text));
  }
  return [new SystemMessage(system), ...earlier, new HumanMessage(last)];
}

function clip(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' / ');
  return flat.length <= HISTORY_CHARS ? flat : `${flat.slice(0, HISTORY_CHARS - 1)}…`;
}

/**
 * Ollama answering with an error, or not reachable, is 'unavailable' (counts against the
 * breaker); anything else is an 'error' of this one request (and counts too: it is not a timeout).
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
