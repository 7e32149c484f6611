import { ZodError, type z } from 'zod';
import { isAppError, userMessageOf } from '../errors.js';
import type { Logger } from '../logger.js';
import type { ToolCall, ToolContext, ToolDefinition, ToolResult } from '../tools/tool.js';

/** Argument names a caller may try to smuggle a user id through; they are dropped before validation. */
const IDENTITY_ARGS = new Set(['userId', 'user_id', 'user', 'uid', 'ownerId', 'owner_id']);

/** Default per-tool time limit. */
export const DEFAULT_TOOL_TIMEOUT_MS = 3000;

/**
 * Runs one tool call: drops identity arguments, validates the rest with the tool's zod schema,
 * runs it, and turns every failure into a readable result instead of a throw, so the model (or
 * the router) can correct itself and the turn goes on. A tool that answers synchronously (every
 * tool over the local store) is answered synchronously, with no timer; one that returns a promise
 * is bounded by its `timeoutMs` (default {@link DEFAULT_TOOL_TIMEOUT_MS}), and a tool that
 * declares `timeoutMs` is handed that deadline as `ctx.signal`.
 *
 * @example
 * const result = runToolCall(tools, { name: 'view_list', args: {} }, ctx, log);
 */
export function runToolCall(
  tools: ReadonlyMap<string, ToolDefinition>,
  call: ToolCall,
  ctx: ToolContext,
  log?: Logger,
): ToolResult | Promise<ToolResult> {
  const tool = tools.get(call.name);
  if (!tool) {
    const known = [...tools.keys()].join(', ');
    return failure('UNKNOWN_TOOL', `There is no tool called "${call.name}". Known tools: ${known}.`);
  }
  const parsed = tool.input.safeParse(stripIdentity(call.args));
  if (!parsed.success) return invalidArguments(parsed.error);

  // A tool that declares a time limit does slow work and is handed its deadline as a signal; the
  // rest answer synchronously and run with the turn's own context (no controller, no timer).
  const deadline = tool.timeoutMs === undefined ? undefined : new AbortController();
  let result: ToolResult | Promise<ToolResult>;
  try {
    result = tool.execute(parsed.data as z.infer<typeof tool.input>, deadline ? { ...ctx, signal: withDeadline(ctx.signal, deadline) } : ctx);
  } catch (err) {
    return thrown(err, call, log);
  }
  if (!isPromise(result)) return result;
  return bounded(result, call, tool.timeoutMs ?? DEFAULT_TOOL_TIMEOUT_MS, deadline ?? new AbortController(), ctx.signal, log);
}

function withDeadline(turn: AbortSignal | undefined, deadline: AbortController): AbortSignal {
  return turn ? AbortSignal.any([turn, deadline.signal]) : deadline.signal;
}

/** A tool's promise raced against its time limit (and the turn's signal). */
function bounded(
  work: Promise<ToolResult>,
  call: ToolCall,
  timeoutMs: number,
  deadline: AbortController,
  turn: AbortSignal | undefined,
  log?: Logger,
): Promise<ToolResult> {
  const signal = withDeadline(turn, deadline);
  const timer = setTimeout(() => deadline.abort(new DOMException('tool timed out', 'TimeoutError')), timeoutMs);
  return raceAbort(work, signal)
    .catch((err: unknown) => {
      if (signal.aborted) {
        log?.warn({ tool: call.name, timeoutMs }, 'tool timed out');
        return failure('TOOL_TIMEOUT', `That took too long, so I stopped. Please try again.`);
      }
      return thrown(err, call, log);
    })
    .finally(() => clearTimeout(timer));
}

function thrown(err: unknown, call: ToolCall, log?: Logger): ToolResult {
  if (isAppError(err)) return failure(err.code, err.userMessage);
  log?.error({ err, tool: call.name }, 'tool failed');
  return failure('INTERNAL', userMessageOf(err));
}

export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `args` without any argument a caller may try to pass a user id through. */
export function stripIdentity(args: unknown): unknown {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return args ?? {};
  if (!Object.keys(args).some((k) => IDENTITY_ARGS.has(k))) return args;
  return Object.fromEntries(Object.entries(args).filter(([k]) => !IDENTITY_ARGS.has(k)));
}

/**
 * The model gets the exact problem (which argument, and why) to repair its call; a person gets a
 * plain sentence, since the offline path shows `text` as the reply.
 */
function invalidArguments(error: ZodError): ToolResult {
  const issue = error.issues[0];
  const field = issue?.path.join('.') || undefined;
  const message = field ? `Argument "${field}" is not valid: ${issue?.message}.` : `The arguments are not valid: ${issue?.message}.`;
  return { ok: false, error: { code: 'INVALID_ARGUMENTS', message, field }, text: plainProblem(issue) };
}

function plainProblem(issue: ZodError['issues'][number] | undefined): string {
  const last = issue?.path.at(-1);
  const limit = issue && 'maximum' in issue ? Number(issue.maximum).toLocaleString('en-US') : undefined;
  if (last === 'quantity' && issue?.code === 'too_big') return `That's more than I can put on a list at once: up to ${limit} of a thing.`;
  if (last === 'quantity') return 'The amount has to be a number above zero, like "2 milk".';
  if (last === 'amount' || last === 'targetPrice' || last === 'minPrice' || last === 'maxPrice' || last === 'maxPriceDifference') {
    return 'That amount does not look right: try a price like $8 or $150.';
  }
  if (issue?.code === 'too_big' && limit) return `That is too long for me: keep it under ${limit} characters.`;
  return 'I could not quite do that: part of the request did not look right. Try saying it another way, like "add 2 milk".';
}

function failure(code: string, message: string): ToolResult {
  return { ok: false, error: { code, message }, text: message };
}

function raceAbort<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
